import { canonicalJson } from './audit.chain.js';
import type { AuditEventRow } from './audit.repository.js';

/** Excel (notably in Japan) only reads a CSV file as UTF-8 when it starts with a byte order mark. */
export const CSV_BOM = '\uFEFF';

const columns = [
  'id',
  'occurred_at',
  'actor_user_id',
  'actor_role',
  'action',
  'outcome',
  'target_type',
  'target_id',
  'patient_user_id',
  'ip',
  'request_id',
  'details',
  'prev_hash',
  'hash',
] as const;

export const AUDIT_CSV_HEADER = csvLine(columns);

/** One event as a CSV line; the hashes are included so an export can be checked against the chain. */
export function auditCsvLine(row: AuditEventRow): string {
  return csvLine([
    String(row.id),
    row.occurredAt.toISOString(),
    row.actorUserId,
    row.actorRole,
    row.action,
    row.outcome,
    row.targetType,
    row.targetId,
    row.patientUserId,
    row.ip,
    row.requestId,
    canonicalJson(row.details),
    row.prevHash,
    row.hash,
  ]);
}

/** RFC 4180: fields separated by commas, lines ended by CRLF. */
export function csvLine(cells: readonly (string | null)[]): string {
  return `${cells.map((cell) => csvCell(cell ?? '')).join(',')}\r\n`;
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or tab / carriage return, which some treat alike)
 * as a formula: prefixing a quote keeps it text (OWASP "CSV injection"). Then RFC 4180 quoting: a field
 * holding a comma, quote or line break is enclosed in quotes, with inner quotes doubled.
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}
