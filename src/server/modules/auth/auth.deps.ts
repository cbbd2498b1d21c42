import type { Clock } from '../../clock.js';
import type { Database, DbExecutor } from '../../db/client.js';
import type { Mailer } from '../../mail/mailer.js';
import type { AuditEventInput } from '../audit/audit.input.js';
import type { ProfileService } from '../profile/profile.service.js';
import type { SessionService } from './session.service.js';

export type AuditRecorder = { record(input: AuditEventInput, tx?: DbExecutor): Promise<void> };

/** What the account use cases need, passed in explicitly by app.ts. */
export type AuthDeps = {
  db: Database;
  clock: Clock;
  publicUrl: string;
  mailer: Mailer;
  audit: AuditRecorder;
  sessions: SessionService;
  profiles: ProfileService;
  patientIdleMinutes: number;
};

export const verifyEmailHours = 24;
export const resetPasswordMinutes = 30;
export const invitationHours = 72;
/** At most one link of a kind per account per minute, whoever asks (per-account rate limit). */
export const linkCooldownMs = 60_000;

/** Links carry the token in the fragment: it never reaches server logs or a Referer header. */
export function linkTo(publicUrl: string, page: string, token: string): string {
  return `${publicUrl}${page}#token=${encodeURIComponent(token)}`;
}
