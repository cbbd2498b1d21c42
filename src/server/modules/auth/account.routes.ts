import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordRequestSchema,
  meSchema,
  sessionListSchema,
  totpCodeRequestSchema,
  totpSetupSchema,
  userRoles,
} from '../../../shared/contracts/auth.js';
import { authOf, requestMeta, setSessionCookie } from '../../plugins/auth.js';
import type { AccountService } from './account.service.js';
import { presentMe, presentSession } from './auth.presenter.js';
import type { SecondFactorService } from './second-factor.service.js';
import type { SignInService } from './sign-in.service.js';

const noContent = { 204: z.null().describe('Done') };
const everyone = { access: { roles: userRoles } };

/** Account settings of the signed-in person: password, sessions, authenticator app. */
export function accountRoutes(
  app: FastifyInstance,
  deps: { accounts: AccountService; signIn: SignInService; secondFactors: SecondFactorService },
): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['account'];

  routes.post(
    '/api/v1/account/password',
    {
      config: everyone,
      schema: {
        tags,
        summary: 'Change the password; other sessions end',
        body: changePasswordRequestSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      await deps.accounts.changePassword(
        authOf(request),
        request.body.currentPassword,
        request.body.newPassword,
        requestMeta(request),
      );
      return reply.status(204).send(null);
    },
  );

  routes.get(
    '/api/v1/account/sessions',
    {
      config: everyone,
      schema: { tags, summary: 'My signed-in sessions', response: { 200: sessionListSchema } },
    },
    async (request) => {
      const auth = authOf(request);
      const sessions = await deps.signIn.listSessions(auth);
      return { sessions: sessions.map((session) => presentSession(session, auth.session.id)) };
    },
  );

  routes.delete(
    '/api/v1/account/sessions/:sessionId',
    {
      config: everyone,
      schema: {
        tags,
        summary: 'End one of my sessions',
        params: z.object({ sessionId: z.string().uuid() }),
        response: noContent,
      },
    },
    async (request, reply) => {
      await deps.signIn.revokeSession(authOf(request), request.params.sessionId, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  // Enrolment is open before the second factor: staff must enrol before they can do anything else.
  routes.post(
    '/api/v1/account/totp/setup',
    {
      config: { access: 'session' },
      schema: { tags, summary: 'Start enrolling an authenticator app', response: { 200: totpSetupSchema } },
    },
    (request) => deps.secondFactors.startTotpSetup(authOf(request)),
  );

  routes.post(
    '/api/v1/account/totp/confirm',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: 'Confirm the authenticator app with a code',
        body: totpCodeRequestSchema,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const result = await deps.secondFactors.confirmTotp(
        authOf(request),
        request.body.code,
        requestMeta(request),
      );
      if ('token' in result) setSessionCookie(reply, result.token);
      return presentMe(result.context);
    },
  );

  routes.post(
    '/api/v1/account/totp/disable',
    {
      config: everyone,
      schema: {
        tags,
        summary: 'Remove the authenticator app (patients; staff keep one factor)',
        body: totpCodeRequestSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      await deps.secondFactors.disableTotp(authOf(request), request.body.code, requestMeta(request));
      return reply.status(204).send(null);
    },
  );
}
