import { formatInstantIn, isCalendarDate, zonedDateTimeToInstant } from '../../../shared/domain/calendar.js';

/**
 * Times of the phone log are typed on the hospital's clock (the desk's hours are in its zone), whatever
 * zone the browser is set to: a datetime-local value is read in the hospital's time zone.
 */

/** An instant → the value of a datetime-local input on the hospital's clock: 2026-12-01T10:00. */
export function toDeskInput(instant: Date, timeZone: string): string {
  return formatInstantIn(instant, timeZone).slice(0, 16);
}

/** A datetime-local value on the hospital's clock → an ISO instant; null when it is not a real time. */
export function fromDeskInput(value: string, timeZone: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  if (!match?.[1] || !match[2] || !isCalendarDate(match[1])) return null;
  try {
    return zonedDateTimeToInstant(match[1], match[2], timeZone).toISOString();
  } catch {
    return null;
  }
}
