import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { NotFoundError } from '../errors.js';
import { isFromThisMachine } from './loopback.js';

/** Compared as digests: equal length for timingSafeEqual, and no early exit revealing a prefix. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Metrics reveal traffic and timings of a medical service: a scraper shows the configured bearer token;
 * without one, only this machine may read them, directly (not through a proxy). Anyone else gets 404,
 * as if they did not exist.
 */
function mayReadMetrics(request: FastifyRequest, token: string | undefined): boolean {
  if (!token) return isFromThisMachine(request);
  const header = request.headers.authorization ?? '';
  const match = /^Bearer (.+)$/.exec(header);
  return match?.[1] !== undefined && sameSecret(match[1], token);
}

/** Prometheus metrics; labels use the route pattern, never the raw URL, so no data leaks into them. */
export function registerMetrics(app: FastifyInstance, options: { token: string | undefined }): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  app.addHook('onResponse', (request, reply, done) => {
    duration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });

  app.get(
    '/api/metrics',
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      if (!mayReadMetrics(request, options.token)) throw new NotFoundError('metrics');
      reply.type(registry.contentType);
      return registry.metrics();
    },
  );
}
