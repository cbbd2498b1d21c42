import { formatJapaneseEraYear, formatJapaneseEraYearEnglish } from '../../../shared/domain/japanese-era.js';
import type { Locale } from '../../../shared/i18n/locale.js';

/** 昭和25年 / Shōwa 25 for one calendar date (YYYY-MM-DD); empty before the Meiji era. */
export function eraYearOn(date: string, locale: Locale): string {
  return (locale === 'ja' ? formatJapaneseEraYear(date) : formatJapaneseEraYearEnglish(date)) ?? '';
}

/**
 * The era year(s) of a Western year, for the year picker: one name, or both when the era changed
 * during that year (1989 is 昭和64年 until 7 January, then 平成元年).
 */
export function eraYearsOf(year: number, locale: Locale): string {
  const first = eraYearOn(`${year}-01-01`, locale);
  const last = eraYearOn(`${year}-12-31`, locale);
  if (first === last) return first;
  return [first, last].filter(Boolean).join(locale === 'ja' ? '・' : ' / ');
}
