import type { ConsultationRules } from '../contracts/profile.js';

const MINUTE_MS = 60_000;
const plusMinutes = (at: Date, minutes: number) => new Date(at.getTime() + minutes * MINUTE_MS);

export interface CallWindow {
  /** The patient is ready (waiting room open) from here (R-CALL-01). */
  waitingRoomOpensAt: Date;
  /** The doctor calls before this instant (R-CALL-01). */
  callWindowEndsAt: Date;
}

export type CallPhase = 'too_early' | 'waiting_room' | 'call_window' | 'missed';

/** R-CALL-01: ready `readyBeforeMinutes` before the slot; the doctor calls within `slotWindowMinutes`. */
export function callWindow(slotStart: Date, rules: ConsultationRules): CallWindow {
  return {
    waitingRoomOpensAt: plusMinutes(slotStart, -rules.readyBeforeMinutes),
    callWindowEndsAt: plusMinutes(slotStart, rules.slotWindowMinutes),
  };
}

/**
 * Where `now` falls around a slot. Each boundary belongs to the later phase. "missed" only says the
 * window has passed; whether the case becomes a no-show is a staff decision (start may shift, R-CALL-01).
 */
export function callPhase(now: Date, slotStart: Date, rules: ConsultationRules): CallPhase {
  const { waitingRoomOpensAt, callWindowEndsAt } = callWindow(slotStart, rules);
  const t = now.getTime();
  if (t < waitingRoomOpensAt.getTime()) return 'too_early';
  if (t < slotStart.getTime()) return 'waiting_room';
  if (t < callWindowEndsAt.getTime()) return 'call_window';
  return 'missed';
}

/** R-CALL-02: the consultation ends at most `maxMinutes` after it started. */
export function hardStopAt(startedAt: Date, rules: ConsultationRules): Date {
  return plusMinutes(startedAt, rules.maxMinutes);
}
