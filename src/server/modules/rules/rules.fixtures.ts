import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import { z } from 'zod';
import {
  eligibilityResponseSchema,
  type EligibilityRequestInput,
  type EligibilityResponse,
} from '../../../shared/contracts/eligibility.js';
import { answers, ASOF } from '../../../shared/domain/eligibility.fixtures.js';
import type { TestApp } from '../../testing/test-app.js';

/** Test factory for the rules API tests (not a test file). */

export const ELIGIBILITY_URL = '/api/v1/eligibility/assessments';

/** Hiragana, katakana or kanji: a message that has one is worded in Japanese. */
export const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** The patient who may consult (the SPEC §4 example's facts); each test changes only what it is about. */
export function request(overrides: Partial<EligibilityRequestInput> = {}): EligibilityRequestInput {
  return { asOf: ASOF, ...answers(), ...overrides };
}

export const patientWith = (
  facts: Partial<EligibilityRequestInput['patient']>,
): EligibilityRequestInput['patient'] => ({ ...request().patient, ...facts });

/** R-DOC-01 / R-FLOW-05: on every checklist, whatever the outcome. */
export const ALWAYS_REQUIRED = [
  'APPLICATION_FORM',
  'CONSULTATION_SHEET',
  'REFERRAL_LETTER',
  'CLINICAL_DATA',
  'PATIENT_IDENTITY_DOCUMENT',
] as const;

/** POSTs an assessment and checks the answer against the contract (200, JSON, schema). */
export async function assess(
  t: TestApp,
  body: EligibilityRequestInput,
  headers: Record<string, string> = {},
): Promise<EligibilityResponse> {
  const response = await t.app.inject({ method: 'POST', url: ELIGIBILITY_URL, payload: body, headers });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toContain('application/json');
  return eligibilityResponseSchema.parse(response.json<unknown>());
}

export const codesOf = (answer: EligibilityResponse) => answer.reasons.map((reason) => reason.code);
export const documentsOf = (answer: EligibilityResponse) => answer.requiredDocuments.map((d) => d.code);

export const problemSchema = z.object({
  type: z.string().startsWith('urn:consilium:problem:'),
  title: z.string().min(1),
  status: z.number().int(),
  instance: z.string().min(1),
  detail: z.string().optional(),
  errors: z
    .array(z.object({ field: z.string().min(1), code: z.string().min(1), message: z.string().min(1) }))
    .optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/** Injects a request that must fail: problem+json with `status`, never a 500. */
export async function problemOf(t: TestApp, options: InjectOptions, status = 400): Promise<Problem> {
  const response = await t.app.inject(options);
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  const problem = problemSchema.parse(response.json<unknown>());
  expect(problem.status).toBe(status);
  return problem;
}

export const fieldsOf = (problem: Problem) => (problem.errors ?? []).map((error) => error.field).sort();
