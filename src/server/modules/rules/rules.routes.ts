import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  eligibilityRequestSchema,
  eligibilityResponseSchema,
} from '../../../shared/contracts/eligibility.js';
import { feeQuoteQuerySchema, feeQuoteSchema } from '../../../shared/contracts/fees.js';
import type { RulesService } from './rules.service.js';

export function rulesRoutes(app: FastifyInstance, deps: { rules: RulesService }): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    '/api/v1/eligibility/assessments',
    {
      // Public and computed on every call: a tighter ceiling than the global one.
      config: { access: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: 'Eligibility pre-check: outcome, every applicable reason and the document checklist',
        security: [],
        body: eligibilityRequestSchema,
        response: { 200: eligibilityResponseSchema },
      },
    },
    (request) => deps.rules.assess(request.body, request.locale),
  );

  routes.get(
    '/api/v1/fees/quote',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'The fee for an actual consultation length (R-FEE-02/03)',
        security: [],
        querystring: feeQuoteQuerySchema,
        response: { 200: feeQuoteSchema },
      },
    },
    (request) => deps.rules.quote(request.query.seconds),
  );
}
