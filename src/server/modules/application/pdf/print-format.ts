import type { Address, PersonName } from '../../../../shared/contracts/application.js';
import { ageOn, calendarDateIn } from '../../../../shared/domain/calendar.js';
import {
  formatJapaneseEraYear,
  formatJapaneseEraYearEnglish,
} from '../../../../shared/domain/japanese-era.js';
import type { Locale } from '../../../../shared/i18n/locale.js';
import type { FormLabels } from './form-labels.js';
import type { PrintContext } from './print-context.js';

/** How entered values read on paper. Values stay as entered; only their arrangement is localised. */

const tags: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

/** Calendar dates are formatted at UTC midnight so the machine's zone never shifts the day. */
function atUtcMidnight(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function formatName(name: PersonName): string {
  return `${name.familyName} ${name.givenName}`;
}

export function formatKana(name: PersonName): string {
  return `${name.familyNameKana} ${name.givenNameKana}`;
}

/** 1946年5月3日 / 3 May 1946 */
export function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(atUtcMidnight(date));
}

/** 2026年12月7日(月) / Mon, 7 Dec 2026: preferred dates, where the weekday matters. */
export function formatDateWithWeekday(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], {
    year: 'numeric',
    month: locale === 'ja' ? 'long' : 'short',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  }).format(atUtcMidnight(date));
}

/** 1946年5月3日（昭和21年） / 3 May 1946 (Shōwa 21): the era beside the Western date, as forms ask. */
export function formatDateWithEra(date: string, locale: Locale): string {
  const era = locale === 'ja' ? formatJapaneseEraYear(date) : formatJapaneseEraYearEnglish(date);
  const western = formatDate(date, locale);
  if (!era) return western;
  return locale === 'ja' ? `${western}（${era}）` : `${western} (${era})`;
}

/** The birth date with the era and, once the application has a date, the age on that date. */
export function formatBirthDate(
  birthDate: string,
  onDate: string | null,
  locale: Locale,
  labels: FormLabels,
): string {
  const date = formatDateWithEra(birthDate, locale);
  if (!onDate) return date;
  return `${date}${locale === 'ja' ? '　' : ', '}${labels.age(ageOn(birthDate, onDate))}`;
}

/** The hospital's calendar date of submission, or null for an unsubmitted draft. */
export function submissionDate(context: PrintContext): string | null {
  if (!context.submittedAt) return null;
  return calendarDateIn(new Date(context.submittedAt), context.hospital.timeZone);
}

export function formatPostalCode(postalCode: string): string {
  const digits = postalCode.replace(/\D/g, '');
  return digits.length === 7 ? `${digits.slice(0, 3)}-${digits.slice(3)}` : postalCode;
}

/**
 * 〒113-0033 東京都文京区本郷1-2-3 本郷ハイツ101. Prefecture and city run together in Japanese; an
 * address typed in Latin letters (Tokyo, Bunkyo-ku) keeps a space between them.
 */
export function formatAddress(address: Address): string {
  const latin = /[\x21-\x7e]$/.test(address.prefecture);
  const street = `${address.prefecture}${latin ? ' ' : ''}${address.city}`;
  const line2 = address.line2 ? ` ${address.line2}` : '';
  return `〒${formatPostalCode(address.postalCode)} ${street}${line2}`;
}

export function yesNo(value: boolean, labels: FormLabels): string {
  return value ? labels.yes : labels.no;
}

export function livingArrangement(livesWithPatient: boolean, labels: FormLabels): string {
  return livesWithPatient ? labels.livesWithPatient.together : labels.livesWithPatient.apart;
}
