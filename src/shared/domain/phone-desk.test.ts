import { describe, expect, it } from 'vitest';
import { demoHospital } from '../../server/db/seed/demo-hospital.js';
import type { PhoneDesk } from '../contracts/profile.js';
import { weekdayOf } from './calendar.js';
import { isPhoneDeskDay, phoneDeskStatus } from './phone-desk.js';

const TOKYO = 'Asia/Tokyo';
const desk = demoHospital.phoneDesk;
/** An instant given as JST wall-clock time. */
const jst = (date: string, time: string) => new Date(`${date}T${time}+09:00`);
const status = (date: string, time: string, d: PhoneDesk = desk) =>
  phoneDeskStatus(jst(date, time), d, TOKYO);

const open = (closesAt: string) => ({ open: true, closesAt, nextOpensAt: null });
const closed = (nextOpensAt: string | null) => ({ open: false, closesAt: null, nextOpensAt });

describe('phoneDeskStatus on a weekday (Tue 2026-12-01)', () => {
  it('R-CONTACT-01 is closed at 09:59 and opens at 10:00 the same day', () => {
    expect(status('2026-12-01', '09:59:59')).toEqual(closed('2026-12-01T10:00:00+09:00'));
  });
  it('R-CONTACT-01 is open at 10:00 exactly', () => {
    expect(status('2026-12-01', '10:00:00')).toEqual(open('2026-12-01T17:00:00+09:00'));
  });
  it('R-CONTACT-01 is still open at 16:59:59', () => {
    expect(status('2026-12-01', '16:59:59')).toEqual(open('2026-12-01T17:00:00+09:00'));
  });
  it('R-CONTACT-01 is closed at 17:00 exactly and reopens next morning', () => {
    expect(status('2026-12-01', '17:00:00')).toEqual(closed('2026-12-02T10:00:00+09:00'));
  });
});

describe('phoneDeskStatus around weekends and holidays', () => {
  it('R-CONTACT-01 Friday evening → Monday 10:00', () => {
    expect(weekdayOf('2026-12-04')).toBe(5);
    expect(status('2026-12-04', '18:30:00')).toEqual(closed('2026-12-07T10:00:00+09:00'));
  });
  it('R-CONTACT-01 is closed all Saturday, even at noon', () => {
    expect(status('2026-12-05', '12:00:00')).toEqual(closed('2026-12-07T10:00:00+09:00'));
  });
  it('R-CONTACT-01 is closed on a national holiday Monday (2026-11-23 勤労感謝の日)', () => {
    expect(weekdayOf('2026-11-23')).toBe(1);
    expect(status('2026-11-23', '11:00:00')).toEqual(closed('2026-11-24T10:00:00+09:00'));
    expect(status('2026-11-20', '17:00:00')).toEqual(closed('2026-11-24T10:00:00+09:00'));
  });
  it('R-CONTACT-01 answers on a holiday when the profile says it does', () => {
    expect(status('2026-11-23', '11:00:00', { ...desk, closedOnNationalHolidays: false })).toEqual(
      open('2026-11-23T17:00:00+09:00'),
    );
  });
});

describe('phoneDeskStatus over the year-end break (12-29 → 01-03)', () => {
  it('R-CONTACT-01 Mon 2026-12-28 17:00 → Mon 2027-01-04 10:00', () => {
    // Computed from the calendar: 2027-01-04 is a Monday and not a national holiday.
    expect(weekdayOf('2027-01-04')).toBe(1);
    expect(status('2026-12-28', '17:00:00')).toEqual(closed('2027-01-04T10:00:00+09:00'));
  });
  it('R-CONTACT-01 Sun 2025-12-28 → Mon 2026-01-05 10:00 (01-04 is a Sunday)', () => {
    expect(weekdayOf('2026-01-04')).toBe(0);
    expect(status('2025-12-28', '12:00:00')).toEqual(closed('2026-01-05T10:00:00+09:00'));
  });
  it('R-CONTACT-01 the break is inclusive at both ends', () => {
    expect(isPhoneDeskDay('2026-12-29', desk)).toBe(false);
    expect(isPhoneDeskDay('2027-01-03', desk)).toBe(false);
    expect(status('2026-12-29', '10:00:00')).toEqual(closed('2027-01-04T10:00:00+09:00'));
  });
  it('R-CONTACT-01 a break that does not wrap the new year also works', () => {
    const summer = { ...desk, yearEndBreak: { from: '08-13', to: '08-16' } };
    expect(isPhoneDeskDay('2027-08-13', summer)).toBe(false);
    expect(isPhoneDeskDay('2027-08-17', summer)).toBe(true);
    expect(isPhoneDeskDay('2026-12-29', summer)).toBe(true);
  });
});

describe('phoneDeskStatus at UTC midnight boundaries (JST = UTC+9)', () => {
  it('R-CONTACT-01 UTC 00:59 is JST 09:59: closed', () => {
    expect(phoneDeskStatus(new Date('2026-12-01T00:59:59Z'), desk, TOKYO)).toEqual(
      closed('2026-12-01T10:00:00+09:00'),
    );
  });
  it('R-CONTACT-01 UTC 01:00 is JST 10:00: open', () => {
    expect(phoneDeskStatus(new Date('2026-12-01T01:00:00Z'), desk, TOKYO).open).toBe(true);
  });
  it('R-CONTACT-01 UTC 15:00 Friday is JST 00:00 Saturday: next is Monday', () => {
    expect(phoneDeskStatus(new Date('2026-12-04T15:00:00Z'), desk, TOKYO)).toEqual(
      closed('2026-12-07T10:00:00+09:00'),
    );
  });
  it('R-CONTACT-01 UTC Sunday 23:00 is JST Monday 08:00: opens at 10:00 that Monday', () => {
    expect(phoneDeskStatus(new Date('2026-12-06T23:00:00Z'), desk, TOKYO)).toEqual(
      closed('2026-12-07T10:00:00+09:00'),
    );
  });
});

describe('phoneDeskStatus with unusual profiles', () => {
  it('R-CONTACT-01 a desk closed every weekday never opens', () => {
    const never = { ...desk, closedWeekdays: [0, 1, 2, 3, 4, 5, 6] };
    expect(status('2026-12-01', '12:00:00', never)).toEqual(closed(null));
  });
  it('R-CONTACT-01 a desk whose hours are inverted never opens', () => {
    expect(status('2026-12-01', '12:00:00', { ...desk, opensAt: '17:00', closesAt: '10:00' })).toEqual(
      closed(null),
    );
  });
});
