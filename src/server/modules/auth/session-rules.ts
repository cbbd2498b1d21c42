import type { Abilities, SessionState, UserRole } from '../../../shared/contracts/auth.js';

/** Staff sessions end after 30 idle minutes (medical information system guidelines); patients' by config. */
export const staffIdleMinutes = 30;
export const absoluteSessionHours = 12;

export function idleMinutesFor(role: UserRole, patientIdleMinutes: number): number {
  return role === 'patient' ? patientIdleMinutes : staffIdleMinutes;
}

export type SessionValidity = 'valid' | 'revoked' | 'expired' | 'idle';

export function sessionValidity(
  session: { revokedAt: Date | null; expiresAt: Date; lastSeenAt: Date },
  now: Date,
  idleMinutes: number,
): SessionValidity {
  if (session.revokedAt) return 'revoked';
  if (now.getTime() >= session.expiresAt.getTime()) return 'expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= idleMinutes * 60_000) return 'idle';
  return 'valid';
}

export type SecondFactors = { totp: boolean; passkeys: number };

export function hasSecondFactor(factors: SecondFactors): boolean {
  return factors.totp || factors.passkeys > 0;
}

/**
 * Where a session stands: staff must give a second factor (and enrol one first) before any patient
 * data; a patient who enrolled one must give it too (R-ACC-03).
 */
export function sessionState(
  role: UserRole,
  secondFactorAt: Date | null,
  factors: SecondFactors,
): SessionState {
  if (secondFactorAt) return 'signed_in';
  if (hasSecondFactor(factors)) return 'second_factor_required';
  return role === 'patient' ? 'signed_in' : 'second_factor_enrolment_required';
}

export function abilitiesOf(role: UserRole, state: SessionState): Abilities {
  const full = state === 'signed_in';
  return {
    manageUsers: full && role === 'admin',
    viewAuditTrail: full && role === 'admin',
    accessPatientData: full && role !== 'admin',
    // The roles the liaison routes admit (liaison.routes.ts); the server still decides per case.
    useLiaisonConsole: full && (role === 'coordinator' || role === 'doctor'),
  };
}
