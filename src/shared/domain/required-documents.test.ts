import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { demoHospital } from '../../server/db/seed/demo-hospital.js';
import { documentCodes, type DocumentCode } from '../contracts/profile.js';
import { relationships } from './kinship.js';
import { requiredDocuments, type DocumentAnswers } from './required-documents.js';

const ASOF = '2026-12-01';
const ADULT = '1950-04-01';
const CHILD = '2015-05-05';
const BASE: DocumentCode[] = [
  'APPLICATION_FORM',
  'CONSULTATION_SHEET',
  'REFERRAL_LETTER',
  'CLINICAL_DATA',
  'PATIENT_IDENTITY_DOCUMENT',
];

function docs(a: Partial<DocumentAnswers> & { birthDate?: string }, asOf = ASOF): DocumentCode[] {
  const { birthDate = ADULT, ...rest } = a;
  const answers: DocumentAnswers = {
    attendance: 'patient',
    family: [],
    department: 'cardiology',
    patient: { birthDate },
    ...rest,
  };
  return requiredDocuments(answers, demoHospital, asOf);
}
/** BASE plus extras, in canonical order. */
const withBase = (...extra: DocumentCode[]) =>
  documentCodes.filter((c) => BASE.includes(c) || extra.includes(c));

const together = { relationship: 'spouse' as const, livesWithPatient: true };
const apart = { relationship: 'child' as const, livesWithPatient: false };

describe('requiredDocuments', () => {
  it('R-DOC-01 R-FLOW-05 always: application, sheet, referral letter, clinical data, patient identity', () => {
    expect(docs({})).toEqual(BASE);
  });
  it('R-DOC-02 the patient attending with family needs no family documents', () => {
    expect(docs({ attendance: 'patient_with_family', family: [apart] })).toEqual(BASE);
  });
  it.each([
    [
      'R-DOC-02 family alone, living together → resident record',
      [together],
      ['RELATIONSHIP_PROOF_RESIDENT_RECORD'],
    ],
    [
      'R-DOC-02 family alone, living apart → family register',
      [apart],
      ['RELATIONSHIP_PROOF_FAMILY_REGISTER'],
    ],
    [
      'R-DOC-02 family alone, one together and one apart → both proofs',
      [together, apart],
      ['RELATIONSHIP_PROOF_RESIDENT_RECORD', 'RELATIONSHIP_PROOF_FAMILY_REGISTER'],
    ],
    ['R-DOC-02 family alone, nobody listed yet → no relationship proof', [], []],
  ] as const)('%s', (_title, family, proofs) => {
    expect(docs({ attendance: 'family_only', family: [...family] })).toEqual(
      withBase('PATIENT_CONSENT_FORM', 'PROXY_IDENTITY_DOCUMENTS', ...proofs),
    );
  });
  it('R-DOC-03 a patient under 18 with family alone: insurance card as proof, no consent form', () => {
    expect(docs({ attendance: 'family_only', family: [together, apart], birthDate: CHILD })).toEqual(
      withBase('PROXY_IDENTITY_DOCUMENTS', 'RELATIONSHIP_PROOF_INSURANCE_CARD'),
    );
  });
  it('R-DOC-03 on the 18th birthday the adult documents apply', () => {
    const family = [apart];
    expect(docs({ attendance: 'family_only', family, birthDate: '2008-12-01' }, '2026-11-30')).toContain(
      'RELATIONSHIP_PROOF_INSURANCE_CARD',
    );
    expect(docs({ attendance: 'family_only', family, birthDate: '2008-12-01' }, '2026-12-01')).toEqual(
      withBase('PATIENT_CONSENT_FORM', 'PROXY_IDENTITY_DOCUMENTS', 'RELATIONSHIP_PROOF_FAMILY_REGISTER'),
    );
  });
  it('R-DOC-04 geriatrics always needs the medication list', () => {
    expect(docs({ department: 'geriatrics' })).toEqual(withBase('MEDICATION_LIST'));
    expect(docs({ department: 'geriatrics', condition: 'anything' })).toEqual(withBase('MEDICATION_LIST'));
  });
  it('R-DOC-05 general surgery needs its annex only for gastric cancer with peritoneal dissemination', () => {
    expect(
      docs({ department: 'general_surgery', condition: 'gastric_cancer_peritoneal_dissemination' }),
    ).toEqual(withBase('DEPARTMENT_REFERRAL_ANNEX'));
    expect(docs({ department: 'general_surgery', condition: 'gastric_cancer' })).toEqual(BASE);
    expect(docs({ department: 'general_surgery' })).toEqual(BASE);
  });
  it('R-DOC-05 the annex is also needed when the disease is typed by its listed name', () => {
    expect(docs({ department: 'general_surgery', condition: ' 腹膜播種を伴う胃癌 ' })).toEqual(
      withBase('DEPARTMENT_REFERRAL_ANNEX'),
    );
    expect(
      docs({ department: 'general_surgery', condition: 'gastric cancer with peritoneal dissemination' }),
    ).toEqual(withBase('DEPARTMENT_REFERRAL_ANNEX'));
  });
  it('R-DOC-05 an unknown department adds nothing', () => {
    expect(docs({ department: 'dermatology', condition: 'gastric_cancer_peritoneal_dissemination' })).toEqual(
      BASE,
    );
  });
  it('R-DOC-01 the list is in canonical order without duplicates (property)', () => {
    const member = fc.record({
      relationship: fc.constantFrom(...relationships),
      livesWithPatient: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.constantFrom('patient', 'patient_with_family', 'family_only' as const),
        fc.array(member, { maxLength: 4 }),
        fc.constantFrom('geriatrics', 'general_surgery', 'cardiology'),
        fc.option(fc.constantFrom('gastric_cancer_peritoneal_dissemination', 'dementia'), { nil: undefined }),
        fc.constantFrom(ADULT, CHILD),
        (attendance, family, department, condition, birthDate) => {
          const list = docs({ attendance, family, department, condition, birthDate });
          expect(list).toEqual(documentCodes.filter((c) => list.includes(c)));
          expect(list).toEqual(expect.arrayContaining(BASE));
        },
      ),
    );
  });
});
