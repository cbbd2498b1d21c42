import type { HospitalProfile } from '../../shared/contracts/profile.js';
import type { Locale } from '../../shared/i18n/locale.js';
import {
  inviteStaff,
  passwordChanged,
  resetPassword,
  verifyEmail,
  type InviteStaffData,
  type PasswordChangedData,
  type ResetPasswordData,
  type VerifyEmailData,
} from './templates/account.templates.js';
import {
  caseEvent,
  newMessage,
  physicianUploadLink,
  type CaseEventData,
  type NewMessageData,
  type PhysicianUploadLinkData,
} from './templates/case.templates.js';
import type { MailBrand, MailTemplate } from './templates/mail-template.js';
import { reviewRequested, type ReviewRequestedData } from './templates/staff.templates.js';

export type { MailBrand } from './templates/mail-template.js';

/** The data each template needs, by template name: the one list of mails the service can send. */
export type MailTemplateData = {
  verify_email: VerifyEmailData;
  reset_password: ResetPasswordData;
  invite_staff: InviteStaffData;
  password_changed: PasswordChangedData;
  new_message: NewMessageData;
  case_event: CaseEventData;
  physician_upload_link: PhysicianUploadLinkData;
  review_requested: ReviewRequestedData;
};
export type TemplateName = keyof MailTemplateData;

const templates: { [Name in TemplateName]: MailTemplate<MailTemplateData[Name]> } = {
  verify_email: verifyEmail,
  reset_password: resetPassword,
  invite_staff: inviteStaff,
  password_changed: passwordChanged,
  new_message: newMessage,
  case_event: caseEvent,
  physician_upload_link: physicianUploadLink,
  review_requested: reviewRequested,
};

export type RenderedMail = { subject: string; text: string };

/** The sender as the hospital profile names it, in the mail's language. */
export function brandFor(profile: HospitalProfile, locale: Locale): MailBrand {
  const desk = profile.phoneDesk;
  const option = desk.menuOption;
  const contact =
    locale === 'ja'
      ? `${desk.name.ja}（電話 ${desk.number}${option ? `、音声案内 ${option}番` : ''}）`
      : `${desk.name.en} (phone ${desk.number}${option ? `, option ${option}` : ''})`;
  return { hospitalName: profile.name[locale], serviceName: profile.serviceName[locale], contact };
}

// Every mail ends alike: who sent it, whom to call, and that replies go nowhere (the From is no-reply).
const footers: Record<Locale, (brand: MailBrand) => string[]> = {
  ja: (brand) => [
    '――――――――――――――――――――',
    brand.hospitalName,
    brand.serviceName,
    `お問い合わせ：${brand.contact}`,
    'このメールアドレスは送信専用です。ご返信いただいてもお答えできませんので、ご了承ください。',
  ],
  en: (brand) => [
    '--',
    brand.hospitalName,
    brand.serviceName,
    `Enquiries: ${brand.contact}`,
    'This address cannot receive replies. Please do not reply to this e-mail.',
  ],
};

const subjectPrefix: Record<Locale, (brand: MailBrand) => string> = {
  ja: (brand) => `【${brand.serviceName}】`,
  en: (brand) => `[${brand.serviceName}] `,
};

export function renderMail<Name extends TemplateName>(
  template: Name,
  locale: Locale,
  data: MailTemplateData[Name],
  brand: MailBrand,
): RenderedMail {
  const wording = templates[template][locale](data, brand);
  return {
    subject: `${subjectPrefix[locale](brand)}${wording.subject}`,
    text: [...wording.paragraphs, footers[locale](brand).join('\n')].join('\n\n') + '\n',
  };
}
