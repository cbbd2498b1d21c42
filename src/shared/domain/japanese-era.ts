import { isCalendarDate } from './calendar.js';

/**
 * Japanese eras (元号) for the dates printed on forms: Japanese paper forms give a birth date as
 * 昭和21年5月3日, and many patients know theirs only that way.
 *
 * A table rather than Intl's `-u-ca-japanese` calendar: this module is shared with the browser, and
 * engines differ in how they print the first year (元年 or 1年) and whether they know the era at all
 * (small-ICU builds). The tests cross-check the table against Node's full ICU.
 */
export interface JapaneseEra {
  /** First day of the era (JST calendar date). */
  start: string;
  name: { ja: string; en: string };
}

/** Newest first. Meiji is counted from its proclamation; earlier dates have no era here. */
export const japaneseEras: readonly JapaneseEra[] = [
  { start: '2019-05-01', name: { ja: '令和', en: 'Reiwa' } },
  { start: '1989-01-08', name: { ja: '平成', en: 'Heisei' } },
  { start: '1926-12-25', name: { ja: '昭和', en: 'Shōwa' } },
  { start: '1912-07-30', name: { ja: '大正', en: 'Taishō' } },
  { start: '1868-10-23', name: { ja: '明治', en: 'Meiji' } },
];

export interface JapaneseEraDate {
  era: JapaneseEra;
  /** 1 in the era's first (partial) year. */
  year: number;
  month: number;
  day: number;
}

/**
 * The era date of a `YYYY-MM-DD` calendar date, or null before Meiji (until 1872 Japan used the lunar
 * calendar, so a Gregorian date there has no meaningful era date) or for a malformed date.
 */
export function japaneseEraOf(date: string): JapaneseEraDate | null {
  if (!isCalendarDate(date)) return null;
  // Plain string comparison is date order for zero-padded YYYY-MM-DD.
  const era = japaneseEras.find((candidate) => date >= candidate.start);
  if (!era) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const startYear = Number(era.start.slice(0, 4));
  return { era, year: year - startYear + 1, month, day };
}

/** 昭和21年 / 令和元年: the first year of an era is written 元年, as on official forms. */
export function formatJapaneseEraYear(date: string): string | null {
  const eraDate = japaneseEraOf(date);
  if (!eraDate) return null;
  return `${eraDate.era.name.ja}${eraDate.year === 1 ? '元' : String(eraDate.year)}年`;
}

/** 昭和21年5月3日 */
export function formatJapaneseEraDate(date: string): string | null {
  const eraDate = japaneseEraOf(date);
  const eraYear = formatJapaneseEraYear(date);
  if (!eraDate || !eraYear) return null;
  return `${eraYear}${eraDate.month}月${eraDate.day}日`;
}

/** Shōwa 21: the English way of naming the era year (the first year stays 1). */
export function formatJapaneseEraYearEnglish(date: string): string | null {
  const eraDate = japaneseEraOf(date);
  if (!eraDate) return null;
  return `${eraDate.era.name.en} ${eraDate.year}`;
}
