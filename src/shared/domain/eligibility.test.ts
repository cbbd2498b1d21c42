import { describe, expect, it } from 'vitest';
import { demoHospital } from '../../server/db/seed/demo-hospital.js';
import { reasonCodes, type EligibilityAnswers, type ReasonCode } from '../contracts/eligibility.js';
import { assessEligibility, reasonRules } from './eligibility.js';
import { ASOF, answers, patient } from './eligibility.fixtures.js';

describe('assessEligibility baseline', () => {
  it('R-ELIG-01 the patient consulting alone with a referral is eligible', () => {
    expect(assessEligibility(answers(), demoHospital, ASOF)).toEqual({
      outcome: 'eligible',
      reasons: [],
      requiredDocuments: [
        'APPLICATION_FORM',
        'CONSULTATION_SHEET',
        'REFERRAL_LETTER',
        'CLINICAL_DATA',
        'MEDICATION_LIST',
        'PATIENT_IDENTITY_DOCUMENT',
      ],
    });
  });
  it('R-ELIG-01 every reason code maps to a rule id', () => {
    for (const code of reasonCodes) expect(reasonRules[code]).toMatch(/^R-[A-Z]+-\d{2}$/);
  });
});

const codesOf = (a: EligibilityAnswers, asOf = ASOF, profile = demoHospital) =>
  assessEligibility(a, profile, asOf).reasons.map((r) => r.code);

const child = { relationship: 'child' as const, livesWithPatient: false };
const signedFamily = {
  attendance: 'family_only' as const,
  family: [child],
  patientConsent: 'signed' as const,
};

describe('one refusing fact → one reason (table)', () => {
  const table: [string, EligibilityAnswers, ReasonCode][] = [
    [
      'R-ELIG-01 family of 4th degree (cousin) alone',
      answers({ ...signedFamily, family: [{ relationship: 'cousin', livesWithPatient: true }] }),
      'REQUESTER_NOT_ELIGIBLE',
    ],
    [
      'R-ELIG-01 someone who is not family ("other") with the patient',
      answers({
        attendance: 'patient_with_family',
        family: [{ relationship: 'other', livesWithPatient: false }],
      }),
      'REQUESTER_NOT_ELIGIBLE',
    ],
    [
      'R-ELIG-01 one allowed and one not allowed member',
      answers({ ...signedFamily, family: [child, { relationship: 'other', livesWithPatient: false }] }),
      'REQUESTER_NOT_ELIGIBLE',
    ],
    [
      'R-ELIG-01 family attendance without any family listed',
      answers({ ...signedFamily, family: [] }),
      'REQUESTER_NOT_ELIGIBLE',
    ],
    [
      'R-ELIG-02 family alone without the adult patient’s consent',
      answers({ ...signedFamily, patientConsent: 'none' }),
      'PATIENT_CONSENT_MISSING',
    ],
    ['R-ELIG-03 a deceased patient', answers({ patient: patient({ deceased: true }) }), 'PATIENT_DECEASED'],
    [
      'R-ELIG-04 wanting examination or treatment',
      answers({ purposes: ['diagnosis_opinion', 'wants_examination_or_treatment'] }),
      'WANTS_EXAMINATION_OR_TREATMENT',
    ],
    [
      'R-ELIG-04 wanting a transfer from the outset',
      answers({ purposes: ['treatment_opinion', 'wants_transfer'] }),
      'WANTS_TRANSFER',
    ],
    [
      'R-ELIG-05 dissatisfaction with the primary physician',
      answers({ purposes: ['diagnosis_opinion', 'complaint_about_physician'] }),
      'COMPLAINT_OR_LITIGATION',
    ],
    [
      'R-ELIG-05 malpractice or litigation',
      answers({ purposes: ['diagnosis_opinion', 'malpractice_or_litigation'] }),
      'COMPLAINT_OR_LITIGATION',
    ],
    [
      'R-ELIG-05 complaint and litigation give one reason',
      answers({ purposes: ['diagnosis_opinion', 'complaint_about_physician', 'malpractice_or_litigation'] }),
      'COMPLAINT_OR_LITIGATION',
    ],
    [
      'R-ELIG-06 a question about medical costs',
      answers({ purposes: ['prognosis_opinion', 'medical_cost_question'] }),
      'MEDICAL_COST_QUESTION',
    ],
    [
      'R-ELIG-07 the primary physician does not agree',
      answers({ primaryPhysicianAgrees: false }),
      'NO_PRIMARY_PHYSICIAN_CONSENT',
    ],
    [
      'R-ELIG-08 material cannot be provided',
      answers({ canProvideMaterials: false }),
      'MATERIALS_UNAVAILABLE',
    ],
    [
      'R-ELIG-09 a department the hospital does not have',
      answers({ department: 'dermatology' }),
      'NO_SPECIALIST_AVAILABLE',
    ],
    [
      'R-ELIG-09 an unknown department with a condition: only the refusal',
      answers({ department: 'dermatology', condition: 'atopic dermatitis' }),
      'NO_SPECIALIST_AVAILABLE',
    ],
    [
      'R-ELIG-10 a foreign national abroad without Japanese insurance',
      answers({
        patient: patient({ livesInJapan: false, japaneseNational: false, hasJapaneseHealthInsurance: false }),
      }),
      'FOREIGN_RESIDENT_WITHOUT_JAPANESE_INSURANCE',
    ],
    ['R-ELIG-11 consulting from outside Japan', answers({ consultFromJapan: false }), 'OUTSIDE_JAPAN'],
    ['R-SVC-02 no opinion asked for at all', answers({ purposes: [] }), 'NO_OPINION_REQUESTED'],
  ];
  it.each(table)('%s', (_title, a, code) => {
    const result = assessEligibility(a, demoHospital, ASOF);
    expect(result.reasons).toEqual([{ code, rule: reasonRules[code] }]);
    expect(result.outcome).toBe('ineligible');
  });
});

