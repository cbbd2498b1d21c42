import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatJapaneseEraDate,
  formatJapaneseEraYear,
  formatJapaneseEraYearEnglish,
  japaneseEraOf,
} from './japanese-era.js';

describe('formatJapaneseEraDate', () => {
  it.each([
    ['1946-05-03', '昭和21年5月3日'],
    ['2010-04-01', '平成22年4月1日'],
    ['2026-12-01', '令和8年12月1日'],
  ])('%s is %s', (date, expected) => {
    expect(formatJapaneseEraDate(date)).toBe(expected);
  });

  it.each([
    ['1912-07-29', '明治45年7月29日'],
    ['1912-07-30', '大正元年7月30日'],
    ['1926-12-24', '大正15年12月24日'],
    ['1926-12-25', '昭和元年12月25日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1989-01-08', '平成元年1月8日'],
    ['2019-04-30', '平成31年4月30日'],
    ['2019-05-01', '令和元年5月1日'],
  ])('the era changes on its first day: %s is %s', (date, expected) => {
    expect(formatJapaneseEraDate(date)).toBe(expected);
  });

  it('the first year of an era is 元年, the year after is 2年', () => {
    expect(formatJapaneseEraYear('2019-12-31')).toBe('令和元年');
    expect(formatJapaneseEraYear('2020-01-01')).toBe('令和2年');
  });

  it('has no era before Meiji or for a malformed date', () => {
    expect(formatJapaneseEraDate('1868-10-22')).toBeNull();
    expect(formatJapaneseEraDate('1868-10-23')).toBe('明治元年10月23日');
    expect(japaneseEraOf('1946-02-30')).toBeNull();
    expect(formatJapaneseEraYear('1946-5-3')).toBeNull();
    expect(formatJapaneseEraYearEnglish('not a date')).toBeNull();
  });
});

describe('formatJapaneseEraYearEnglish', () => {
  it('names the era in English with the plain year number', () => {
    expect(formatJapaneseEraYearEnglish('1946-05-03')).toBe('Shōwa 21');
    expect(formatJapaneseEraYearEnglish('2019-05-01')).toBe('Reiwa 1');
  });
});

describe('agreement with the ICU Japanese calendar', () => {
  // Node ships full ICU: an independent source for every day since Meiji 6 (the Gregorian switch).
  const icu = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    era: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const first = Date.UTC(1873, 0, 1);
  const last = Date.UTC(2100, 11, 31);

  it('gives the same era date as Intl for any date from 1873 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (ms) => {
        const date = new Date(ms).toISOString().slice(0, 10);
        // ICU writes the first year as 元年 too, so the strings compare as they are.
        expect(formatJapaneseEraDate(date)).toBe(icu.format(new Date(`${date}T00:00:00Z`)));
      }),
      { numRuns: 2000 },
    );
  });
});
