import { hoursEn, hoursJa, minutesEn, minutesJa, type MailTemplate } from './mail-template.js';

// Sign-up, password and staff-invitation mails. Links carry one-time tokens, so every mail says how long
// the link works and what to do when the reader did not ask for it.

export type VerifyEmailData = { link: string; expiresInHours: number };
export type ResetPasswordData = { link: string; expiresInMinutes: number };
/** roleLabel: the staff role already worded in the mail's language, e.g. "コーディネーター". */
export type InviteStaffData = {
  link: string;
  roleLabel: string;
  inviterName: string;
  expiresInHours: number;
};
export type PasswordChangedData = Record<string, never>;

export const verifyEmail: MailTemplate<VerifyEmailData> = {
  ja: ({ link, expiresInHours }, brand) => ({
    subject: 'メールアドレスの確認のお願い',
    paragraphs: [
      `「${brand.serviceName}」にご登録いただき、ありがとうございます。`,
      'ご登録のメールアドレスを確認するため、次のリンクを開いてください。',
      link,
      `このリンクの有効期限は${hoursJa(expiresInHours)}です。期限を過ぎた場合は、お手数ですが、もう一度ご登録の手続きをお願いいたします。`,
      'お心当たりのない場合は、このメールを削除してください。リンクを開かなければ、登録は行われません。',
    ],
  }),
  en: ({ link, expiresInHours }, brand) => ({
    subject: 'Please confirm your e-mail address',
    paragraphs: [
      `Thank you for registering with ${brand.serviceName}.`,
      'To confirm your e-mail address, please open the link below.',
      link,
      `This link is valid for ${hoursEn(expiresInHours)}. If it has expired, please register again.`,
      'If you did not register, please delete this e-mail. Nothing is registered unless the link is opened.',
    ],
  }),
};

export const resetPassword: MailTemplate<ResetPasswordData> = {
  ja: ({ link, expiresInMinutes }) => ({
    subject: 'パスワード再設定のご案内',
    paragraphs: [
      'パスワード再設定のお申し込みを受け付けました。',
      '新しいパスワードを設定するには、次のリンクを開いてください。',
      link,
      `このリンクの有効期限は${minutesJa(expiresInMinutes)}です。期限を過ぎた場合は、お手数ですが、もう一度お申し込みください。`,
      'お心当たりのない場合は、このメールを無視してください。パスワードは変更されていません。',
    ],
  }),
  en: ({ link, expiresInMinutes }) => ({
    subject: 'Resetting your password',
    paragraphs: [
      'We received a request to reset your password.',
      'To choose a new password, please open the link below.',
      link,
      `This link is valid for ${minutesEn(expiresInMinutes)}. If it has expired, please make a new request.`,
      'If you did not ask for this, please ignore this e-mail. Your password is unchanged.',
    ],
  }),
};

export const inviteStaff: MailTemplate<InviteStaffData> = {
  ja: ({ link, roleLabel, inviterName, expiresInHours }, brand) => ({
    subject: 'スタッフアカウントへのご招待',
    paragraphs: [
      `${inviterName}さんから、${brand.hospitalName}「${brand.serviceName}」のスタッフ（${roleLabel}）としてご招待が届いています。`,
      '次のリンクを開いて、アカウントの設定を行ってください。',
      link,
      `このリンクの有効期限は${hoursJa(expiresInHours)}です。期限を過ぎた場合は、${inviterName}さんに招待のやり直しをご依頼ください。`,
      'お心当たりのない場合は、このメールを削除してください。',
    ],
  }),
  en: ({ link, roleLabel, inviterName, expiresInHours }, brand) => ({
    subject: 'You are invited to a staff account',
    paragraphs: [
      `${inviterName} has invited you to join ${brand.serviceName} at ${brand.hospitalName} as staff (${roleLabel}).`,
      'Please open the link below to set up your account.',
      link,
      `This link is valid for ${hoursEn(expiresInHours)}. If it has expired, please ask ${inviterName} to invite you again.`,
      'If you were not expecting this invitation, please delete this e-mail.',
    ],
  }),
};

export const passwordChanged: MailTemplate<PasswordChangedData> = {
  ja: (_data, brand) => ({
    subject: 'パスワードが変更されました',
    paragraphs: [
      'お使いのアカウントのパスワードが変更されました。',
      'ご自身で変更された場合は、このメールへのご対応は必要ありません。',
      `お心当たりのない場合は、ほかの人がアカウントを使っているおそれがあります。すぐにログイン画面からパスワードを再設定し、${brand.contact}までお電話でご連絡ください。`,
    ],
  }),
  en: (_data, brand) => ({
    subject: 'Your password has been changed',
    paragraphs: [
      'The password of your account has just been changed.',
      'If you made this change, you do not need to do anything.',
      `If you did not, someone else may be using your account. Please reset your password from the sign-in page straight away and call ${brand.contact}.`,
    ],
  }),
};
