import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { meSchema, userRoles } from '../../../shared/contracts/auth.js';
import {
  passkeyListSchema,
  passkeyOptionsSchema,
  passkeySecondFactorRequestSchema,
  registerPasskeyRequestSchema,
} from '../../../shared/contracts/passkeys.js';
import { authOf, requestMeta, setSessionCookie } from '../../plugins/auth.js';
import { presentMe } from './auth.presenter.js';
import type { PasskeyService } from './passkey.service.js';

const everyone = { access: { roles: userRoles } };

/** Passkeys: enrol (also before the second factor, for staff who must enrol one), list, remove, and sign in. */
export function passkeyRoutes(
  app: FastifyInstance,
  deps: { passkeys: PasskeyService; rateLimitPerMinute: number },
): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const limitedSession = {
    access: 'session' as const,
    rateLimit: { max: deps.rateLimitPerMinute, timeWindow: '1 minute' },
  };

  routes.post(
    '/api/v1/account/passkeys/options',
    {
      config: { access: 'session' },
      schema: {
        tags: ['account'],
        summary: 'Options for creating a passkey',
        response: { 200: passkeyOptionsSchema },
      },
    },
    (request) => deps.passkeys.registrationOptions(authOf(request)),
  );

  routes.post(
    '/api/v1/account/passkeys',
    {
      config: { access: 'session' },
      schema: {
        tags: ['account'],
        summary: 'Register the passkey just created',
        body: registerPasskeyRequestSchema,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const { challengeId, name, response } = request.body;
      const result = await deps.passkeys.register(
        authOf(request),
        challengeId,
        name,
        response,
        requestMeta(request),
      );
      if (result.token) setSessionCookie(reply, result.token);
      return presentMe(result.context);
    },
  );

  routes.get(
    '/api/v1/account/passkeys',
    {
      config: everyone,
      schema: { tags: ['account'], summary: 'My passkeys', response: { 200: passkeyListSchema } },
    },
    async (request) => ({
      passkeys: (await deps.passkeys.list(authOf(request))).map((passkey) => ({
        id: passkey.id,
        name: passkey.name,
        createdAt: passkey.createdAt.toISOString(),
        lastUsedAt: passkey.lastUsedAt?.toISOString() ?? null,
      })),
    }),
  );

  routes.delete(
    '/api/v1/account/passkeys/:passkeyId',
    {
      config: everyone,
      schema: {
        tags: ['account'],
        summary: 'Remove a passkey (staff keep at least one second factor)',
        params: z.object({ passkeyId: z.string().min(1).max(1024) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deps.passkeys.remove(authOf(request), request.params.passkeyId, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/v1/auth/second-factor/passkey/options',
    {
      config: limitedSession,
      schema: {
        tags: ['auth'],
        summary: 'Options for using a passkey as the second factor',
        response: { 200: passkeyOptionsSchema },
      },
    },
    (request) => deps.passkeys.authenticationOptions(authOf(request)),
  );

  routes.post(
    '/api/v1/auth/second-factor/passkey',
    {
      config: limitedSession,
      schema: {
        tags: ['auth'],
        summary: 'Give a passkey as the second factor',
        body: passkeySecondFactorRequestSchema,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const { token, context } = await deps.passkeys.verifySecondFactor(
        authOf(request),
        request.body.challengeId,
        request.body.response,
        requestMeta(request),
      );
      setSessionCookie(reply, token);
      return presentMe(context);
    },
  );
}