describe('facts that do not refuse', () => {
  const table: [string, EligibilityAnswers][] = [
    [
      'R-ELIG-01 a spouse alone with signed consent',
      answers({ ...signedFamily, family: [{ relationship: 'spouse', livesWithPatient: true }] }),
    ],
    [
      'R-ELIG-01 a nephew-in-law (3rd degree, in-law) with the patient',
      answers({
        attendance: 'patient_with_family',
        family: [{ relationship: 'nephew_niece_in_law', livesWithPatient: false }],
      }),
    ],
    [
      'R-ELIG-01 family listed with attendance "patient" is ignored',
      answers({ family: [{ relationship: 'other', livesWithPatient: false }] }),
    ],
    [
      'R-ELIG-02 consent replaced by a note that the patient cannot sign',
      answers({ ...signedFamily, patientConsent: 'unable_to_sign_noted' }),
    ],
    [
      'R-ELIG-02 no consent needed when the patient attends with family',
      answers({ attendance: 'patient_with_family', family: [child], patientConsent: 'none' }),
    ],
    [
      'R-ELIG-09 a condition from the department’s list',
      answers({ department: 'general_surgery', condition: 'gastric_cancer' }),
    ],
    [
      'R-ELIG-10 a Japanese national living abroad without insurance (consulting from Japan)',
      answers({ patient: patient({ livesInJapan: false, hasJapaneseHealthInsurance: false }) }),
    ],
    [
      'R-ELIG-10 a foreign national living in Japan without insurance',
      answers({ patient: patient({ japaneseNational: false, hasJapaneseHealthInsurance: false }) }),
    ],
    [
      'R-ELIG-10 a foreign national abroad with Japanese insurance',
      answers({ patient: patient({ livesInJapan: false, japaneseNational: false }) }),
    ],
    [
      'R-SVC-02 several opinion purposes',
      answers({ purposes: ['diagnosis_opinion', 'treatment_opinion', 'prognosis_opinion'] }),
    ],
  ];
  it.each(table)('%s', (_title, a) => {
    expect(assessEligibility(a, demoHospital, ASOF)).toMatchObject({ outcome: 'eligible', reasons: [] });
  });
  it('R-ELIG-01 in-laws are refused when the hospital excludes them', () => {
    const profile = { ...demoHospital, kinship: { maxDegree: 3, includeInLaws: false } };
    const a = answers({
      ...signedFamily,
      family: [{ relationship: 'parent_in_law', livesWithPatient: true }],
    });
    expect(codesOf(a, ASOF, profile)).toEqual(['REQUESTER_NOT_ELIGIBLE']);
  });
});

