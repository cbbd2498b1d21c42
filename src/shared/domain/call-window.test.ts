import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { demoHospital } from '../../server/db/seed/demo-hospital.js';
import { callPhase, callWindow, hardStopAt, type CallPhase } from './call-window.js';

const rules = demoHospital.consultation; // ready 5 min before, 30-min window, 60 min max
const slot = new Date('2026-12-03T14:00:00+09:00');
const at = (time: string) => new Date(`2026-12-03T${time}+09:00`);

describe('callWindow', () => {
  it('R-CALL-01 the waiting room opens 5 minutes before and the window ends 30 minutes after', () => {
    expect(callWindow(slot, rules)).toEqual({
      waitingRoomOpensAt: at('13:55:00'),
      callWindowEndsAt: at('14:30:00'),
    });
  });
  it('R-CALL-01 the minutes come from the profile', () => {
    expect(callWindow(slot, { ...rules, readyBeforeMinutes: 10, slotWindowMinutes: 15 })).toEqual({
      waitingRoomOpensAt: at('13:50:00'),
      callWindowEndsAt: at('14:15:00'),
    });
  });
});

describe('callPhase', () => {
  it.each<[string, CallPhase]>([
    ['13:54:59.999', 'too_early'],
    ['13:55:00', 'waiting_room'],
    ['13:59:59.999', 'waiting_room'],
    ['14:00:00', 'call_window'],
    ['14:29:59.999', 'call_window'],
    ['14:30:00', 'missed'],
  ])('R-CALL-01 at %s JST the phase is %s', (time, phase) => {
    expect(callPhase(at(time), slot, rules)).toBe(phase);
  });
  it('R-CALL-01 phases only move forward as time passes (property)', () => {
    const order: CallPhase[] = ['too_early', 'waiting_room', 'call_window', 'missed'];
    fc.assert(
      fc.property(fc.integer({ min: -7200, max: 7200 }), fc.nat({ max: 7200 }), (offset, step) => {
        const a = new Date(slot.getTime() + offset * 1000);
        const b = new Date(a.getTime() + step * 1000);
        expect(order.indexOf(callPhase(b, slot, rules))).toBeGreaterThanOrEqual(
          order.indexOf(callPhase(a, slot, rules)),
        );
      }),
    );
  });
});

describe('hardStopAt', () => {
  it('R-CALL-02 a consultation started at 14:07 stops at 15:07 at the latest', () => {
    expect(hardStopAt(at('14:07:00'), rules)).toEqual(at('15:07:00'));
  });
});
