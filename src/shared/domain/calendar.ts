import holidayJp from '@holiday-jp/holiday_jp';
import { TZDate, tz } from '@date-fns/tz';
import { format, formatISO } from 'date-fns';

/**
 * Calendar dates are plain `YYYY-MM-DD` strings (SPEC §4: "dates are JST calendar dates").
 * Date-only arithmetic runs on UTC midnights so it never depends on the machine's time zone.
 */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function parseParts(date: string): DateParts | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2025-02-29 over to 03-01; a real date survives the round trip.
  const real =
    probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

function partsOf(date: string): DateParts {
  const parts = parseParts(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return parts;
}

function utcMidnight(date: string): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day);
}

function formatUtcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for a real `YYYY-MM-DD` date (rejects 2025-02-29, 2026-04-31, 2026-1-5). */
export function isCalendarDate(value: string): boolean {
  return parseParts(value) !== null;
}

/** The calendar date an instant falls on in the given IANA time zone. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  return format(instant, 'yyyy-MM-dd', { in: tz(timeZone) });
}

/** ISO 8601 with the zone's offset, e.g. 2026-12-01T10:00:00+09:00 (SPEC §4). */
export function formatInstantIn(instant: Date, timeZone: string): string {
  return formatISO(instant, { in: tz(timeZone) });
}

/** Japanese national holidays (incl. substitute holidays). Pass the JST calendar date, not a Date. */
export function isNationalHoliday(date: string): boolean {
  partsOf(date);
  return Object.hasOwn(holidayJp.holidays, date);
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function weekdayOf(date: string): number {
  return new Date(utcMidnight(date)).getUTCDay();
}

export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Days must be an integer: ${n}`);
  return formatUtcDate(utcMidnight(date) + n * DAY_MS);
}

/** The instant at which the wall clock in `timeZone` shows `date` `time`. */
export function zonedDateTimeToInstant(date: string, time: string, timeZone: string): Date {
  const { year, month, day } = partsOf(date);
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`Not a time of day (HH:MM): ${time}`);
  const zoned = new TZDate(year, month - 1, day, Number(match[1]), Number(match[2]), 0, 0, timeZone);
  return new Date(zoned.getTime());
}

/**
 * Completed years of life on `onDate`, the common civil reading: a year is added on the birthday itself.
 * (Japan's 年齢計算ニ関スル法律 adds it at the end of the day before; we do not use that reading.)
 * Someone born on 29 February reaches their birthday on 1 March in non-leap years, because 02-28 is
 * still before 02-29 and 03-01 is after it. Returns a negative number when `onDate` is before the birth:
 * callers validate input; the function stays total so a typo never becomes a crash.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const birth = partsOf(birthDate);
  const on = partsOf(onDate);
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}
