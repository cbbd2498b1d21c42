import { describe, expect, it } from 'vitest';
import type { DepartmentView } from '../../../shared/contracts/departments.js';
import { emptyDraft, otherCondition, type PrecheckDraft } from './draft.js';
import { applicableSteps, stepProblem, toRequest, type StepContext } from './steps.js';

const geriatrics: DepartmentView = {
  code: 'geriatrics',
  name: { ja: '老年病科', en: 'Geriatric Medicine' },
  consultationWeekdays: [1, 3],
  conditions: [{ code: 'dementia', name: { ja: '認知症', en: 'Dementia' } }],
  documentRequirements: [],
};
const context: StepContext = { today: '2026-12-01', consentExemptUnderAge: 18, departments: [geriatrics] };

/** A patient attending alone, every question answered. */
function answered(overrides: Partial<PrecheckDraft> = {}): PrecheckDraft {
  return {
    ...emptyDraft(),
    screen: 'fromJapan',
    attendance: 'patient',
    birth: { year: 1950, month: 4, day: 1 },
    livesInJapan: true,
    japaneseNational: true,
    hasJapaneseHealthInsurance: true,
    primaryPhysicianAgrees: true,
    canProvideMaterials: true,
    purposes: ['diagnosis_opinion'],
    department: 'geriatrics',
    conditionChoice: 'dementia',
    consultFromJapan: true,
    ...overrides,
  };
}

describe('which questions are asked', () => {
  it('asks a patient attending alone nothing about family, death or consent', () => {
    expect(applicableSteps(answered(), context)).toEqual([
      'attendance',
      'birthDate',
      'livesInJapan',
      'nationality',
      'insurance',
      'physician',
      'materials',
      'purposes',
      'department',
      'condition',
      'fromJapan',
    ]);
  });

  it('R-ELIG-02: asks family alone for the consent form only from the 18th birthday on', () => {
    const familyOnly = (birth: PrecheckDraft['birth']) =>
      applicableSteps(answered({ attendance: 'family_only', birth }), context);
    expect(familyOnly({ year: 2008, month: 12, day: 2 })).not.toContain('consent');
    expect(familyOnly({ year: 2008, month: 12, day: 1 })).toContain('consent');
    expect(familyOnly({})).toContain('consent');
  });

  it('stops after "the patient has died"', () => {
    const steps = applicableSteps(answered({ attendance: 'family_only', deceased: true }), context);
    expect(steps.at(-1)).toBe('deceased');
  });
});

describe('the request sent to the API', () => {
  it('fills the skipped questions with what made them not apply, and drops kept family answers', () => {
    const draft = answered({
      family: [{ relationship: 'child', livesWithPatient: true }],
      patientConsent: 'signed',
    });
    expect(toRequest(draft, context)).toMatchObject({
      patient: { birthDate: '1950-04-01', deceased: false },
      attendance: 'patient',
      family: [],
      patientConsent: 'none',
      condition: 'dementia',
    });
  });

  it('sends typed words for a disease that is not listed, and waits for them', () => {
    expect(
      toRequest(answered({ conditionChoice: otherCondition, conditionText: '  ' }), context),
    ).toBeUndefined();
    expect(
      toRequest(answered({ conditionChoice: otherCondition, conditionText: ' 多発性骨髄腫 ' }), context)
        ?.condition,
    ).toBe('多発性骨髄腫');
  });

  it('is not ready while an applicable question is unanswered', () => {
    expect(toRequest(answered({ attendance: 'family_only' }), context)).toBeUndefined();
    expect(toRequest(answered({ purposes: [] }), context)).toBeUndefined();
  });

  it('refuses a date that is not on the calendar or lies ahead', () => {
    expect(stepProblem('birthDate', answered({ birth: { year: 1950, month: 2, day: 30 } }), context)).toBe(
      'precheck.errors.birthDateInvalid',
    );
    expect(stepProblem('birthDate', answered({ birth: { year: 2026, month: 12, day: 2 } }), context)).toBe(
      'precheck.errors.birthDateFuture',
    );
  });

  it('does not take a condition code of a department chosen before', () => {
    expect(stepProblem('condition', answered({ conditionChoice: 'gastric_cancer' }), context)).toBe(
      'precheck.errors.choose',
    );
  });
});
