import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userRoles } from '../../../shared/contracts/auth.js';
import {
  caseDetailSchema,
  caseIdParamsSchema,
  caseListSchema,
  saveDraftRequestSchema,
  saveDraftResponseSchema,
  caseStatusViewSchema,
  submitResponseSchema,
} from '../../../shared/contracts/cases.js';
import { authOf, requestMeta } from '../../plugins/auth.js';
import { localeOf } from '../../plugins/request-context.js';
import { contentDisposition } from '../documents/records/content-disposition.js';
import type { CaseFlowService } from './case-flow.service.js';
import { printableForms, type createCasePrintService } from './case-print.service.js';
import type { CaseService } from './case.service.js';

const patients = { access: { roles: ['patient'] as const } };
const everyone = { access: { roles: userRoles } };

/** A patient's applications (cases) and their drafts. */
export function caseRoutes(
  app: FastifyInstance,
  deps: { cases: CaseService; flow: CaseFlowService; print: ReturnType<typeof createCasePrintService> },
): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  routes.post(
    '/api/v1/cases',
    {
      config: patients,
      schema: {
        tags,
        summary: 'Start a new application (a draft case)',
        response: { 201: caseDetailSchema },
      },
    },
    async (request, reply) => {
      const created = await deps.cases.createDraft(authOf(request).user, requestMeta(request));
      return reply.status(201).send(created);
    },
  );

  routes.get(
    '/api/v1/cases',
    { config: patients, schema: { tags, summary: 'My applications', response: { 200: caseListSchema } } },
    async (request) => ({ cases: await deps.cases.listOwn(authOf(request).user) }),
  );

  routes.get(
    '/api/v1/cases/:caseId',
    {
      config: everyone,
      schema: {
        tags,
        summary: 'One case with what the caller may do',
        params: caseIdParamsSchema,
        response: { 200: caseDetailSchema },
      },
    },
    async (request) => deps.cases.get(authOf(request).user, request.params.caseId, requestMeta(request)),
  );

  routes.put(
    '/api/v1/cases/:caseId/application',
    {
      config: patients,
      schema: {
        tags,
        summary: 'Save the application draft (any subset of its sections)',
        params: caseIdParamsSchema,
        body: saveDraftRequestSchema,
        response: { 200: saveDraftResponseSchema },
      },
    },
    async (request) =>
      deps.cases.saveDraft(authOf(request).user, request.params.caseId, request.body, requestMeta(request)),
  );

  routes.post(
    '/api/v1/cases/:caseId/submit',
    {
      config: patients,
      schema: {
        tags,
        summary: 'Send the application: checked, assessed and numbered, or refused with reasons',
        params: caseIdParamsSchema,
        response: { 200: submitResponseSchema },
      },
    },
    async (request) =>
      deps.flow.submit(authOf(request).user, request.params.caseId, localeOf(request), requestMeta(request)),
  );

  routes.post(
    '/api/v1/cases/:caseId/withdraw',
    {
      config: patients,
      schema: { tags, summary: 'Withdraw before the consultation', params: caseIdParamsSchema },
    },
    async (request, reply) => {
      await deps.flow.withdraw(authOf(request).user, request.params.caseId, requestMeta(request));
      return reply.status(204).send();
    },
  );

  routes.get(
    '/api/v1/cases/:caseId/status',
    {
      config: everyone,
      schema: {
        tags,
        summary: 'Where the case is, its timeline and who acts next',
        params: caseIdParamsSchema,
        response: { 200: caseStatusViewSchema },
      },
    },
    async (request) =>
      deps.flow.status(authOf(request).user, request.params.caseId, localeOf(request), requestMeta(request)),
  );

  routes.get(
    '/api/v1/cases/:caseId/pdf/:form',
    {
      config: everyone,
      schema: {
        tags,
        summary: 'The application, consultation sheet or consent form as a PDF',
        params: caseIdParamsSchema.extend({ form: z.enum(printableForms) }),
      },
      exposeHeadRoute: false,
    },
    async (request, reply) => {
      const { caseId, form } = request.params;
      const printed = await deps.print.render(
        authOf(request).user,
        caseId,
        form,
        localeOf(request),
        requestMeta(request),
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition(printed.fileName))
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(printed.pdf));
    },
  );
}
