import { z } from 'zod';
import { auditOutcomes } from '../../db/schema/index.js';
import type { ChainedFields } from './audit.chain.js';

export type AuditOutcome = (typeof auditOutcomes)[number];

/**
 * What a use case tells the audit trail. Who (actor, null for an anonymous caller such as a failed
 * sign-in with an unknown address), what (a dotted action: `auth.sign_in`, `case.read`), how it ended,
 * which record, whose patient data, and where from.
 *
 * `details` is for identifiers and reasons only (`{ reason: 'bad_password', method: 'totp' }`). It must
 * NEVER hold passwords, one-time codes, tokens, cookies, secrets or medical content (diagnoses, answers,
 * document text): the trail is kept forever, cannot be corrected, and is exported to CSV. Keys that look
 * like credentials are refused outright as a last line of defence.
 */
export type AuditEventInput = {
  actor: { userId: string; role: string } | null;
  action: string;
  outcome: AuditOutcome;
  target?: { type: string; id: string };
  patientUserId?: string | null;
  ip?: string | null;
  requestId?: string | null;
  details?: Record<string, unknown>;
};

/** The input as it will be stored and hashed; the repository adds id and occurredAt. */
export type PreparedAuditEvent = Omit<ChainedFields, 'id' | 'occurredAt' | 'outcome' | 'details'> & {
  outcome: AuditOutcome;
  details: Record<string, unknown>;
};

const MAX_DETAILS_LENGTH = 8 * 1024;
const credentialLikeKey = /passw|secret|token|cookie|authoriz|totp/i;

// PostgreSQL stores uuids lower-cased; hashing the same spelling it will give back keeps the hash stable.
const userId = z.guid().transform((value) => value.toLowerCase());

/**
 * Details exactly as jsonb will return them: a JSON round trip drops undefined, turns dates into strings
 * and non-finite numbers into null, so the hash computed now is the hash recomputed on verification.
 */
const details = z
  .record(z.string(), z.unknown())
  .default({})
  .transform((value, context) => {
    const text = JSON.stringify(value);
    if (text.length > MAX_DETAILS_LENGTH) {
      context.addIssue({ code: 'custom', message: `details exceed ${MAX_DETAILS_LENGTH} characters` });
      return z.NEVER;
    }
    const normalised = z.record(z.string(), z.unknown()).parse(JSON.parse(text));
    const badKey = findCredentialLikeKey(normalised);
    if (badKey !== undefined) {
      context.addIssue({ code: 'custom', message: `details must not carry credentials (key "${badKey}")` });
      return z.NEVER;
    }
    return normalised;
  });

export const auditEventInputSchema = z
  .object({
    actor: z.object({ userId, role: z.string().min(1).max(50) }).nullable(),
    action: z
      .string()
      .max(100)
      .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/, 'a dotted lower-case action, e.g. auth.sign_in'),
    outcome: z.enum(auditOutcomes),
    target: z.object({ type: z.string().min(1).max(50), id: z.string().min(1).max(200) }).optional(),
    patientUserId: userId.nullish(),
    ip: z.string().max(100).nullish(),
    requestId: z.string().max(200).nullish(),
    details,
  })
  .transform((input): PreparedAuditEvent => ({
    actorUserId: input.actor?.userId ?? null,
    actorRole: input.actor?.role ?? null,
    action: input.action,
    outcome: input.outcome,
    targetType: input.target?.type ?? null,
    targetId: input.target?.id ?? null,
    patientUserId: input.patientUserId ?? null,
    ip: input.ip ?? null,
    requestId: input.requestId ?? null,
    details: input.details,
  }));

/** Parse, never cast: a malformed event is a programming error and fails loudly in the caller's tests. */
export function prepareAuditEvent(input: AuditEventInput): PreparedAuditEvent {
  return auditEventInputSchema.parse(input);
}

function findCredentialLikeKey(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findCredentialLikeKey(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, nested] of Object.entries(value)) {
    if (credentialLikeKey.test(key)) return key;
    const found = findCredentialLikeKey(nested);
    if (found !== undefined) return found;
  }
  return undefined;
}
