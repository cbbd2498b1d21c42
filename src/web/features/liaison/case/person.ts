import type { Address, PersonName } from '../../../../shared/contracts/application.js';
import { ageOn, isCalendarDate } from '../../../../shared/domain/calendar.js';
import { formatJapaneseEraDate } from '../../../../shared/domain/japanese-era.js';
import type { Locale } from '../../../../shared/i18n/locale.js';

/** How the console writes people and places from an application (parts may be missing in old drafts). */

/** 山田 花子（ヤマダ ハナコ） */
export function fullName(name: Partial<PersonName> | undefined): string {
  const kanji = [name?.familyName, name?.givenName].filter(Boolean).join(' ');
  const kana = [name?.familyNameKana, name?.givenNameKana].filter(Boolean).join(' ');
  if (!kana) return kanji;
  return kanji ? `${kanji}（${kana}）` : kana;
}

/** 山田 花子 (the kana when no kanji was given): how staff name the patient in sentences. */
export function shortName(name: Partial<PersonName> | undefined): string {
  const kanji = [name?.familyName, name?.givenName].filter(Boolean).join(' ');
  return kanji || [name?.familyNameKana, name?.givenNameKana].filter(Boolean).join(' ');
}

export function addressText(address: Partial<Address> | undefined): string {
  if (!address) return '';
  return [
    address.postalCode ? `〒${address.postalCode}` : '',
    address.prefecture,
    address.city,
    address.line2,
  ]
    .filter(Boolean)
    .join(' ');
}

const dateTags: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

/** 1946年5月3日（昭和21年5月3日）・80歳 / 3 May 1946 · 80 */
export function birthText(birthDate: string | undefined, today: string, locale: Locale): string {
  if (!birthDate || !isCalendarDate(birthDate)) return '';
  const western = new Intl.DateTimeFormat(dateTags[locale], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${birthDate}T00:00:00Z`));
  const era = locale === 'ja' ? formatJapaneseEraDate(birthDate) : null;
  const age = ageOn(birthDate, today);
  return locale === 'ja' ? `${western}${era ? `（${era}）` : ''}・${age}歳` : `${western} · aged ${age}`;
}

/** A calendar date of the application (YYYY-MM-DD), with its weekday. */
export function calendarDateText(date: string, locale: Locale): string {
  if (!isCalendarDate(date)) return date;
  return new Intl.DateTimeFormat(dateTags[locale], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
