import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { userRoles } from '../../../shared/contracts/auth.js';
import {
  caseDetailSchema,
  caseIdParamsSchema,
  caseListSchema,
  saveDraftRequestSchema,
  saveDraftResponseSchema,
} from '../../../shared/contracts/cases.js';
import { authOf, requestMeta } from '../../plugins/auth.js';
import type { CaseService } from './case.service.js';

const patients = { access: { roles: ['patient'] as const } };
const everyone = { access: { roles: userRoles } };

/** A patient's applications (cases) and their drafts. */
export function caseRoutes(app: FastifyInstance, deps: { cases: CaseService }): void {
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
}
