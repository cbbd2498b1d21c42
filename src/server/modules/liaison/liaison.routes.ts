import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseIdParamsSchema } from '../../../shared/contracts/cases.js';
import {
  commandResultSchema,
  documentReviewRequestSchema,
  documentReviewResultSchema,
  identityVerificationSchema,
  identityVerifiedRequestSchema,
  casePulseSchema,
  liaisonCaseViewSchema,
  liaisonCommandBodies,
  liaisonCommandRequestSchema,
  liaisonCommands,
  messageListSchema,
  messageRequestSchema,
  messageViewSchema,
  phoneCallListSchema,
  phoneCallRequestSchema,
  phoneCallViewSchema,
  queueFilterSchema,
  queuePageSchema,
  queueSearchSchema,
  specialistListSchema,
  type LiaisonCommand,
} from '../../../shared/contracts/liaison.js';
import { caseCommandRules } from '../../../shared/domain/case-status.js';
import { authOf, requestMeta } from '../../plugins/auth.js';
import { localeOf } from '../../plugins/request-context.js';
import type { LiaisonServices } from './liaison.module.js';

const staff = { access: { roles: ['coordinator', 'doctor'] as const } };
const coordinators = { access: { roles: ['coordinator'] as const } };

/** Route access per command follows the state machine's roles, so a wrong role is refused at the door. */
function accessOf(command: LiaisonCommand) {
  const roles = (['coordinator', 'doctor'] as const).filter((role) =>
    caseCommandRules[command].roles.includes(role),
  );
  return { access: { roles } };
}

/** The liaison centre's console (thin routes: schema → one service call → presented answer). */
export function liaisonRoutes(app: FastifyInstance, services: LiaisonServices): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['liaison'];

  routes.get(
    '/api/v1/liaison/cases',
    {
      config: staff,
      schema: {
        tags,
        summary: 'The work queue: counts per status and one page of cases',
        querystring: queueFilterSchema,
        response: { 200: queuePageSchema },
      },
    },
    async (request) => services.queue.page(authOf(request).user, request.query),
  );

  routes.post(
    '/api/v1/liaison/cases/search',
    {
      config: staff,
      schema: {
        tags,
        summary: 'The work queue searched by name, case number or phone (in the body: never in a URL)',
        body: queueSearchSchema,
        response: { 200: queuePageSchema },
      },
    },
    async (request) => {
      const { text, ...filter } = request.body;
      return services.queue.page(authOf(request).user, filter, text);
    },
  );

  routes.get(
    '/api/v1/liaison/cases/:caseId',
    {
      config: staff,
      schema: {
        tags,
        summary: 'One case for screening and decision (audited as liaison.case.read)',
        params: caseIdParamsSchema,
        response: { 200: liaisonCaseViewSchema },
      },
    },
    async (request) =>
      services.cases.view(
        authOf(request).user,
        request.params.caseId,
        localeOf(request),
        requestMeta(request),
      ),
  );

  routes.get(
    '/api/v1/liaison/cases/:caseId/pulse',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Whether anything happened on the case (status, event and message counts; not audited)',
        params: caseIdParamsSchema,
        response: { 200: casePulseSchema },
      },
    },
    async (request) => services.cases.pulse(authOf(request).user, request.params.caseId),
  );

  routes.get(
    '/api/v1/liaison/cases/:caseId/specialists',
    {
      // For those who may accept (they name the specialist); a case they cannot see is not found.
      config: accessOf('accept'),
      schema: {
        tags,
        summary: 'The doctors who may be named specialist on acceptance (active, of the case’s department)',
        params: caseIdParamsSchema,
        response: { 200: specialistListSchema },
      },
    },
    async (request) => services.cases.specialists(authOf(request).user, request.params.caseId),
  );

  for (const command of liaisonCommands) {
    routes.post(
      `/api/v1/liaison/cases/:caseId/commands/${command}`,
      {
        config: accessOf(command),
        schema: {
          tags,
          summary: `Case command ${command}`,
          params: caseIdParamsSchema,
          // No body counts as {}: commands without fields need none, the others name what is missing.
          body: z.preprocess((value) => value ?? {}, liaisonCommandBodies[command]),
          response: { 200: commandResultSchema },
        },
      },
      async (request) => {
        // The body was checked against this command's schema; the union gives the service one typed input.
        const input = liaisonCommandRequestSchema.parse({ ...request.body, command });
        return services.commands.run(
          authOf(request).user,
          request.params.caseId,
          input,
          requestMeta(request),
        );
      },
    );
  }

  routes.post(
    '/api/v1/liaison/cases/:caseId/documents/:documentId/review',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Accept or reject a document (a rejection says why, for the applicant)',
        params: caseIdParamsSchema.extend({ documentId: z.uuid() }),
        body: documentReviewRequestSchema,
        response: { 200: documentReviewResultSchema },
      },
    },
    async (request) =>
      services.review.review(
        authOf(request).user,
        request.params.caseId,
        request.params.documentId,
        request.body,
        requestMeta(request),
      ),
  );

  routes.get(
    '/api/v1/liaison/cases/:caseId/calls',
    {
      config: coordinators,
      schema: {
        tags,
        summary: 'The phone log',
        params: caseIdParamsSchema,
        response: { 200: phoneCallListSchema },
      },
    },
    async (request) => services.desk.calls(authOf(request).user, request.params.caseId, requestMeta(request)),
  );

  routes.post(
    '/api/v1/liaison/cases/:caseId/calls',
    {
      config: coordinators,
      schema: {
        tags,
        summary: 'Write down a call (a call-back only within the phone desk’s hours)',
        params: caseIdParamsSchema,
        body: phoneCallRequestSchema,
        response: { 201: phoneCallViewSchema },
      },
    },
    async (request, reply) => {
      const call = await services.desk.logCall(
        authOf(request).user,
        request.params.caseId,
        request.body,
        requestMeta(request),
      );
      return reply.status(201).send(call);
    },
  );

  routes.post(
    '/api/v1/liaison/cases/:caseId/identity-verified',
    {
      config: coordinators,
      schema: {
        tags,
        summary: 'Record that the patient’s identity was checked (who and when)',
        params: caseIdParamsSchema,
        body: identityVerifiedRequestSchema,
        response: { 200: identityVerificationSchema },
      },
    },
    async (request) =>
      services.desk.verifyIdentity(
        authOf(request).user,
        request.params.caseId,
        request.body.method,
        requestMeta(request),
      ),
  );

  routes.get(
    '/api/v1/liaison/cases/:caseId/messages',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Messages with the applicant (theirs are marked read)',
        params: caseIdParamsSchema,
        response: { 200: messageListSchema },
      },
    },
    async (request) =>
      services.messages.list(authOf(request).user, request.params.caseId, 'staff', requestMeta(request)),
  );

  routes.post(
    '/api/v1/liaison/cases/:caseId/messages',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Write to the applicant (they are mailed that a message is waiting, never its text)',
        params: caseIdParamsSchema,
        body: messageRequestSchema,
        response: { 201: messageViewSchema },
      },
    },
    async (request, reply) => {
      const message = await services.messages.send(
        authOf(request).user,
        request.params.caseId,
        'staff',
        request.body.body,
        requestMeta(request),
      );
      return reply.status(201).send(message);
    },
  );
}
