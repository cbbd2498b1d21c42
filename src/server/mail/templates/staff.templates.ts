import type { MailTemplate } from './mail-template.js';

// Mails to the hospital's own staff about the console. Like the patients' notices they carry no
// patient name and no medical content: only that work waits behind the sign-in.

export type ReviewRequestedData = { link: string };

/** To each active doctor of a department when the liaison centre sends it a case to decide. */
export const reviewRequested: MailTemplate<ReviewRequestedData> = {
  ja: ({ link }, brand) => ({
    subject: '診療科の検討を待っている相談があります',
    paragraphs: [
      `「${brand.serviceName}」で、地域医療連携センターから先生の診療科に、検討をお願いする相談が届きました。`,
      '次のリンクから連携センターの画面にログインし、お受けするかどうかをご判断ください。',
      link,
      '個人情報を守るため、患者さんのお名前や相談の内容はメールではお送りしていません。',
    ],
  }),
  en: ({ link }, brand) => ({
    subject: 'A case awaits your department’s review',
    paragraphs: [
      `The liaison centre has sent a case in ${brand.serviceName} to your department for review.`,
      'Please open the link below, sign in to the console and decide whether to accept it.',
      link,
      'To protect personal information, we never send the patient’s name or the details by e-mail.',
    ],
  }),
};
