import type { MailTemplate } from './mail-template.js';

// Notifications about a consultation. E-mail is not a secure channel, so these mails carry no medical
// content at all (issue requirement): they only say that something is waiting behind the sign-in.

export type NewMessageData = { link: string };
/**
 * eventLabel: what happened, already worded in the mail's language and free of medical content,
 * e.g. "ご相談の日時が決まりました".
 */
export type CaseEventData = { link: string; eventLabel: string };

export const newMessage: MailTemplate<NewMessageData> = {
  ja: ({ link }, brand) => ({
    subject: '新しいメッセージが届いています',
    paragraphs: [
      `「${brand.serviceName}」に、新しいメッセージが届いています。`,
      'メッセージを読むには、次のリンクを開いてログインしてください。',
      link,
      '大切な個人情報を守るため、メッセージの内容はメールではお送りしていません。',
    ],
  }),
  en: ({ link }, brand) => ({
    subject: 'A new message is waiting for you',
    paragraphs: [
      `A new secure message is waiting for you in ${brand.serviceName}.`,
      'To read it, please open the link below and sign in.',
      link,
      'To protect your personal information, we never send the contents of messages by e-mail.',
    ],
  }),
};

export const caseEvent: MailTemplate<CaseEventData> = {
  ja: ({ link, eventLabel }) => ({
    subject: 'ご相談の手続きについてのお知らせ',
    paragraphs: [
      'ご相談の手続きについて、新しいお知らせがあります。',
      `お知らせ：${eventLabel}`,
      '詳しくは、次のリンクを開いてログインし、ご確認ください。',
      link,
      '大切な個人情報を守るため、詳しい内容はメールではお送りしていません。',
    ],
  }),
  en: ({ link, eventLabel }) => ({
    subject: 'An update on your consultation',
    paragraphs: [
      'There is an update on your second-opinion consultation.',
      `Update: ${eventLabel}`,
      'For details, please open the link below and sign in.',
      link,
      'To protect your personal information, we never send the details by e-mail.',
    ],
  }),
};

/** expiresOn: the last day the link works, already formatted in the mail's language. */
export type PhysicianUploadLinkData = { link: string; expiresOn: string };

// Sent to the primary physician: no patient name or medical content, only the way to the upload page
// (the page shows whose material is asked for once the link is opened).
export const physicianUploadLink: MailTemplate<PhysicianUploadLinkData> = {
  ja: ({ link, expiresOn }, brand) => ({
    subject: 'セカンドオピニオンの資料送付のお願い',
    paragraphs: [
      `先生の患者さんが「${brand.serviceName}」にセカンドオピニオンを申し込まれ、診療情報提供書と検査資料の送付を先生にお願いしたいとのことです。`,
      '次のリンクから、ログインなしで資料をお送りいただけます（画像CDはフォルダーごと送れます）。',
      link,
      `このリンクは ${expiresOn} まで有効で、この患者さんの資料の送付にだけ使えます。お心当たりのない場合は、このメールを破棄してください。`,
    ],
  }),
  en: ({ link, expiresOn }, brand) => ({
    subject: 'Request to send material for a second opinion',
    paragraphs: [
      `A patient of yours has applied for a second opinion at ${brand.serviceName} and asks you to send the referral letter and clinical data.`,
      'You can send them through the link below without an account (imaging CDs can be sent as a whole folder).',
      link,
      `The link works until ${expiresOn} and only for this patient's material. If this mail is unexpected, please discard it.`,
    ],
  }),
};
