import { z } from 'zod';
import { RequestValidationError } from '../../errors.js';
import { toFieldIssues } from '../../plugins/validation.js';
import type { AuditPosition, AuditSearchQuery } from './audit.repository.js';

export const AUDIT_PAGE_MAX = 500;

/** What an admin may search the trail by; a route can reuse this schema for its querystring. */
export const auditSearchFilterSchema = z
  .object({
    patientUserId: z.guid().optional(),
    actorUserId: z.guid().optional(),
    /** Inclusive. */
    from: z.date().optional(),
    /** Exclusive. */
    to: z.date().optional(),
    action: z.string().min(1).max(100).optional(),
    limit: z.number().int().min(1).max(AUDIT_PAGE_MAX),
    /** Opaque, from the previous page's nextCursor. */
    cursor: z.string().max(100).optional(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from < filter.to, {
    message: 'from must be before to',
    path: ['to'],
  });

export type AuditSearchFilter = z.input<typeof auditSearchFilterSchema>;

/** Validates a filter into a repository query; a bad field answers 400 naming it, like a route would. */
export function toAuditSearchQuery(filter: AuditSearchFilter): AuditSearchQuery {
  const parsed = auditSearchFilterSchema.safeParse(filter);
  if (!parsed.success) {
    throw new RequestValidationError('querystring', parsed.error.issues.flatMap(toFieldIssues));
  }
  const { cursor, patientUserId, actorUserId, ...rest } = parsed.data;
  const after = cursor === undefined ? undefined : decodeAuditCursor(cursor);
  if (after === null) {
    throw new RequestValidationError('querystring', [{ field: 'cursor', code: 'invalid' }]);
  }
  return {
    ...rest,
    // Stored uuids are lower case; compare like with like.
    patientUserId: patientUserId?.toLowerCase(),
    actorUserId: actorUserId?.toLowerCase(),
    after,
  };
}

export function encodeAuditCursor(position: AuditPosition): string {
  return Buffer.from(`${position.occurredAt.getTime()}.${position.id}`, 'utf8').toString('base64url');
}

/** null when the cursor was not made by encodeAuditCursor. */
export function decodeAuditCursor(cursor: string): AuditPosition | null {
  const match = /^(\d{1,15})\.(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1] || !match[2]) return null;
  return { occurredAt: new Date(Number(match[1])), id: Number(match[2]) };
}
