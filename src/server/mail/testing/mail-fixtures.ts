import type { HospitalProfile } from '../../../shared/contracts/profile.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { demoHospital } from '../../db/seed/demo-hospital.js';
import type { MailTemplateData, TemplateName } from '../mail-templates.js';
import type { MailMessage } from '../mailer.js';

/** Test factory (not a test file). Names unlike the demo's prove mails read them from the profile. */
export const testProfile: HospitalProfile = {
  ...demoHospital,
  name: { ja: 'みなと記念病院', en: 'Minato Memorial Hospital' },
  serviceName: { ja: '遠隔セカンドオピニオン相談', en: 'Remote Second Opinion Clinic' },
};

export const sampleData: { [Name in TemplateName]: MailTemplateData[Name] } = {
  verify_email: { link: 'https://consilium.example/verify-email?token=v3r1fy', expiresInHours: 24 },
  reset_password: { link: 'https://consilium.example/reset-password?token=r3s3t', expiresInMinutes: 30 },
  invite_staff: {
    link: 'https://consilium.example/invitations/1nv1te',
    roleLabel: 'コーディネーター',
    inviterName: '佐藤 花子',
    expiresInHours: 72,
  },
  password_changed: {},
  new_message: { link: 'https://consilium.example/cases/C-2026-0001/messages' },
  case_event: {
    link: 'https://consilium.example/cases/C-2026-0001',
    eventLabel: 'ご相談の日時が決まりました',
  },
  physician_upload_link: { link: 'https://consilium.example/physician-upload#l1nk', expiresOn: '2026-12-15' },
  review_requested: { link: 'https://consilium.example/liaison/cases/0b5e3c1e-4f7a-4c53-9d2e-6a1f0c8b7d21' },
};

/** One message per template, in the given language. */
export function sampleMessages(to: string, locale: Locale): MailMessage[] {
  return [
    { to, locale, template: 'verify_email', data: sampleData.verify_email },
    { to, locale, template: 'reset_password', data: sampleData.reset_password },
    { to, locale, template: 'invite_staff', data: sampleData.invite_staff },
    { to, locale, template: 'password_changed', data: sampleData.password_changed },
    { to, locale, template: 'new_message', data: sampleData.new_message },
    { to, locale, template: 'case_event', data: sampleData.case_event },
    { to, locale, template: 'physician_upload_link', data: sampleData.physician_upload_link },
    { to, locale, template: 'review_requested', data: sampleData.review_requested },
  ];
}
