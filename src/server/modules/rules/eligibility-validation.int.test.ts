import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { ELIGIBILITY_URL, fieldsOf, JAPANESE, patientWith, problemOf, request } from './rules.fixtures.js';

const json = { 'content-type': 'application/json' };
const valid = request();
const { patient: _patient, ...withoutPatient } = valid;
/** The valid request as raw JSON with `extra` spliced in first, for keys JSON.stringify cannot write. */
const rawWith = (extra: string) => `{${extra},${JSON.stringify(valid).slice(1)}`;
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

type HostileCase = { name: string; options: Omit<InjectOptions, 'method' | 'url'>; fields: string[] };

/** SPEC §4 "Malformed input → 400 problem+json naming each bad field; never 500". */
const hostile: HostileCase[] = [
  {
    name: 'family attendance with no family member listed',
    options: { payload: JSON.stringify({ ...valid, attendance: 'family_only', family: [] }), headers: json },
    fields: ['family'],
  },
  { name: 'a body that is not JSON', options: { payload: '{"patient": ', headers: json }, fields: ['body'] },
  { name: 'a JSON array', options: { payload: '[]', headers: json }, fields: ['body'] },
  { name: 'a JSON string', options: { payload: '"eligible please"', headers: json }, fields: ['body'] },
  { name: 'JSON null', options: { payload: 'null', headers: json }, fields: ['body'] },
  { name: 'an empty body sent as JSON', options: { headers: json }, fields: ['body'] },
  { name: 'no body at all', options: {}, fields: ['body'] },
  {
    name: 'the request sent as text/plain',
    options: { payload: JSON.stringify(valid), headers: { 'content-type': 'text/plain' } },
    fields: ['body'],
  },
  {
    name: 'an empty object',
    options: { payload: {} },
    fields: [
      'attendance',
      'canProvideMaterials',
      'consultFromJapan',
      'department',
      'patient',
      'primaryPhysicianAgrees',
      'purposes',
    ],
  },
  {
    name: 'wrong types everywhere',
    options: {
      payload: {
        ...valid,
        patient: { ...valid.patient, birthDate: 19500401, deceased: 'no' },
        attendance: 'everyone',
        family: {},
        purposes: 'diagnosis_opinion',
        primaryPhysicianAgrees: 'yes',
        department: 42,
        consultFromJapan: null,
      },
    },
    fields: [
      'attendance',
      'consultFromJapan',
      'department',
      'family',
      'patient.birthDate',
      'patient.deceased',
      'primaryPhysicianAgrees',
      'purposes',
    ],
  },
  {
    name: 'values outside the lists',
    options: {
      payload: {
        ...valid,
        attendance: 'family_only',
        family: [{ relationship: 'friend', livesWithPatient: true }, { relationship: 'child' }],
        patientConsent: 'verbal',
        purposes: ['diagnosis_opinion', 'second_opinion'],
      },
    },
    fields: ['family.0.relationship', 'family.1.livesWithPatient', 'patientConsent', 'purposes.1'],
  },
  {
    name: 'unknown fields, at the top and nested',
    options: {
      payload: {
        ...valid,
        isAdmin: true,
        patient: { ...valid.patient, ssn: '123' },
        family: [{ relationship: 'child', livesWithPatient: true, name: 'x' }],
      },
    },
    fields: ['family.0.name', 'isAdmin', 'patient.ssn'],
  },
  {
    name: 'enormous strings',
    options: { payload: { ...valid, department: 'x'.repeat(100_000), condition: '癌'.repeat(200_000) } },
    fields: ['condition', 'department'],
  },
  {
    name: 'a blank department',
    options: { payload: { ...valid, department: '   ' } },
    fields: ['department'],
  },
  {
    name: 'deeply nested junk in a field and in an unknown key',
    options: {
      payload: `{"patient":${deepArray(20_000)},"junk":${deepObject(20_000)},${JSON.stringify(withoutPatient).slice(1)}`,
      headers: json,
    },
    fields: ['junk', 'patient'],
  },
  {
    name: 'a __proto__ key (prototype pollution)',
    options: { payload: rawWith('"__proto__":{"polluted":true}'), headers: json },
    fields: ['body'],
  },
  {
    name: 'a constructor.prototype key (prototype pollution)',
    options: { payload: rawWith('"constructor":{"prototype":{"polluted":true}}'), headers: json },
    fields: ['body'],
  },
  {
    name: 'a plain constructor key',
    options: { payload: rawWith('"constructor":{"name":"Object"}'), headers: json },
    fields: ['constructor'],
  },
  {
    name: 'dates that do not exist (2025-02-29, 2026-13-01)',
    options: { payload: { ...valid, asOf: '2026-13-01', patient: patientWith({ birthDate: '2025-02-29' }) } },
    fields: ['asOf', 'patient.birthDate'],
  },
  {
    name: 'dates in another format',
    options: { payload: { ...valid, asOf: '2026/12/01', patient: patientWith({ birthDate: '1.4.1950' }) } },
    fields: ['asOf', 'patient.birthDate'],
  },
  {
    name: 'a birth date after asOf',
    options: { payload: { ...valid, asOf: '2026-12-01', patient: patientWith({ birthDate: '2026-12-02' }) } },
    fields: ['patient.birthDate'],
  },
  {
    name: 'a birth date in the future without asOf (today in JST is 2026-12-01)',
    options: { payload: { ...valid, asOf: undefined, patient: patientWith({ birthDate: '2026-12-02' }) } },
    fields: ['patient.birthDate'],
  },
  {
    name: 'too many family members',
    options: {
      payload: {
        ...valid,
        attendance: 'family_only',
        family: Array.from({ length: 21 }, () => ({ relationship: 'child', livesWithPatient: true })),
      },
    },
    fields: ['family'],
  },
  {
    name: 'a purpose list longer than the purposes there are',
    options: { payload: { ...valid, purposes: Array.from({ length: 9 }, () => 'diagnosis_opinion') } },
    fields: ['purposes'],
  },
];

