import { describe, expect, it } from 'vitest';
import { eligibilityRequestSchema, eligibilityResponseSchema } from './eligibility.js';

const valid = {
  asOf: '2026-12-01',
  patient: {
    birthDate: '1950-04-01',
    deceased: false,
    livesInJapan: true,
    japaneseNational: true,
    hasJapaneseHealthInsurance: true,
  },
  attendance: 'family_only',
  family: [{ relationship: 'child', livesWithPatient: false }],
  patientConsent: 'signed',
  primaryPhysicianAgrees: true,
  canProvideMaterials: true,
  purposes: ['diagnosis_opinion'],
  department: 'geriatrics',
  condition: 'gastric_cancer_peritoneal_dissemination',
  consultFromJapan: true,
};
const paths = (input: unknown) => {
  const result = eligibilityRequestSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('eligibility request contract', () => {
  it('R-ELIG-01 accepts the SPEC §4 example', () => {
    expect(eligibilityRequestSchema.parse(valid)).toEqual(valid);
  });
  it('R-ELIG-01 asOf, family, condition and patientConsent may be omitted', () => {
    const { asOf: _a, family: _f, condition: _c, patientConsent: _p, ...rest } = valid;
    const parsed = eligibilityRequestSchema.parse({ ...rest, attendance: 'patient' });
    expect(parsed.family).toEqual([]);
    expect(parsed.patientConsent).toBe('none');
    expect(parsed.asOf).toBeUndefined();
  });
  it('R-ELIG-02 refuses dates that are not real, naming the field', () => {
    expect(paths({ ...valid, asOf: '2025-02-29' })).toEqual(['asOf']);
    expect(paths({ ...valid, patient: { ...valid.patient, birthDate: '1950-04-31' } })).toEqual([
      'patient.birthDate',
    ]);
    expect(paths({ ...valid, asOf: '2024-02-29' })).toEqual([]);
  });
  it('R-ELIG-02 refuses a birth date after asOf', () => {
    expect(paths({ ...valid, patient: { ...valid.patient, birthDate: '2026-12-02' } })).toEqual([
      'patient.birthDate',
    ]);
  });
  it('R-ELIG-01 reports unknown fields and values outside the enums', () => {
    expect(paths({ ...valid, extra: 1 })).toEqual(['']);
    expect(paths({ ...valid, patient: { ...valid.patient, age: 70 } })).toEqual(['patient']);
    expect(paths({ ...valid, family: [{ relationship: 'friend', livesWithPatient: true }] })).toEqual([
      'family.0.relationship',
    ]);
    expect(paths({ ...valid, purposes: ['second_opinion'] })).toEqual(['purposes.0']);
    expect(paths({ ...valid, attendance: 'proxy' })).toEqual(['attendance']);
  });
  it('R-ELIG-09 refuses an empty department', () => {
    expect(paths({ ...valid, department: '  ' })).toEqual(['department']);
  });
});

describe('eligibility response contract', () => {
  it('R-ELIG-03 accepts a response with reasons and documents', () => {
    const response = {
      outcome: 'ineligible',
      reasons: [{ code: 'PATIENT_DECEASED', rule: 'R-ELIG-03', message: '…' }],
      requiredDocuments: [{ code: 'REFERRAL_LETTER', title: '…' }],
    };
    expect(eligibilityResponseSchema.parse(response)).toEqual(response);
  });
});