describe('R-ELIG-02 age on the application date (JST)', () => {
  const familyAlone = (birthDate: string) =>
    answers({ ...signedFamily, patientConsent: 'none', patient: patient({ birthDate }) });
  it.each([
    ['R-ELIG-02 on the 18th birthday the patient is 18: consent needed', '2008-12-01', '2026-12-01', true],
    [
      'R-ELIG-02 the day before the 18th birthday the patient is 17: no consent needed',
      '2008-12-01',
      '2026-11-30',
      false,
    ],
    ['R-ELIG-02 born 29 Feb: 17 on 28 Feb of a non-leap year', '2008-02-29', '2026-02-28', false],
    ['R-ELIG-02 born 29 Feb: 18 on 1 Mar of a non-leap year', '2008-02-29', '2026-03-01', true],
    ['R-ELIG-02 born 1 Mar: still 17 on 29 Feb of a leap year', '2010-03-01', '2028-02-29', false],
    ['R-ELIG-02 a baby needs no consent', '2026-06-01', '2026-12-01', false],
  ])('%s', (_title, birthDate, asOf, needed) => {
    expect(codesOf(familyAlone(birthDate), asOf)).toEqual(needed ? ['PATIENT_CONSENT_MISSING'] : []);
  });
  it('R-ELIG-02 the exempt age is the hospital’s setting', () => {
    const profile = { ...demoHospital, consentExemptUnderAge: 20 };
    expect(codesOf(familyAlone('2007-01-01'), ASOF, profile)).toEqual([]);
    expect(codesOf(familyAlone('2006-12-01'), ASOF, profile)).toEqual(['PATIENT_CONSENT_MISSING']);
  });
});

describe('outcomes with several reasons', () => {
  it('R-ELIG-09 a listed disease typed by its Japanese name needs no review', () => {
    expect(codesOf(answers({ department: 'general_surgery', condition: '胃癌' }))).toEqual([]);
  });
  it('R-ELIG-09 an unlisted condition only needs review', () => {
    const a = answers({ department: 'general_surgery', condition: '原因不明の腹痛' });
    expect(assessEligibility(a, demoHospital, ASOF)).toMatchObject({
      outcome: 'needs_review',
      reasons: [{ code: 'CONDITION_NEEDS_REVIEW', rule: 'R-ELIG-09' }],
    });
  });
  it('R-ELIG-09 a review reason next to a refusal is still ineligible, and both are listed', () => {
    const a = answers({ condition: 'unknown', canProvideMaterials: false });
    expect(assessEligibility(a, demoHospital, ASOF)).toMatchObject({
      outcome: 'ineligible',
      reasons: [
        { code: 'MATERIALS_UNAVAILABLE', rule: 'R-ELIG-08' },
        { code: 'CONDITION_NEEDS_REVIEW', rule: 'R-ELIG-09' },
      ],
    });
  });
  it('R-ELIG-01 R-ELIG-11 every applicable reason is returned, not just the first', () => {
    const a = answers({
      patient: patient({
        deceased: true,
        livesInJapan: false,
        japaneseNational: false,
        hasJapaneseHealthInsurance: false,
      }),
      attendance: 'family_only',
      family: [{ relationship: 'other', livesWithPatient: false }],
      patientConsent: 'none',
      primaryPhysicianAgrees: false,
      canProvideMaterials: false,
      purposes: [
        'wants_examination_or_treatment',
        'wants_transfer',
        'malpractice_or_litigation',
        'medical_cost_question',
      ],
      department: 'dermatology',
      consultFromJapan: false,
    });
    expect(codesOf(a)).toEqual(reasonCodes.filter((c) => c !== 'CONDITION_NEEDS_REVIEW'));
  });
  it('R-DOC-01 required documents are returned even when ineligible', () => {
    const result = assessEligibility(answers({ patient: patient({ deceased: true }) }), demoHospital, ASOF);
    expect(result.requiredDocuments).toContain('REFERRAL_LETTER');
  });
});