describe('POST /api/v1/eligibility/assessments: hostile and malformed input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const send = (options: HostileCase['options'], language?: string) =>
    problemOf(t, {
      method: 'POST',
      url: ELIGIBILITY_URL,
      ...options,
      headers: { ...options.headers, ...(language ? { 'accept-language': language } : {}) },
    });

  it.each(hostile)('SPEC-4 $name → 400 naming $fields, in Japanese', async ({ options, fields }) => {
    const problem = await send(options);
    expect(problem.type).toBe('urn:consilium:problem:validation');
    expect(fieldsOf(problem)).toEqual(fields);
    expect(problem.title).toMatch(JAPANESE);
    for (const error of problem.errors ?? []) expect(error.message).toMatch(JAPANESE);
  });

  it.each(hostile)('SPEC-4 $name → 400 in English with Accept-Language: en', async ({ options, fields }) => {
    const problem = await send(options, 'en');
    expect(fieldsOf(problem)).toEqual(fields);
    expect(problem.title).toBe('Some of the information is not valid');
    for (const error of problem.errors ?? []) expect(error.message).not.toMatch(JAPANESE);
  });

  it('SPEC-4 prototype-pollution keys leave Object.prototype untouched', async () => {
    await send({ payload: rawWith('"__proto__":{"polluted":true}'), headers: json });
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('SPEC-4 R-ELIG-02 dates and birth dates are explained, not only flagged', async () => {
    const dates = await send({ payload: { ...valid, asOf: '2025-02-29' } }, 'en');
    expect(dates.errors).toEqual([
      { field: 'asOf', code: 'invalid', message: 'Enter a real date as YYYY-MM-DD' },
    ]);
    const future = await send(
      { payload: { ...valid, patient: patientWith({ birthDate: '2027-01-01' }) } },
      'en',
    );
    expect(future.errors?.[0]?.message).toContain('birth date is after the assessment date');
    const child = { relationship: 'child', livesWithPatient: true };
    const family = await send(
      { payload: { ...valid, family: Array.from({ length: 21 }, () => child) } },
      'en',
    );
    expect(family.errors?.[0]?.message).toBe('Give at most 20');
  });

  it('SPEC-4 a body of another media type or over the size limit is refused as a problem, never a 500', async () => {
    const form = await problemOf(
      t,
      {
        method: 'POST',
        url: ELIGIBILITY_URL,
        payload: 'attendance=patient',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
      415,
    );
    expect(form.title).toMatch(JAPANESE);
    await problemOf(
      t,
      { method: 'POST', url: ELIGIBILITY_URL, payload: { ...valid, condition: 'x'.repeat(2_000_000) } },
      413,
    );
  });
});
