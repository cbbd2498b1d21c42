import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

const healthSchema = z.object({ status: z.literal('ok') });
const readySchema = z.object({ status: z.enum(['ready', 'unavailable']), database: z.enum(['up', 'down']) });

export function healthRoutes(app: FastifyInstance, deps: { pingDatabase: () => Promise<boolean> }): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/health',
    {
      config: { access: 'public', rateLimit: false },
      schema: {
        tags: ['operations'],
        summary: 'The process is up',
        security: [],
        response: { 200: healthSchema },
      },
    },
    () => Promise.resolve({ status: 'ok' as const }),
  );

  routes.get(
    '/api/ready',
    {
      config: { access: 'public', rateLimit: false },
      schema: {
        tags: ['operations'],
        summary: 'The database is reachable',
        security: [],
        response: { 200: readySchema, 503: readySchema },
      },
    },
    async (_request, reply) => {
      const up = await deps.pingDatabase();
      if (up) return { status: 'ready' as const, database: 'up' as const };
      return reply.status(503).send({ status: 'unavailable', database: 'down' });
    },
  );
}
