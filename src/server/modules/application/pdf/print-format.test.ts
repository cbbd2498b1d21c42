import { describe, expect, it } from 'vitest';
import { formLabels } from './form-labels.js';
import {
  formatAddress,
  formatBirthDate,
  formatDateWithEra,
  formatDateWithWeekday,
  formatPostalCode,
  submissionDate,
} from './print-format.js';
import { hanakoApplication, printContext } from './testing/print-fixtures.js';

describe('dates on paper', () => {
  it('puts the era beside the Western date', () => {
    expect(formatDateWithEra('1946-05-03', 'ja')).toBe('1946年5月3日（昭和21年）');
    expect(formatDateWithEra('1946-05-03', 'en')).toBe('3 May 1946 (Shōwa 21)');
    expect(formatDateWithEra('2019-05-01', 'ja')).toBe('2019年5月1日（令和元年）');
  });

  it('adds the age on the application date: 18th birthday is 18 (R-ELIG-02)', () => {
    expect(formatBirthDate('2008-11-27', '2026-11-27', 'ja', formLabels.ja)).toBe(
      '2008年11月27日（平成20年）　18歳',
    );
    expect(formatBirthDate('2008-11-28', '2026-11-27', 'en', formLabels.en)).toBe(
      '28 November 2008 (Heisei 20), age 17',
    );
    expect(formatBirthDate('2008-11-28', null, 'ja', formLabels.ja)).toBe('2008年11月28日（平成20年）');
  });

  it('shows the weekday of preferred dates', () => {
    expect(formatDateWithWeekday('2026-12-07', 'ja')).toBe('2026年12月7日(月)');
    expect(formatDateWithWeekday('2026-12-07', 'en')).toBe('Mon, 7 Dec 2026');
  });

  it('R-FLOW-07 dates the submission in the hospital’s zone: 23:30 JST is still that day', () => {
    const application = hanakoApplication();
    expect(submissionDate(printContext(application, { submittedAt: '2026-11-27T14:30:00Z' }))).toBe(
      '2026-11-27',
    );
    expect(submissionDate(printContext(application, { submittedAt: '2026-11-27T15:00:00Z' }))).toBe(
      '2026-11-28',
    );
    expect(submissionDate(printContext(application, { submittedAt: null }))).toBeNull();
  });
});

describe('addresses on paper', () => {
  it('writes the postal code with its hyphen and runs prefecture and city together', () => {
    expect(
      formatAddress({
        postalCode: '1130033',
        prefecture: '東京都',
        city: '文京区本郷2-3-4',
        line2: '本郷ハイツ101',
      }),
    ).toBe('〒113-0033 東京都文京区本郷2-3-4 本郷ハイツ101');
  });

  it('keeps a space between words of an address typed in Latin letters', () => {
    expect(
      formatAddress({ postalCode: '113-0033', prefecture: 'Tokyo', city: 'Bunkyo-ku Hongo 2-3-4' }),
    ).toBe('〒113-0033 Tokyo Bunkyo-ku Hongo 2-3-4');
  });

  it('leaves an odd postal code as entered', () => {
    expect(formatPostalCode('113-00')).toBe('113-00');
  });
});
