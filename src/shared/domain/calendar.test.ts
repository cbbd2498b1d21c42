import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  ageOn,
  calendarDateIn,
  formatInstantIn,
  isCalendarDate,
  isNationalHoliday,
  weekdayOf,
  zonedDateTimeToInstant,
} from './calendar.js';

const TOKYO = 'Asia/Tokyo';

describe('calendarDateIn', () => {
  it('R-FLOW-07 UTC 14:59 on 30 Nov is still 30 Nov in JST', () => {
    expect(calendarDateIn(new Date('2026-11-30T14:59:59.999Z'), TOKYO)).toBe('2026-11-30');
  });
  it('R-FLOW-07 UTC 15:00 on 30 Nov is already 1 Dec in JST (midnight JST)', () => {
    expect(calendarDateIn(new Date('2026-11-30T15:00:00Z'), TOKYO)).toBe('2026-12-01');
  });
  it('R-FLOW-07 UTC midnight is 09:00 the same day in JST', () => {
    expect(calendarDateIn(new Date('2026-12-01T00:00:00Z'), TOKYO)).toBe('2026-12-01');
    expect(calendarDateIn(new Date('2026-12-01T00:00:00Z'), 'UTC')).toBe('2026-12-01');
  });
  it('R-FLOW-07 a JST new-year midnight is still the old year in UTC', () => {
    expect(calendarDateIn(new Date('2026-12-31T15:00:00Z'), TOKYO)).toBe('2027-01-01');
    expect(calendarDateIn(new Date('2026-12-31T15:00:00Z'), 'UTC')).toBe('2026-12-31');
  });
});

describe('formatInstantIn', () => {
  it('R-CONTACT-01 prints ISO 8601 with the +09:00 offset', () => {
    expect(formatInstantIn(new Date('2026-12-01T01:00:00Z'), TOKYO)).toBe('2026-12-01T10:00:00+09:00');
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-1-05', false],
    ['2026-01-05T00:00', false],
    ['', false],
  ])('R-ELIG-02 %s is a real date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('isNationalHoliday', () => {
  it.each([
    ['2026-11-23', true], // 勤労感謝の日
    ['2026-01-01', true], // 元日
    ['2026-05-06', true], // 振替休日
    ['2027-01-11', true], // 成人の日
    ['2026-11-24', false],
    ['2026-12-29', false], // the year-end break is the hospital's, not a national holiday
  ])('R-CONTACT-01 %s is a national holiday: %s', (date, expected) => {
    expect(isNationalHoliday(date)).toBe(expected);
  });
  it('R-CONTACT-01 refuses something that is not a calendar date', () => {
    expect(() => isNationalHoliday('2026-02-30')).toThrow(RangeError);
  });
});

describe('weekdayOf / addDays', () => {
  it('R-CONTACT-01 knows the weekdays around the 2026/27 new year', () => {
    expect(weekdayOf('2026-12-28')).toBe(1);
    expect(weekdayOf('2027-01-04')).toBe(1);
    expect(weekdayOf('2026-11-21')).toBe(6);
    expect(weekdayOf('2026-11-22')).toBe(0);
  });
  it('R-CONTACT-01 adds days across month, year and leap day', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('R-CONTACT-01 addDays then its inverse is the identity (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        fc.integer({ min: -5000, max: 5000 }),
        (d, n) => {
          const date = d.toISOString().slice(0, 10);
          expect(addDays(addDays(date, n), -n)).toBe(date);
          expect(weekdayOf(addDays(date, 7 * n))).toBe(weekdayOf(date));
        },
      ),
    );
  });
});

describe('zonedDateTimeToInstant', () => {
  it('R-CONTACT-01 10:00 JST is 01:00 UTC', () => {
    expect(zonedDateTimeToInstant('2026-12-01', '10:00', TOKYO).toISOString()).toBe(
      '2026-12-01T01:00:00.000Z',
    );
  });
  it('R-FLOW-07 00:00 JST is 15:00 UTC the previous day', () => {
    expect(zonedDateTimeToInstant('2026-12-01', '00:00', TOKYO).toISOString()).toBe(
      '2026-11-30T15:00:00.000Z',
    );
  });
  it('R-FLOW-07 refuses a malformed time', () => {
    expect(() => zonedDateTimeToInstant('2026-12-01', '24:00', TOKYO)).toThrow(RangeError);
  });
});

describe('ageOn', () => {
  it('R-ELIG-02 turns 18 on the 18th birthday itself', () => {
    expect(ageOn('2008-12-01', '2026-12-01')).toBe(18);
  });
  it('R-ELIG-02 is still 17 the day before the 18th birthday', () => {
    expect(ageOn('2008-12-01', '2026-11-30')).toBe(17);
  });
  it('R-ELIG-02 a 29 February birth is a year older on 1 March of a non-leap year', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
  it('R-ELIG-02 a 29 February birth is a year older on 29 February of a leap year', () => {
    expect(ageOn('2012-02-29', '2030-02-28')).toBe(17);
    expect(ageOn('2012-02-29', '2032-02-28')).toBe(19);
    expect(ageOn('2012-02-29', '2032-02-29')).toBe(20);
  });
  it('R-ELIG-02 is 0 on the day of birth and negative before it', () => {
    expect(ageOn('2026-12-01', '2026-12-01')).toBe(0);
    expect(ageOn('2026-12-02', '2026-12-01')).toBe(-1);
  });
  it('R-ELIG-02 age never decreases as the date moves on (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2050-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 40000 }),
        fc.integer({ min: 0, max: 400 }),
        (b, offset, step) => {
          const birth = b.toISOString().slice(0, 10);
          const on = addDays(birth, offset);
          expect(ageOn(birth, addDays(on, step))).toBeGreaterThanOrEqual(ageOn(birth, on));
        },
      ),
    );
  });
});
