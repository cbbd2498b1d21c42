import type { LocalizedText } from '../../../shared/contracts/profile.js';
import { RuleRefusedError } from '../../errors.js';

/** What the applicant is told about their case, in both languages. */
export const caseMessages = {
  ineligible: {
    ja: 'お答えの内容では、このセカンドオピニオン外来をお受けできません。理由をご確認ください',
    en: 'From your answers, this second-opinion service cannot accept the application. Please see the reasons',
  },
  documentsMissing: {
    ja: '送信の前に、必要な書類をすべてお送りください（不足している書類を表示しています）',
    en: 'Before sending, please upload every required document (the missing ones are listed)',
  },
  submittedLabel: {
    ja: 'お申し込みを受け付けました',
    en: 'Your application has been received',
  },
  notNow: (command: 'submit' | 'withdraw') =>
    new RuleRefusedError(
      `${command}_not_possible`,
      command === 'submit'
        ? {
            ja: 'この申し込みはすでに送信されています',
            en: 'This application has already been sent',
          }
        : {
            ja: 'この段階では、画面から取り下げることはできません。地域医療連携センターにお電話ください',
            en: 'At this stage the application cannot be withdrawn online. Please call the liaison centre',
          },
    ),
} satisfies Record<string, LocalizedText | ((command: 'submit' | 'withdraw') => RuleRefusedError)>;
