import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptInvitationRequestSchema,
  acceptedSchema,
  emailRequestSchema,
  meSchema,
  resetPasswordRequestSchema,
  signInRequestSchema,
  signUpRequestSchema,
  tokenRequestSchema,
  totpCodeRequestSchema,
} from '../../../shared/contracts/auth.js';
import { authOf, clearSessionCookie, requestMeta, setSessionCookie } from '../../plugins/auth.js';
import type { AccountService } from './account.service.js';
import { presentMe } from './auth.presenter.js';
import type { SignInService } from './sign-in.service.js';
import type { StaffService } from './staff.service.js';

const noContent = { 204: z.null().describe('Done') };

/** Signing up, in and out; public routes are rate-limited per address. */
export function authRoutes(
  app: FastifyInstance,
  deps: { accounts: AccountService; signIn: SignInService; staff: StaffService; rateLimitPerMinute: number },
): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const limited = {
    access: 'public' as const,
    rateLimit: { max: deps.rateLimitPerMinute, timeWindow: '1 minute' },
  };
  const tags = ['auth'];

  routes.post(
    '/api/v1/auth/sign-up',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Create a patient account; a verification link is mailed',
        security: [],
        body: signUpRequestSchema,
        response: { 202: acceptedSchema },
      },
    },
    async (request, reply) => {
      await deps.accounts.signUp(request.body, requestMeta(request));
      return reply.status(202).send({ status: 'accepted' });
    },
  );

  routes.post(
    '/api/v1/auth/verify-email',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Confirm the e-mail address with the mailed token',
        security: [],
        body: tokenRequestSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      await deps.accounts.verifyEmail(request.body.token, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/v1/auth/sign-in',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Sign in with e-mail and password',
        security: [],
        body: signInRequestSchema,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const { token, context } = await deps.signIn.signIn(
        request.body.email,
        request.body.password,
        requestMeta(request),
      );
      setSessionCookie(reply, token);
      return presentMe(context);
    },
  );

  routes.post(
    '/api/v1/auth/second-factor/totp',
    {
      config: { ...limited, access: 'session' },
      schema: {
        tags,
        summary: 'Give the authenticator-app code after the password',
        body: totpCodeRequestSchema,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const { token, context } = await deps.signIn.verifyTotpSecondFactor(
        authOf(request),
        request.body.code,
        requestMeta(request),
      );
      setSessionCookie(reply, token);
      return presentMe(context);
    },
  );

  routes.post(
    '/api/v1/auth/sign-out',
    { config: { access: 'session' }, schema: { tags, summary: 'End this session', response: noContent } },
    async (request, reply) => {
      await deps.signIn.signOut(authOf(request), requestMeta(request));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  routes.get(
    '/api/v1/me',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: 'Who is signed in, the session state and abilities',
        response: { 200: meSchema },
      },
    },
    (request) => Promise.resolve(presentMe(authOf(request))),
  );

  routes.post(
    '/api/v1/auth/password-reset',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Mail a password-reset link (answers the same for unknown addresses)',
        security: [],
        body: emailRequestSchema,
        response: { 202: acceptedSchema },
      },
    },
    async (request, reply) => {
      await deps.accounts.requestPasswordReset(request.body.email, requestMeta(request));
      return reply.status(202).send({ status: 'accepted' });
    },
  );

  routes.post(
    '/api/v1/auth/password-reset/complete',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Set a new password with the mailed token; every session ends',
        security: [],
        body: resetPasswordRequestSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      await deps.accounts.completePasswordReset(
        request.body.token,
        request.body.password,
        requestMeta(request),
      );
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/v1/auth/invitations/accept',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Staff: accept an invitation and set a password',
        security: [],
        body: acceptInvitationRequestSchema,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const { token, context } = await deps.staff.acceptInvitation(
        request.body.token,
        request.body.password,
        requestMeta(request),
      );
      setSessionCookie(reply, token);
      return presentMe(context);
    },
  );
}
