import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { departmentListSchema } from '../../../shared/contracts/departments.js';
import { eligibilityOutcomes, reasonCodes } from '../../../shared/contracts/eligibility.js';
import { documentCodes } from '../../../shared/contracts/profile.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

/** Just enough of an OpenAPI 3.1 document to read what the three public rules operations declare. */
const objectSchema = z.looseObject({
  type: z.literal('object'),
  properties: z.record(z.string(), z.looseObject({})),
  required: z.array(z.string()),
});
const jsonContent = z.object({ 'application/json': z.object({ schema: objectSchema }) });
const operationSchema = z.looseObject({
  summary: z.string().min(1),
  tags: z.array(z.string()),
  parameters: z
    .array(z.looseObject({ in: z.string(), name: z.string(), required: z.boolean().optional() }))
    .optional(),
  requestBody: z.looseObject({ content: jsonContent }).optional(),
  responses: z.looseObject({ 200: z.looseObject({ content: jsonContent }) }),
});
const openApiSchema = z.looseObject({
  openapi: z.string(),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});

describe('public rules API: departments and OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('SPEC-4 R-DOC-04 R-DOC-05 GET /api/v1/departments lists general_surgery and geriatrics with their rules', async () => {
    const response = await t.app.inject('/api/v1/departments');
    expect(response.statusCode).toBe(200);
    const { departments } = departmentListSchema.parse(response.json<unknown>());
    const byCode = new Map(departments.map((department) => [department.code, department]));
    const surgery = byCode.get('general_surgery');
    expect(surgery?.name.ja).toBe('一般外科');
    expect(surgery?.conditions.map((condition) => condition.code)).toContain(
      'gastric_cancer_peritoneal_dissemination',
    );
    expect(surgery?.documentRequirements).toEqual([
      expect.objectContaining({
        document: 'DEPARTMENT_REFERRAL_ANNEX',
        conditionCode: 'gastric_cancer_peritoneal_dissemination',
      }),
    ]);
    expect(byCode.get('geriatrics')).toMatchObject({
      name: { ja: '老年病科' },
      documentRequirements: [expect.objectContaining({ document: 'MEDICATION_LIST', conditionCode: null })],
    });
  });

  it('SPEC-4 the three operations appear in /api/docs/json with their request and response schemas', async () => {
    const response = await t.app.inject('/api/docs/json');
    expect(response.statusCode).toBe(200);
    const doc = openApiSchema.parse(response.json<unknown>());
    const operation = (path: string, method: string) => operationSchema.parse(doc.paths[path]?.[method]);

    const assess = operation('/api/v1/eligibility/assessments', 'post');
    expect(assess.tags).toContain('public');
    const requestBody = assess.requestBody?.content['application/json'].schema;
    expect(Object.keys(requestBody?.properties ?? {}).sort()).toEqual(
      [
        'asOf',
        'attendance',
        'canProvideMaterials',
        'condition',
        'consultFromJapan',
        'department',
        'family',
        'patient',
        'patientConsent',
        'primaryPhysicianAgrees',
        'purposes',
      ].sort(),
    );
    expect(requestBody?.required).toEqual(
      expect.arrayContaining(['patient', 'attendance', 'purposes', 'department', 'consultFromJapan']),
    );
    expect(requestBody?.required).not.toContain('asOf');
    expect(requestBody).toMatchObject({ additionalProperties: false });
    const assessed = assess.responses[200].content['application/json'].schema;
    expect(assessed.required.sort()).toEqual(['outcome', 'reasons', 'requiredDocuments']);
    expect(assessed.properties).toMatchObject({
      outcome: { enum: [...eligibilityOutcomes] },
      reasons: { items: { properties: { code: { enum: [...reasonCodes] } } } },
      requiredDocuments: { items: { properties: { code: { enum: [...documentCodes] } } } },
    });

    const quote = operation('/api/v1/fees/quote', 'get');
    expect(quote.parameters).toContainEqual(
      expect.objectContaining({ in: 'query', name: 'seconds', required: true }),
    );
    const quoted = quote.responses[200].content['application/json'].schema;
    expect(quoted.required.sort()).toEqual([
      'amountYen',
      'consumptionTaxYen',
      'overLimit',
      'seconds',
      'tier',
    ]);
    expect(quoted.properties).toMatchObject({ tier: { enum: ['none', 'up_to_30', 'up_to_60'] } });

    const list = operation('/api/v1/departments', 'get');
    expect(list.responses[200].content['application/json'].schema.properties).toHaveProperty('departments');
  });
});
