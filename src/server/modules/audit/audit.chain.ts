import { createHash } from 'node:crypto';

/** The prevHash of the first event: the chain starts from a fixed, well-known value. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Bumped if the canonical form ever changes; it is the first element of every canonical form so that an
 * old row can never be read as if it had been written in a newer format.
 */
const CANONICAL_FORMAT = 'audit-v1';

/** The fields an event's hash covers: everything in the row except prevHash and hash themselves. */
export type ChainedFields = {
  id: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorRole: string | null;
  action: string;
  outcome: string;
  targetType: string | null;
  targetId: string | null;
  patientUserId: string | null;
  ip: string | null;
  requestId: string | null;
  /** Whatever JSON the row holds; read back from jsonb it has lost its key order, hence canonicalJson. */
  details: unknown;
};

/**
 * The event as one unambiguous string: a JSON array in a fixed field order. JSON's string escaping keeps
 * field boundaries unambiguous and tells null from the text "null"; details are written with sorted keys
 * because jsonb does not keep the order they were inserted in.
 */
export function canonicalEvent(event: ChainedFields): string {
  const fields = [
    CANONICAL_FORMAT,
    event.id,
    event.occurredAt.toISOString(),
    event.actorUserId,
    event.actorRole,
    event.action,
    event.outcome,
    event.targetType,
    event.targetId,
    event.patientUserId,
    event.ip,
    event.requestId,
  ];
  return `[${fields.map((field) => JSON.stringify(field)).join(',')},${canonicalJson(event.details)}]`;
}

/** SHA-256 (hex) of the previous event's hash followed by this event's canonical form. */
export function chainHash(prevHash: string, event: ChainedFields): string {
  return createHash('sha256')
    .update(prevHash + canonicalEvent(event), 'utf8')
    .digest('hex');
}

/**
 * JSON with object keys sorted (by UTF-16 code units, as Array.prototype.sort does), no whitespace.
 * Only JSON values are accepted: anything else would not survive the trip through jsonb unchanged.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalJson(item)).join(',')}]`;
  if (isPlainObject(value)) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${entries.join(',')}}`;
  }
  throw new TypeError(`canonicalJson: not a JSON value (${typeof value})`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
