import type { Locale } from '../../../shared/i18n/locale.js';

/** Who the mail comes from, in the mail's language; taken from the hospital profile, never written here. */
export type MailBrand = {
  hospitalName: string;
  serviceName: string;
  /** The phone desk to call when something looks wrong, e.g. "相談窓口 03-…（音声案内 4番）". */
  contact: string;
};

/** What one template says: a subject and the paragraphs of the body, before the shared footer. */
export type MailWording = { subject: string; paragraphs: string[] };

/** A template writes its mail in every locale from the same typed data. */
export type MailTemplate<Data> = Record<Locale, (data: Data, brand: MailBrand) => MailWording>;

export const hoursJa = (hours: number) => `${hours}時間`;
export const minutesJa = (minutes: number) => `${minutes}分`;
export const hoursEn = (hours: number) => (hours === 1 ? '1 hour' : `${hours} hours`);
export const minutesEn = (minutes: number) => (minutes === 1 ? '1 minute' : `${minutes} minutes`);
