import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { demoHospital } from '../../server/db/seed/demo-hospital.js';
import { attendances, patientConsents, purposes, type EligibilityAnswers } from '../contracts/eligibility.js';
import { assessEligibility, isRefusal } from './eligibility.js';
import { ASOF } from './eligibility.fixtures.js';
import { relationships } from './kinship.js';

const codesOf = (a: EligibilityAnswers, asOf = ASOF, profile = demoHospital) =>
  assessEligibility(a, profile, asOf).reasons.map((r) => r.code);

const dateArb = fc
  .date({ min: new Date('1920-01-01'), max: new Date('2026-12-01'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const answersArb: fc.Arbitrary<EligibilityAnswers> = fc.record({
  patient: fc.record({
    birthDate: dateArb,
    deceased: fc.boolean(),
    livesInJapan: fc.boolean(),
    japaneseNational: fc.boolean(),
    hasJapaneseHealthInsurance: fc.boolean(),
  }),
  attendance: fc.constantFrom(...attendances),
  family: fc.array(
    fc.record({ relationship: fc.constantFrom(...relationships), livesWithPatient: fc.boolean() }),
    {
      maxLength: 3,
    },
  ),
  patientConsent: fc.constantFrom(...patientConsents),
  primaryPhysicianAgrees: fc.boolean(),
  canProvideMaterials: fc.boolean(),
  purposes: fc.subarray([...purposes]),
  department: fc.constantFrom('geriatrics', 'general_surgery', 'dermatology'),
  condition: fc.option(fc.constantFrom('dementia', 'gastric_cancer', 'something else'), { nil: undefined }),
  consultFromJapan: fc.boolean(),
});

/** Facts that can only make things worse. */
const worsenings: ((a: EligibilityAnswers) => EligibilityAnswers)[] = [
  (a) => ({ ...a, patient: { ...a.patient, deceased: true } }),
  (a) => ({
    ...a,
    patient: {
      ...a.patient,
      livesInJapan: false,
      japaneseNational: false,
      hasJapaneseHealthInsurance: false,
    },
  }),
  (a) => ({ ...a, purposes: [...a.purposes, 'wants_transfer'] }),
  (a) => ({ ...a, purposes: [...a.purposes, 'medical_cost_question'] }),
  (a) => ({ ...a, family: [...a.family, { relationship: 'other', livesWithPatient: false }] }),
  (a) => ({ ...a, primaryPhysicianAgrees: false }),
  (a) => ({ ...a, canProvideMaterials: false }),
  (a) => ({ ...a, consultFromJapan: false }),
  (a) => ({ ...a, department: 'dermatology' }),
];

describe('eligibility properties', () => {
  it('R-ELIG-01 R-ELIG-11 a refusal reason never disappears when more refusing facts are added', () => {
    fc.assert(
      fc.property(answersArb, fc.subarray(worsenings, { minLength: 1 }), (a, worsen) => {
        const before = codesOf(a).filter(isRefusal);
        const worse = worsen.reduce((acc, f) => f(acc), a);
        const after = assessEligibility(worse, demoHospital, ASOF);
        expect(after.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(before));
        if (before.length > 0) expect(after.outcome).toBe('ineligible');
      }),
    );
  });
  it('R-ELIG-09 ineligible exactly when a refusal applies; needs_review only with review reasons', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const { outcome, reasons } = assessEligibility(a, demoHospital, ASOF);
        const refusals = reasons.filter((r) => isRefusal(r.code));
        const expected =
          refusals.length > 0 ? 'ineligible' : reasons.length > 0 ? 'needs_review' : 'eligible';
        expect(outcome).toBe(expected);
        expect(new Set(reasons.map((r) => r.code)).size).toBe(reasons.length);
      }),
    );
  });
});
