import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UserRole } from '../../shared/contracts/auth.js';
import { ForbiddenError, UnauthorizedError } from '../errors.js';
import type { AuthContext, RequestMeta, SessionService } from '../modules/auth/session.service.js';

/**
 * Every route declares who may call it; a route without a declaration is refused at start-up.
 * - 'public': anyone.
 * - 'session': every signed-in session, even before the second factor (sign-out, enrolment, /me).
 * - roles: a fully signed-in session (second factor given where required) of one of these roles.
 */
export type RouteAccess = 'public' | 'session' | { roles: readonly UserRole[] };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyInstance {
    /** Every API route with its declared access: for the route × role tests and for review. */
    routeAccessTable: { method: string; url: string; access: RouteAccess }[];
  }
}

export const sessionCookieName = '__Host-consilium_session';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function setSessionCookie(reply: FastifyReply, token: string): void {
  // __Host- : Secure, path /, no domain. Browsers accept Secure cookies on http://localhost too.
  void reply.setCookie(sessionCookieName, token, {
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(sessionCookieName, { path: '/', httpOnly: true, secure: true, sameSite: 'strict' });
}

export function requestMeta(request: FastifyRequest): RequestMeta {
  const agent = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof agent === 'string' ? agent : null, requestId: request.id };
}

/** The signed-in context of a route that requires one (the access check has already run). */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new UnauthorizedError('no session');
  return request.auth;
}

function originOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

/**
 * Cross-site request forgery: a write from a browser carries an Origin (or Referer) that must be ours.
 * Cookies are SameSite=Strict as well; this check also covers sign-in (login CSRF).
 */
function isSameOrigin(request: FastifyRequest, publicOrigin: string): boolean {
  const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
  if (!origin) return request.cookies[sessionCookieName] === undefined;
  const ownOrigin = `${request.protocol}://${request.headers.host ?? ''}`;
  return origin === publicOrigin || origin === ownOrigin;
}

export async function registerAuth(
  app: FastifyInstance,
  deps: { sessions: SessionService; publicUrl: string },
): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('auth', null);
  const publicOrigin = new URL(deps.publicUrl).origin;

  const table: FastifyInstance['routeAccessTable'] = [];
  app.decorate('routeAccessTable', table);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    // API routes only: static files of the web app and the OpenAPI UI are public by nature.
    const isApi = route.url.startsWith('/api/') && !route.url.startsWith('/api/docs');
    if (isApi && access === undefined) {
      throw new Error(`Route ${route.method.toString()} ${route.url} declares no access policy`);
    }
    if (isApi && access !== undefined) {
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD') table.push({ method, url: route.url, access });
      }
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access ?? 'public';
    if (unsafeMethods.has(request.method) && !isSameOrigin(request, publicOrigin)) {
      throw new ForbiddenError('cross-site-request');
    }
    const token = request.cookies[sessionCookieName];
    request.auth = token ? await deps.sessions.authenticate(token) : null;
    if (access === 'public') return;
    const auth = request.auth;
    if (!auth) throw new UnauthorizedError('sign in');
    if (access === 'session') return;
    if (auth.state !== 'signed_in') throw new ForbiddenError('second-factor-required');
    if (!access.roles.includes(auth.user.role)) throw new ForbiddenError('forbidden');
  });
}
