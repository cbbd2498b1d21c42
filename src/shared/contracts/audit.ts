import { z } from 'zod';

/** The admin audit-trail API (GET /api/v1/admin/audit-events and .csv), for the server and the web. */
export const auditQuerySchema = z.strictObject({
  patientUserId: z.string().uuid().optional(),
  actorUserId: z.string().uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional().describe('Inclusive, ISO 8601 with offset'),
  to: z.iso.datetime({ offset: true }).optional().describe('Exclusive, ISO 8601 with offset'),
  action: z.string().min(1).max(100).optional(),
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const auditEventViewSchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  outcome: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  patientUserId: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEventView = z.infer<typeof auditEventViewSchema>;

export const auditPageSchema = z.object({
  events: z.array(auditEventViewSchema),
  nextCursor: z.string().nullable(),
});
