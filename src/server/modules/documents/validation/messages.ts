import type { Locale } from '../../../../shared/i18n/locale.js';
import type { ContentRefusal } from './content-type.js';
import type { DicomZipSummary } from './dicom-zip.js';

/**
 * What a patient reads when an upload is refused. Many senders are elderly and received the files on a
 * CD from another hospital, so each message says, in plain words, what was wrong and what to do next —
 * never a format name alone.
 */

export type UploadRefusal = ContentRefusal | Extract<DicomZipSummary, { ok: false }>['reason'];

/** Every refusal, once: receipts, schemas and tests read this list. */
export const uploadRefusals = [
  'empty',
  'unsupported_type',
  'truncated_dicom',
  'unreadable_dicom',
  'unsafe_dicom_preamble',
  'zip_unreadable',
  'zip_unsafe_entry',
  'zip_encrypted',
  'zip_too_many_entries',
  'zip_too_large',
  'zip_bomb',
  'zip_no_dicom',
] as const;

// The list must name every member of the union: a new refusal fails the typecheck here.
type SameMembers<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const _refusalsComplete: SameMembers<UploadRefusal, (typeof uploadRefusals)[number]> = true;

const ACCEPTED_JA = 'PDF、JPEG、PNG、HEIC（写真）、またはCDに入っている画像（DICOM）のファイル';
const ACCEPTED_EN = "PDF, JPEG, PNG or HEIC files (photos), or the CD's DICOM files";

const messages: Record<UploadRefusal, Record<Locale, string>> = {
  empty: {
    ja: 'ファイルの中身が空でした。もう一度ファイルを選んで送ってください。',
    en: 'The file was empty. Please choose the file again and send it.',
  },
  unsupported_type: {
    ja: `この種類のファイルは受け付けられません（ファイルの名前を変えても、種類は変わりません）。${ACCEPTED_JA}を送ってください。`,
    en: `This kind of file cannot be accepted (renaming a file does not change its kind). Please send ${ACCEPTED_EN}.`,
  },
  truncated_dicom: {
    ja: '画像ファイルが途中で切れていました。CDからもう一度コピーして送ってください。',
    en: 'The image file was cut short. Please copy it from the CD again and send it.',
  },
  unreadable_dicom: {
    ja: '画像ファイル（DICOM）の中身を読み取れませんでした。CDからもう一度コピーして送ってください。',
    en: 'The image file (DICOM) could not be read. Please copy it from the CD again and send it.',
  },
  unsafe_dicom_preamble: {
    ja: 'この画像ファイルには、画像のほかにプログラムなどが含まれているため、安全のため受け付けられません。画像をもらった病院にご相談ください。',
    en: 'For safety, this image file cannot be accepted: it also contains a program or similar content. Please ask the hospital that gave you the images.',
  },
  zip_unreadable: {
    ja: 'ZIPファイルを開けませんでした。壊れている可能性があります。もう一度作り直して送ってください。',
    en: 'The ZIP file could not be opened; it may be damaged. Please create it again and send it.',
  },
  zip_unsafe_entry: {
    ja: 'ZIPファイルの中に、安全のため受け付けられないファイルがありました。CDの画像ファイルだけをまとめて送ってください。',
    en: "The ZIP file contains an entry that cannot be accepted for safety. Please zip only the CD's image files and send them.",
  },
  zip_encrypted: {
    ja: 'パスワード付きのZIPファイルは受け付けられません。パスワードを付けずに作り直して送ってください。',
    en: 'Password-protected ZIP files cannot be accepted. Please create the ZIP without a password and send it.',
  },
  zip_too_many_entries: {
    ja: 'ZIPファイルの中のファイルが多すぎます。何回かに分けて送ってください。',
    en: 'The ZIP file contains too many files. Please send them in several parts.',
  },
  zip_too_large: {
    ja: 'ZIPファイルの中身が大きすぎます。何回かに分けて送ってください。',
    en: 'The contents of the ZIP file are too large. Please send them in several parts.',
  },
  zip_bomb: {
    ja: 'ZIPファイルの中身が正しくないため、受け付けられません。CDの画像ファイルから作り直して送ってください。',
    en: "The ZIP file's contents are not valid, so it cannot be accepted. Please create it again from the CD's image files.",
  },
  zip_no_dicom: {
    ja: 'ZIPファイルの中に、CDの画像（DICOM）が見つかりませんでした。CDの中身をそのままZIPにして送ってください。',
    en: "No CD images (DICOM) were found in the ZIP file. Please zip the CD's contents as they are and send them.",
  },
};

export function uploadRefusalMessage(reason: UploadRefusal, locale: Locale): string {
  return messages[reason][locale];
}
