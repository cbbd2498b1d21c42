import type { EligibilityAnswers } from '../contracts/eligibility.js';
import {
  documentCodes,
  type Condition,
  type Department,
  type DocumentCode,
  type HospitalProfile,
} from '../contracts/profile.js';
import { ageOn } from './calendar.js';

/** What the document checklist depends on; a subset of the eligibility answers. */
export type DocumentAnswers = Pick<
  EligibilityAnswers,
  'attendance' | 'family' | 'department' | 'condition'
> & {
  patient: Pick<EligibilityAnswers['patient'], 'birthDate'>;
};

/**
 * The department's listed condition an answer refers to: its code, or free text equal to its ja/en name
 * (someone typing 腹膜播種を伴う胃癌 means the listed disease and needs its annex).
 */
export function findCondition(department: Department, condition: string | undefined): Condition | undefined {
  const text = condition?.trim();
  if (!text) return undefined;
  const lower = text.toLowerCase();
  return department.conditions.find(
    (c) => c.code === text || c.name.ja === text || c.name.en.toLowerCase() === lower,
  );
}

/** R-DOC-01 and R-FLOW-05: needed for every application. */
const ALWAYS: readonly DocumentCode[] = [
  'APPLICATION_FORM',
  'CONSULTATION_SHEET',
  'REFERRAL_LETTER',
  'CLINICAL_DATA',
  'PATIENT_IDENTITY_DOCUMENT',
];

/** Relationship proof for a family-only consultation (R-DOC-02, R-DOC-03). */
function relationshipProofs(answers: DocumentAnswers, underExemptAge: boolean): DocumentCode[] {
  // Each attending member proves their own relationship; no members listed → nothing to prove yet.
  if (answers.family.length === 0) return [];
  if (underExemptAge) return ['RELATIONSHIP_PROOF_INSURANCE_CARD'];
  const proofs: DocumentCode[] = [];
  // Mixed households need both: members living together send 住民票, those living apart 戸籍謄本.
  if (answers.family.some((m) => m.livesWithPatient)) proofs.push('RELATIONSHIP_PROOF_RESIDENT_RECORD');
  if (answers.family.some((m) => !m.livesWithPatient)) proofs.push('RELATIONSHIP_PROOF_FAMILY_REGISTER');
  return proofs;
}

/**
 * R-DOC-01…05: the checklist for an application, in the canonical order of `documentCodes`.
 * Family documents are for family-only consultations: when the patient attends, the patient is
 * identified directly (the guide asks for them only "ご家族のみで診察を受けられる場合").
 */
export function requiredDocuments(
  answers: DocumentAnswers,
  profile: HospitalProfile,
  asOf: string,
): DocumentCode[] {
  const needed = new Set<DocumentCode>(ALWAYS);

  if (answers.attendance === 'family_only') {
    const underExemptAge = ageOn(answers.patient.birthDate, asOf) < profile.consentExemptUnderAge;
    // A patient who cannot sign still sends the form, with the note written on it (R-ELIG-02).
    if (!underExemptAge) needed.add('PATIENT_CONSENT_FORM');
    needed.add('PROXY_IDENTITY_DOCUMENTS');
    for (const proof of relationshipProofs(answers, underExemptAge)) needed.add(proof);
  }

  const department = profile.departments.find((d) => d.code === answers.department);
  if (department) {
    const conditionCode = findCondition(department, answers.condition)?.code;
    for (const rule of department.documentRules) {
      if (rule.conditionCode === null || rule.conditionCode === conditionCode) needed.add(rule.document);
    }
  }

  return documentCodes.filter((code) => needed.has(code));
}
