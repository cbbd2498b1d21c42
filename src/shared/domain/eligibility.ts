import {
  reasonCodes,
  type EligibilityAnswers,
  type EligibilityOutcome,
  type Purpose,
  type ReasonCode,
} from '../contracts/eligibility.js';
import type { DocumentCode, HospitalProfile } from '../contracts/profile.js';
import { ageOn } from './calendar.js';
import { isAllowedProxy } from './kinship.js';
import { findCondition, requiredDocuments } from './required-documents.js';

/** The service rule behind each reason (SPEC §2). */
export const reasonRules = {
  REQUESTER_NOT_ELIGIBLE: 'R-ELIG-01',
  PATIENT_CONSENT_MISSING: 'R-ELIG-02',
  PATIENT_DECEASED: 'R-ELIG-03',
  WANTS_EXAMINATION_OR_TREATMENT: 'R-ELIG-04',
  WANTS_TRANSFER: 'R-ELIG-04',
  COMPLAINT_OR_LITIGATION: 'R-ELIG-05',
  MEDICAL_COST_QUESTION: 'R-ELIG-06',
  NO_PRIMARY_PHYSICIAN_CONSENT: 'R-ELIG-07',
  MATERIALS_UNAVAILABLE: 'R-ELIG-08',
  NO_SPECIALIST_AVAILABLE: 'R-ELIG-09',
  CONDITION_NEEDS_REVIEW: 'R-ELIG-09',
  FOREIGN_RESIDENT_WITHOUT_JAPANESE_INSURANCE: 'R-ELIG-10',
  OUTSIDE_JAPAN: 'R-ELIG-11',
  // Not in the guide's refusal list: R-SVC-02 says what an opinion covers, and nothing of it was asked.
  NO_OPINION_REQUESTED: 'R-SVC-02',
} as const satisfies Record<ReasonCode, `R-${string}`>;
export type ReasonRule = (typeof reasonRules)[ReasonCode];

/** Reasons that only ask a person to look (R-ELIG-09: an unlisted disease is not refused automatically). */
export const reviewReasons: ReadonlySet<ReasonCode> = new Set<ReasonCode>(['CONDITION_NEEDS_REVIEW']);

export function isRefusal(code: ReasonCode): boolean {
  return !reviewReasons.has(code);
}

export interface EligibilityAssessment {
  outcome: EligibilityOutcome;
  reasons: { code: ReasonCode; rule: ReasonRule }[];
  requiredDocuments: DocumentCode[];
}

const OPINION_PURPOSES: readonly Purpose[] = ['diagnosis_opinion', 'treatment_opinion', 'prognosis_opinion'];

/** R-ELIG-01: everyone who attends besides the patient must be allowed family. */
function requesterNotEligible(answers: EligibilityAnswers, profile: HospitalProfile): boolean {
  if (answers.attendance === 'patient') return false;
  if (answers.family.length === 0) return true;
  return answers.family.some((m) => !isAllowedProxy(m.relationship, profile.kinship));
}

/** R-ELIG-02: family alone needs the patient's consent unless the patient is under the exempt age. */
function consentMissing(answers: EligibilityAnswers, profile: HospitalProfile, asOf: string): boolean {
  if (answers.attendance !== 'family_only' || answers.patientConsent !== 'none') return false;
  return ageOn(answers.patient.birthDate, asOf) >= profile.consentExemptUnderAge;
}

/**
 * R-ELIG-10 refuses "国外在住で日本の保険証をお持ちでない外国人患者": all three facts together.
 * A Japanese national abroad, or a foreign national living in Japan, is not refused by this rule
 * (someone abroad is still refused by R-ELIG-11 if they would consult from there).
 */
function foreignResidentWithoutInsurance(answers: EligibilityAnswers): boolean {
  const p = answers.patient;
  return !p.livesInJapan && !p.japaneseNational && !p.hasJapaneseHealthInsurance;
}

function departmentReasons(answers: EligibilityAnswers, profile: HospitalProfile): ReasonCode[] {
  const department = profile.departments.find((d) => d.code === answers.department);
  if (!department) return ['NO_SPECIALIST_AVAILABLE'];
  if (!answers.condition?.trim()) return [];
  return findCondition(department, answers.condition) ? [] : ['CONDITION_NEEDS_REVIEW'];
}

/**
 * R-ELIG-01…11: every reason that applies (not just the first), ordered as `reasonCodes` so answers are
 * stable. `asOf` is the JST application date; it decides the patient's age.
 */
export function assessEligibility(
  answers: EligibilityAnswers,
  profile: HospitalProfile,
  asOf: string,
): EligibilityAssessment {
  const wants = (p: Purpose) => answers.purposes.includes(p);
  const checks: [ReasonCode, boolean][] = [
    ['REQUESTER_NOT_ELIGIBLE', requesterNotEligible(answers, profile)],
    ['PATIENT_CONSENT_MISSING', consentMissing(answers, profile, asOf)],
    ['PATIENT_DECEASED', answers.patient.deceased],
    ['WANTS_EXAMINATION_OR_TREATMENT', wants('wants_examination_or_treatment')],
    ['WANTS_TRANSFER', wants('wants_transfer')],
    ['COMPLAINT_OR_LITIGATION', wants('complaint_about_physician') || wants('malpractice_or_litigation')],
    ['MEDICAL_COST_QUESTION', wants('medical_cost_question')],
    ['NO_PRIMARY_PHYSICIAN_CONSENT', !answers.primaryPhysicianAgrees],
    ['MATERIALS_UNAVAILABLE', !answers.canProvideMaterials],
    ['FOREIGN_RESIDENT_WITHOUT_JAPANESE_INSURANCE', foreignResidentWithoutInsurance(answers)],
    ['OUTSIDE_JAPAN', !answers.consultFromJapan],
    ['NO_OPINION_REQUESTED', !OPINION_PURPOSES.some(wants)],
  ];
  const applying = new Set<ReasonCode>([
    ...checks.filter(([, applies]) => applies).map(([code]) => code),
    ...departmentReasons(answers, profile),
  ]);
  const codes = reasonCodes.filter((code) => applying.has(code));

  const outcome: EligibilityOutcome = codes.some(isRefusal)
    ? 'ineligible'
    : codes.length > 0
      ? 'needs_review'
      : 'eligible';

  return {
    outcome,
    reasons: codes.map((code) => ({ code, rule: reasonRules[code] })),
    requiredDocuments: requiredDocuments(answers, profile, asOf),
  };
}
