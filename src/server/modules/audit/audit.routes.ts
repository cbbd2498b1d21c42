import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditPageSchema, auditQuerySchema } from '../../../shared/contracts/audit.js';
import { authOf, requestMeta } from '../../plugins/auth.js';
import type { AuditService } from './audit.service.js';

const adminOnly = { access: { roles: ['admin'] as const } };

const detailsSchema = z.record(z.string(), z.unknown());

function filterOf(query: z.output<typeof auditQuerySchema>) {
  return {
    patientUserId: query.patientUserId,
    actorUserId: query.actorUserId,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    action: query.action,
  };
}

/** The audit trail for admins: search by patient, user and period, and CSV export. Reading it is audited too. */
export function adminAuditRoutes(app: FastifyInstance, deps: { audit: AuditService }): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['admin'];

  routes.get(
    '/api/v1/admin/audit-events',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'Search the audit trail, newest first',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const page = await deps.audit.search({
        ...filterOf(request.query),
        limit: request.query.limit,
        cursor: request.query.cursor,
      });
      await deps.audit.record({
        actor: { userId: auth.user.id, role: auth.user.role },
        action: 'audit.searched',
        outcome: 'success',
        ip: request.ip,
        requestId: request.id,
        details: { filters: Object.keys(request.query) },
      });
      return {
        events: page.events.map((event) => ({
          id: event.id,
          occurredAt: event.occurredAt.toISOString(),
          actorUserId: event.actorUserId,
          actorRole: event.actorRole,
          action: event.action,
          outcome: event.outcome,
          targetType: event.targetType,
          targetId: event.targetId,
          patientUserId: event.patientUserId,
          ip: event.ip,
          requestId: event.requestId,
          details: detailsSchema.parse(event.details),
        })),
        nextCursor: page.nextCursor,
      };
    },
  );

  routes.get(
    '/api/v1/admin/audit-events.csv',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'Export the matching audit events as CSV (UTF-8 with BOM)',
        querystring: auditQuerySchema,
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const meta = requestMeta(request);
      await deps.audit.record({
        actor: { userId: auth.user.id, role: auth.user.role },
        action: 'audit.exported',
        outcome: 'success',
        ip: meta.ip,
        requestId: meta.requestId,
        details: { filters: Object.keys(request.query) },
      });
      // Streamed: an export of years of events never sits in memory at once.
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit-events.csv"')
        .send(Readable.from(deps.audit.exportCsv(filterOf(request.query))));
    },
  );
}
