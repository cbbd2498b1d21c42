import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calendarDateIn, formatInstantIn } from './calendar.js';
import { canChangeOnline, changeDeadline } from './booking-deadline.js';

const TOKYO = 'Asia/Tokyo';
const jst = (isoLocal: string) => new Date(`${isoLocal}+09:00`);

describe('changeDeadline', () => {
  it('R-FLOW-07 a 14:00 slot on 3 Dec may be changed until the end of 2 Dec (JST)', () => {
    expect(formatInstantIn(changeDeadline(jst('2026-12-03T14:00:00'), TOKYO), TOKYO)).toBe(
      '2026-12-03T00:00:00+09:00',
    );
  });
  it('R-FLOW-07 a 09:00 JST slot is 00:00 UTC: the deadline is still the JST midnight (15:00 UTC)', () => {
    expect(changeDeadline(new Date('2026-12-03T00:00:00Z'), TOKYO).toISOString()).toBe(
      '2026-12-02T15:00:00.000Z',
    );
  });
  it('R-FLOW-07 a slot at 00:00 JST has its own start as deadline', () => {
    expect(changeDeadline(jst('2026-12-03T00:00:00'), TOKYO)).toEqual(jst('2026-12-03T00:00:00'));
  });
  it('R-FLOW-07 the deadline crosses month and year ends', () => {
    expect(changeDeadline(jst('2027-01-01T10:00:00'), TOKYO)).toEqual(jst('2027-01-01T00:00:00'));
  });
});

describe('canChangeOnline', () => {
  const slot = jst('2026-12-03T14:00:00');
  it.each([
    ['2026-12-01T12:00:00', true],
    ['2026-12-02T23:59:59.999', true],
    ['2026-12-03T00:00:00', false],
    ['2026-12-03T13:00:00', false],
    ['2026-12-03T15:00:00', false],
  ])('R-FLOW-07 at %s JST online change allowed: %s', (now, allowed) => {
    expect(canChangeOnline(jst(now), slot, TOKYO)).toBe(allowed);
  });
  it('R-FLOW-07 UTC 14:59 the day before is JST 23:59 (allowed); UTC 15:00 is JST midnight (refused)', () => {
    expect(canChangeOnline(new Date('2026-12-02T14:59:59Z'), slot, TOKYO)).toBe(true);
    expect(canChangeOnline(new Date('2026-12-02T15:00:00Z'), slot, TOKYO)).toBe(false);
  });
});

describe('changeDeadline properties', () => {
  it('R-FLOW-07 the deadline is always a JST midnight at most one day before the slot', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        (slot) => {
          const deadline = changeDeadline(slot, TOKYO);
          expect(formatInstantIn(deadline, TOKYO)).toMatch(/T00:00:00\+09:00$/);
          expect(calendarDateIn(deadline, TOKYO)).toBe(calendarDateIn(slot, TOKYO));
          expect(deadline.getTime()).toBeLessThanOrEqual(slot.getTime());
          expect(slot.getTime() - deadline.getTime()).toBeLessThan(86_400_000);
          expect(canChangeOnline(new Date(deadline.getTime() - 1), slot, TOKYO)).toBe(true);
          expect(canChangeOnline(deadline, slot, TOKYO)).toBe(false);
        },
      ),
    );
  });
});
