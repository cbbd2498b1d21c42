import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { pickLocale, type Locale } from '../../shared/i18n/locale.js';

export type RequestContext = { requestId: string; locale: Locale };

const storage = new AsyncLocalStorage<RequestContext>();

/** The context of the request being served, for code far from the route (audit, mail). */
export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

const acceptableRequestId = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a caller's request id when it is safe to log, so traces join up across services. */
export function requestIdFor(raw: IncomingMessage): string {
  const header = raw.headers['x-request-id'];
  return typeof header === 'string' && acceptableRequestId.test(header) ? header : randomUUID();
}

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
  }
}

export function localeOf(request: FastifyRequest): Locale {
  return pickLocale(request.headers['accept-language']);
}

export function registerRequestContext(app: FastifyInstance): void {
  app.decorateRequest('locale', 'ja');
  app.addHook('onRequest', (request, reply, done) => {
    request.locale = localeOf(request);
    reply.header('x-request-id', request.id);
    storage.run({ requestId: request.id, locale: request.locale }, done);
  });
}
