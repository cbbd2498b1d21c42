import { calendarDateIn, zonedDateTimeToInstant } from './calendar.js';

/**
 * R-FLOW-07: online changes and cancellations are allowed "until the end of the previous day" in the
 * hospital's zone, i.e. strictly before the midnight that starts the slot's calendar day.
 */
export function changeDeadline(slotStart: Date, timeZone: string): Date {
  return zonedDateTimeToInstant(calendarDateIn(slotStart, timeZone), '00:00', timeZone);
}

/** R-FLOW-07: on the day itself only staff may change the booking. */
export function canChangeOnline(now: Date, slotStart: Date, timeZone: string): boolean {
  return now.getTime() < changeDeadline(slotStart, timeZone).getTime();
}
