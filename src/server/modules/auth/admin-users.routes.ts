import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inviteStaffRequestSchema, userListSchema } from '../../../shared/contracts/auth.js';
import { authOf, requestMeta } from '../../plugins/auth.js';
import { presentUser } from './auth.presenter.js';
import type { StaffService } from './staff.service.js';

const adminOnly = { access: { roles: ['admin'] as const } };

/** User management for admins: invite staff, list users, disable and enable. */
export function adminUserRoutes(app: FastifyInstance, deps: { staff: StaffService }): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['admin'];

  routes.get(
    '/api/v1/admin/users',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'Staff accounts (coordinators, doctors, admins)',
        response: { 200: userListSchema },
      },
    },
    async () => ({
      users: (await deps.staff.list()).map(({ user, departments, passkeys }) =>
        presentUser(user, departments, passkeys),
      ),
    }),
  );

  routes.post(
    '/api/v1/admin/invitations',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'Invite a coordinator, doctor or admin by e-mail',
        body: inviteStaffRequestSchema,
        response: { 201: z.object({ userId: z.string().uuid() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await deps.staff.invite(authOf(request), request.body, requestMeta(request))),
  );

  routes.post(
    '/api/v1/admin/users/:userId/status',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: 'Disable (ends all sessions) or re-enable an account',
        params: z.object({ userId: z.string().uuid() }),
        body: z.strictObject({ status: z.enum(['active', 'disabled']) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deps.staff.setStatus(
        authOf(request),
        request.params.userId,
        request.body.status,
        requestMeta(request),
      );
      return reply.status(204).send(null);
    },
  );
}
