import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseStatusSchema } from '../../../shared/domain/case-status.js';
import { caseIdParamsSchema } from '../../../shared/contracts/cases.js';
import {
  informationRequestViewSchema,
  messageListSchema,
  messageRequestSchema,
  messageViewSchema,
} from '../../../shared/contracts/liaison.js';
import { authOf, requestMeta } from '../../plugins/auth.js';
import { localeOf } from '../../plugins/request-context.js';
import type { LiaisonServices } from './liaison.module.js';

const patients = { access: { roles: ['patient'] as const } };

/** The applicant's side: messages with the liaison centre, and "資料を送りました". Own cases only (404). */
export function liaisonPatientRoutes(app: FastifyInstance, services: LiaisonServices): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  routes.get(
    '/api/v1/cases/:caseId/messages',
    {
      config: patients,
      schema: {
        tags,
        summary: 'Messages with the liaison centre (theirs are marked read)',
        params: caseIdParamsSchema,
        response: { 200: messageListSchema },
      },
    },
    async (request) =>
      services.messages.list(authOf(request).user, request.params.caseId, 'patient', requestMeta(request)),
  );

  routes.post(
    '/api/v1/cases/:caseId/messages',
    {
      config: patients,
      schema: {
        tags,
        summary: 'Write to the liaison centre',
        params: caseIdParamsSchema,
        body: messageRequestSchema,
        response: { 201: messageViewSchema },
      },
    },
    async (request, reply) => {
      const message = await services.messages.send(
        authOf(request).user,
        request.params.caseId,
        'patient',
        request.body.body,
        requestMeta(request),
      );
      return reply.status(201).send(message);
    },
  );

  routes.get(
    '/api/v1/cases/:caseId/information-request',
    {
      config: patients,
      schema: {
        tags,
        summary: 'What the centre asked for, what has arrived, and whether to show "資料を送りました"',
        params: caseIdParamsSchema,
        response: { 200: informationRequestViewSchema },
      },
    },
    async (request) =>
      services.informationRequests.view(
        authOf(request).user,
        request.params.caseId,
        localeOf(request),
        requestMeta(request),
      ),
  );

  routes.post(
    '/api/v1/cases/:caseId/information-provided',
    {
      config: patients,
      schema: {
        tags,
        summary: '資料を送りました: the requested material was sent; the case returns to screening',
        params: caseIdParamsSchema,
        response: { 200: z.object({ status: caseStatusSchema }) },
      },
    },
    async (request) =>
      services.informationRequests.confirmProvided(
        authOf(request).user,
        request.params.caseId,
        requestMeta(request),
      ),
  );
}
