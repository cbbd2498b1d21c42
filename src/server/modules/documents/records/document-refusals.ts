import { RuleRefusedError } from '../../../errors.js';

/** Why a document action is refused, in plain words with what to do instead. */
export const documentRefusals = {
  closed: () =>
    new RuleRefusedError('documents_closed', {
      ja: 'この相談では、いまは資料を追加できません。必要なときは地域医療連携センターにお電話ください',
      en: 'Material can no longer be added to this case. If you need to, please call the liaison centre',
    }),
  notRemovable: () =>
    new RuleRefusedError('document_kept', {
      ja: '申し込みの送信後は、資料は診療記録として保管され、削除できません。訂正は新しい版として追加してください',
      en: 'After the application is sent, material is kept as part of the medical record and cannot be removed. Add a correction as a new version',
    }),
  filledOnline: () =>
    new RuleRefusedError('filled_online', {
      ja: '申込書と相談シートは画面で入力します。ファイルを送る必要はありません',
      en: 'The application form and consultation sheet are filled in online; no file is needed',
    }),
  caseFull: (limit: string) =>
    new RuleRefusedError('case_quota_exceeded', {
      ja: `この相談に送れる資料の合計（${limit}）を超えます。不要なファイルがないかご確認のうえ、地域医療連携センターにご相談ください`,
      en: `This would exceed the total for one case (${limit}). Please check for files not needed and contact the liaison centre`,
    }),
  quarantined: () =>
    new RuleRefusedError('quarantined', {
      ja: 'このファイルからウイルスが見つかったため、開けません。別の方法で送り直してください',
      en: 'A virus was found in this file, so it cannot be opened. Please send it again another way',
    }),
  notViewable: () =>
    new RuleRefusedError('not_viewable', {
      ja: '画面で表示できるのは PDF・JPEG・PNG だけです（ウイルス検査中のファイルは、検査が終わるまで表示できません）。ほかの形式はダウンロードしてご覧ください',
      en: 'Only PDF, JPEG and PNG files can be shown on screen (a file being scanned for malware only once the scan is done). Please download other kinds',
    }),
};

export function readableBytes(bytes: number): string {
  const gib = bytes / 1024 ** 3;
  return gib >= 1 ? `${Number(gib.toFixed(1))} GB` : `${Math.floor(bytes / 1024 ** 2)} MB`;
}
