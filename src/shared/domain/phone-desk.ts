import type { PhoneDesk } from '../contracts/profile.js';
import {
  addDays,
  calendarDateIn,
  formatInstantIn,
  isNationalHoliday,
  weekdayOf,
  zonedDateTimeToInstant,
} from './calendar.js';

export interface PhoneDeskStatus {
  open: boolean;
  /** ISO 8601 with offset; set only while open. */
  closesAt: string | null;
  /** ISO 8601 with offset; set only while closed (null if the desk never opens again). */
  nextOpensAt: string | null;
}

/** Far enough to cross any year-end break plus a run of holidays, short enough to stay cheap. */
const SEARCH_DAYS = 400;

/** The year-end break is an inclusive MM-DD range; `from > to` means it wraps the new year. */
function inYearEndBreak(date: string, desk: PhoneDesk): boolean {
  if (!desk.yearEndBreak) return false;
  const monthDay = date.slice(5);
  const { from, to } = desk.yearEndBreak;
  return from <= to ? monthDay >= from && monthDay <= to : monthDay >= from || monthDay <= to;
}

/** Whether the desk answers at all on this JST calendar date (R-CONTACT-01). */
export function isPhoneDeskDay(date: string, desk: PhoneDesk): boolean {
  if (desk.closedWeekdays.includes(weekdayOf(date))) return false;
  if (desk.closedOnNationalHolidays && isNationalHoliday(date)) return false;
  return !inYearEndBreak(date, desk);
}

/** R-CONTACT-01: open from opensAt (inclusive) to closesAt (exclusive) on desk days. */
export function phoneDeskStatus(now: Date, desk: PhoneDesk, timeZone: string): PhoneDeskStatus {
  const today = calendarDateIn(now, timeZone);
  // A misconfigured desk (closing before opening) never opens; report that rather than loop.
  if (desk.opensAt >= desk.closesAt) return { open: false, closesAt: null, nextOpensAt: null };

  if (isPhoneDeskDay(today, desk)) {
    const opens = zonedDateTimeToInstant(today, desk.opensAt, timeZone);
    const closes = zonedDateTimeToInstant(today, desk.closesAt, timeZone);
    if (now >= opens && now < closes) {
      return { open: true, closesAt: formatInstantIn(closes, timeZone), nextOpensAt: null };
    }
    if (now < opens) {
      return { open: false, closesAt: null, nextOpensAt: formatInstantIn(opens, timeZone) };
    }
  }

  for (let n = 1; n <= SEARCH_DAYS; n += 1) {
    const day = addDays(today, n);
    if (isPhoneDeskDay(day, desk)) {
      const opens = zonedDateTimeToInstant(day, desk.opensAt, timeZone);
      return { open: false, closesAt: null, nextOpensAt: formatInstantIn(opens, timeZone) };
    }
  }
  return { open: false, closesAt: null, nextOpensAt: null };
}
