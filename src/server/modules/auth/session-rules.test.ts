import { describe, expect, it } from 'vitest';
import { abilitiesOf, idleMinutesFor, sessionState, sessionValidity } from './session-rules.js';

const at = (iso: string) => new Date(iso);
const session = {
  revokedAt: null,
  expiresAt: at('2026-12-01T12:00:00Z'),
  lastSeenAt: at('2026-12-01T01:00:00Z'),
};

describe('session rules', () => {
  it('R-ACC-03 staff sessions go idle after 30 minutes, patients after the configured time', () => {
    expect(idleMinutesFor('doctor', 60)).toBe(30);
    expect(idleMinutesFor('patient', 60)).toBe(60);
    expect(sessionValidity(session, at('2026-12-01T01:29:59Z'), 30)).toBe('valid');
    expect(sessionValidity(session, at('2026-12-01T01:30:00Z'), 30)).toBe('idle');
  });

  it('ends a session at its absolute lifetime whatever the activity, and when revoked', () => {
    const busy = { ...session, lastSeenAt: at('2026-12-01T11:59:00Z') };
    expect(sessionValidity(busy, at('2026-12-01T11:59:59Z'), 30)).toBe('valid');
    expect(sessionValidity(busy, at('2026-12-01T12:00:00Z'), 30)).toBe('expired');
    expect(
      sessionValidity({ ...session, revokedAt: at('2026-12-01T01:00:01Z') }, at('2026-12-01T01:00:02Z'), 30),
    ).toBe('revoked');
  });

  it('R-ACC-03 staff need a second factor, and must enrol one first', () => {
    expect(sessionState('coordinator', null, { totp: false, passkeys: 0 })).toBe(
      'second_factor_enrolment_required',
    );
    expect(sessionState('coordinator', null, { totp: true, passkeys: 0 })).toBe('second_factor_required');
    expect(sessionState('coordinator', at('2026-12-01T01:00:00Z'), { totp: true, passkeys: 0 })).toBe(
      'signed_in',
    );
  });

  it('patients sign in with a password alone unless they enrolled a second factor', () => {
    expect(sessionState('patient', null, { totp: false, passkeys: 0 })).toBe('signed_in');
    expect(sessionState('patient', null, { totp: false, passkeys: 1 })).toBe('second_factor_required');
  });

  it('grants no patient data and no administration before the second factor', () => {
    expect(abilitiesOf('admin', 'second_factor_required')).toEqual({
      manageUsers: false,
      viewAuditTrail: false,
      accessPatientData: false,
      useLiaisonConsole: false,
    });
    expect(abilitiesOf('admin', 'signed_in')).toEqual({
      manageUsers: true,
      viewAuditTrail: true,
      accessPatientData: false,
      useLiaisonConsole: false,
    });
    expect(abilitiesOf('doctor', 'signed_in').accessPatientData).toBe(true);
  });

  it('opens the liaison console to coordinators and doctors once their second factor is given', () => {
    expect(abilitiesOf('coordinator', 'signed_in').useLiaisonConsole).toBe(true);
    expect(abilitiesOf('doctor', 'signed_in').useLiaisonConsole).toBe(true);
    expect(abilitiesOf('coordinator', 'second_factor_required').useLiaisonConsole).toBe(false);
    expect(abilitiesOf('doctor', 'second_factor_enrolment_required').useLiaisonConsole).toBe(false);
    expect(abilitiesOf('patient', 'signed_in').useLiaisonConsole).toBe(false);
    expect(abilitiesOf('admin', 'signed_in').useLiaisonConsole).toBe(false);
  });
});
