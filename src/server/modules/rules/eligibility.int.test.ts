import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EligibilityRequestInput, ReasonCode } from '../../../shared/contracts/eligibility.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  ALWAYS_REQUIRED,
  assess,
  codesOf,
  documentsOf,
  JAPANESE,
  patientWith,
  request,
} from './rules.fixtures.js';

/** Any text with something in it (messages and titles are checked in eligibility-messages). */
const nonEmpty: unknown = expect.stringMatching(/\S/);
const childApart = { relationship: 'child', livesWithPatient: false } as const;
const spouseTogether = { relationship: 'spouse', livesWithPatient: true } as const;

describe('POST /api/v1/eligibility/assessments: outcomes, reasons and checklist', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('SPEC-4 R-ELIG-09 R-DOC-02 R-DOC-04 the SPEC §4 example request is answered as the contract says', async () => {
    // The example as written: family only with the patient's signed consent, geriatrics, and a
    // condition that is not on geriatrics' list (it belongs to general surgery).
    const answer = await assess(
      t,
      request({
        attendance: 'family_only',
        family: [childApart],
        patientConsent: 'signed',
        condition: 'gastric_cancer_peritoneal_dissemination',
      }),
    );
    expect(answer).toEqual({
      outcome: 'needs_review',
      reasons: [{ code: 'CONDITION_NEEDS_REVIEW', rule: 'R-ELIG-09', message: nonEmpty }],
      requiredDocuments: [
        'APPLICATION_FORM',
        'CONSULTATION_SHEET',
        'REFERRAL_LETTER',
        'CLINICAL_DATA',
        'PATIENT_CONSENT_FORM',
        'PROXY_IDENTITY_DOCUMENTS',
        'RELATIONSHIP_PROOF_FAMILY_REGISTER',
        'MEDICATION_LIST',
        'PATIENT_IDENTITY_DOCUMENT',
      ].map((code) => ({ code, title: nonEmpty })),
    });
  });

  it('R-ELIG-01 R-DOC-01 the patient consulting alone is eligible, with the base checklist', async () => {
    const answer = await assess(t, request({ department: 'general_surgery', condition: 'gastric_cancer' }));
    expect(answer).toEqual({
      outcome: 'eligible',
      reasons: [],
      requiredDocuments: ALWAYS_REQUIRED.map((code) => ({ code, title: nonEmpty })),
    });
  });

  it('R-ELIG-02 R-DOC-02 family only without consent, adult patient → PATIENT_CONSENT_MISSING', async () => {
    const answer = await assess(
      t,
      request({ attendance: 'family_only', family: [childApart, spouseTogether], patientConsent: 'none' }),
    );
    expect(answer.outcome).toBe('ineligible');
    expect(answer.reasons).toEqual([
      { code: 'PATIENT_CONSENT_MISSING', rule: 'R-ELIG-02', message: nonEmpty },
    ]);
    expect(documentsOf(answer)).toEqual(
      expect.arrayContaining([
        'PATIENT_CONSENT_FORM',
        'PROXY_IDENTITY_DOCUMENTS',
        'RELATIONSHIP_PROOF_RESIDENT_RECORD',
        'RELATIONSHIP_PROOF_FAMILY_REGISTER',
      ]),
    );
  });

  it('R-ELIG-02 a note that the patient cannot sign replaces the signature', async () => {
    const answer = await assess(
      t,
      request({ attendance: 'family_only', family: [childApart], patientConsent: 'unable_to_sign_noted' }),
    );
    expect(answer.outcome).toBe('eligible');
    expect(documentsOf(answer)).toContain('PATIENT_CONSENT_FORM');
  });

  it('R-ELIG-02 R-DOC-03 a 16-year-old needs no consent; an insurance card proves the relationship', async () => {
    const answer = await assess(
      t,
      request({
        patient: patientWith({ birthDate: '2010-06-01' }),
        attendance: 'family_only',
        family: [{ relationship: 'parent', livesWithPatient: true }],
        patientConsent: 'none',
      }),
    );
    expect(answer.outcome).toBe('eligible');
    expect(answer.reasons).toEqual([]);
    expect(documentsOf(answer)).toContain('RELATIONSHIP_PROOF_INSURANCE_CARD');
    expect(documentsOf(answer)).toContain('PROXY_IDENTITY_DOCUMENTS');
    expect(documentsOf(answer)).not.toContain('PATIENT_CONSENT_FORM');
    expect(documentsOf(answer)).not.toContain('RELATIONSHIP_PROOF_RESIDENT_RECORD');
  });

  it('R-DOC-04 geriatrics always asks for the medication list', async () => {
    const answer = await assess(t, request({ department: 'geriatrics', condition: 'dementia' }));
    expect(answer.outcome).toBe('eligible');
    expect(answer.requiredDocuments).toContainEqual({ code: 'MEDICATION_LIST', title: nonEmpty });
    const surgery = await assess(t, request({ department: 'general_surgery' }));
    expect(documentsOf(surgery)).not.toContain('MEDICATION_LIST');
  });

  it('R-DOC-05 general surgery + gastric cancer with peritoneal dissemination → the department annex', async () => {
    for (const condition of ['gastric_cancer_peritoneal_dissemination', '腹膜播種を伴う胃癌']) {
      const answer = await assess(t, request({ department: 'general_surgery', condition }));
      expect(answer.outcome).toBe('eligible');
      expect(answer.requiredDocuments).toContainEqual({ code: 'DEPARTMENT_REFERRAL_ANNEX', title: nonEmpty });
    }
    const other = await assess(t, request({ department: 'general_surgery', condition: 'gastric_cancer' }));
    expect(documentsOf(other)).not.toContain('DEPARTMENT_REFERRAL_ANNEX');
  });

  it('R-ELIG-09 a department the profile does not have → NO_SPECIALIST_AVAILABLE, ineligible', async () => {
    const answer = await assess(t, request({ department: 'astrology', condition: 'anything' }));
    expect(answer.outcome).toBe('ineligible');
    expect(answer.reasons).toEqual([
      { code: 'NO_SPECIALIST_AVAILABLE', rule: 'R-ELIG-09', message: nonEmpty },
    ]);
    expect(documentsOf(answer)).toEqual([...ALWAYS_REQUIRED]);
  });

  it('R-ELIG-09 a free-text condition not on the list → needs_review with CONDITION_NEEDS_REVIEW', async () => {
    const answer = await assess(t, request({ department: 'general_surgery', condition: '原因不明の腹痛' }));
    expect(answer.outcome).toBe('needs_review');
    expect(answer.reasons).toEqual([
      { code: 'CONDITION_NEEDS_REVIEW', rule: 'R-ELIG-09', message: nonEmpty },
    ]);
  });

  const single: { rule: string; code: ReasonCode; overrides: Partial<EligibilityRequestInput> }[] = [
    {
      rule: 'R-ELIG-01',
      code: 'REQUESTER_NOT_ELIGIBLE',
      overrides: {
        attendance: 'patient_with_family',
        family: [{ relationship: 'other', livesWithPatient: true }],
      },
    },
    { rule: 'R-ELIG-03', code: 'PATIENT_DECEASED', overrides: { patient: patientWith({ deceased: true }) } },
    {
      rule: 'R-ELIG-04',
      code: 'WANTS_EXAMINATION_OR_TREATMENT',
      overrides: { purposes: ['treatment_opinion', 'wants_examination_or_treatment'] },
    },
    {
      rule: 'R-ELIG-04',
      code: 'WANTS_TRANSFER',
      overrides: { purposes: ['diagnosis_opinion', 'wants_transfer'] },
    },
    {
      rule: 'R-ELIG-05',
      code: 'COMPLAINT_OR_LITIGATION',
      overrides: { purposes: ['diagnosis_opinion', 'malpractice_or_litigation'] },
    },
    {
      rule: 'R-ELIG-06',
      code: 'MEDICAL_COST_QUESTION',
      overrides: { purposes: ['prognosis_opinion', 'medical_cost_question'] },
    },
    { rule: 'R-ELIG-07', code: 'NO_PRIMARY_PHYSICIAN_CONSENT', overrides: { primaryPhysicianAgrees: false } },
    { rule: 'R-ELIG-08', code: 'MATERIALS_UNAVAILABLE', overrides: { canProvideMaterials: false } },
    {
      rule: 'R-ELIG-10',
      code: 'FOREIGN_RESIDENT_WITHOUT_JAPANESE_INSURANCE',
      overrides: {
        patient: patientWith({
          livesInJapan: false,
          japaneseNational: false,
          hasJapaneseHealthInsurance: false,
        }),
      },
    },
    { rule: 'R-ELIG-11', code: 'OUTSIDE_JAPAN', overrides: { consultFromJapan: false } },
    { rule: 'R-SVC-02', code: 'NO_OPINION_REQUESTED', overrides: { purposes: [] } },
  ];
  it.each(single)(
    '$rule one refusing fact → ineligible with $code only',
    async ({ rule, code, overrides }) => {
      const answer = await assess(t, request(overrides));
      expect(answer.outcome).toBe('ineligible');
      expect(answer.reasons).toEqual([{ code, rule, message: nonEmpty }]);
    },
  );

  it('R-ELIG-03 R-ELIG-04 R-ELIG-05 R-ELIG-06 R-ELIG-07 R-ELIG-08 R-ELIG-10 R-ELIG-11 several refusals are all returned, and needs_review never wins over a refusal', async () => {
    const answer = await assess(
      t,
      request({
        patient: patientWith({
          deceased: true,
          livesInJapan: false,
          japaneseNational: false,
          hasJapaneseHealthInsurance: false,
        }),
        purposes: [
          'diagnosis_opinion',
          'wants_transfer',
          'complaint_about_physician',
          'medical_cost_question',
        ],
        primaryPhysicianAgrees: false,
        canProvideMaterials: false,
        condition: 'a disease not on the list',
        consultFromJapan: false,
      }),
    );
    expect(answer.outcome).toBe('ineligible');
    expect(answer.reasons.map(({ code, rule }) => [code, rule])).toEqual([
      ['PATIENT_DECEASED', 'R-ELIG-03'],
      ['WANTS_TRANSFER', 'R-ELIG-04'],
      ['COMPLAINT_OR_LITIGATION', 'R-ELIG-05'],
      ['MEDICAL_COST_QUESTION', 'R-ELIG-06'],
      ['NO_PRIMARY_PHYSICIAN_CONSENT', 'R-ELIG-07'],
      ['MATERIALS_UNAVAILABLE', 'R-ELIG-08'],
      ['CONDITION_NEEDS_REVIEW', 'R-ELIG-09'],
      ['FOREIGN_RESIDENT_WITHOUT_JAPANESE_INSURANCE', 'R-ELIG-10'],
      ['OUTSIDE_JAPAN', 'R-ELIG-11'],
    ]);
    for (const reason of answer.reasons) expect(reason.message).toMatch(JAPANESE);
  });

  it('R-DOC-01 requiredDocuments is returned for every outcome', async () => {
    const cases: [EligibilityRequestInput, string][] = [
      [request(), 'eligible'],
      [request({ condition: 'free text' }), 'needs_review'],
      [request({ patient: patientWith({ deceased: true }) }), 'ineligible'],
      [request({ department: 'no_such_department' }), 'ineligible'],
    ];
    for (const [body, outcome] of cases) {
      const answer = await assess(t, body);
      expect(answer.outcome).toBe(outcome);
      expect(documentsOf(answer)).toEqual(expect.arrayContaining([...ALWAYS_REQUIRED]));
      for (const document of answer.requiredDocuments) expect(document.title).toMatch(/\S/);
    }
  });

  describe('R-ELIG-02 asOf omitted → today in JST from the app clock', () => {
    // Turns 18 on 2026-12-01: at 2026-11-30T15:30Z it is already that day in JST (00:30).
    const familyOnlyWithoutConsent = request({
      asOf: undefined,
      patient: patientWith({ birthDate: '2008-12-01' }),
      attendance: 'family_only',
      family: [childApart],
      patientConsent: 'none',
    });

    it('R-ELIG-02 at 2026-11-30T15:30:00Z (2026-12-01 in JST) the patient is 18 → consent missing', async () => {
      t.clock.set('2026-11-30T15:30:00Z');
      try {
        const answer = await assess(t, familyOnlyWithoutConsent);
        expect(codesOf(answer)).toEqual(['PATIENT_CONSENT_MISSING']);
        expect(documentsOf(answer)).toContain('PATIENT_CONSENT_FORM');
        expect(documentsOf(answer)).not.toContain('RELATIONSHIP_PROOF_INSURANCE_CARD');
      } finally {
        t.clock.set('2026-12-01T01:00:00Z');
      }
    });

    it('R-ELIG-02 R-DOC-03 at 2026-11-30T14:59:00Z (23:59 in JST) the patient is still 17 → no consent needed', async () => {
      t.clock.set('2026-11-30T14:59:00Z');
      try {
        const answer = await assess(t, familyOnlyWithoutConsent);
        expect(answer.outcome).toBe('eligible');
        expect(codesOf(answer)).toEqual([]);
        expect(documentsOf(answer)).toContain('RELATIONSHIP_PROOF_INSURANCE_CARD');
        expect(documentsOf(answer)).not.toContain('PATIENT_CONSENT_FORM');
      } finally {
        t.clock.set('2026-12-01T01:00:00Z');
      }
    });
  });
});
