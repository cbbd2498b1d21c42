import { z } from 'zod';
import { relationshipSchema } from '../domain/kinship.js';
import { documentCodeSchema } from './profile.js';

/** `POST /api/v1/eligibility/assessments` (SPEC §4). Unknown fields are reported, never ignored. */

export const attendances = ['patient', 'patient_with_family', 'family_only'] as const;
export const attendanceSchema = z
  .enum(attendances)
  .describe('Who attends: the patient alone, the patient with family, or family only (R-ELIG-01).');
export type Attendance = z.infer<typeof attendanceSchema>;

export const patientConsents = ['signed', 'unable_to_sign_noted', 'none'] as const;
export const patientConsentSchema = z
  .enum(patientConsents)
  .describe(
    'The patient’s consent form for a family-only consultation: signed, replaced by a note that the patient ' +
      'cannot sign because of their condition, or none (R-ELIG-02).',
  );
export type PatientConsent = z.infer<typeof patientConsentSchema>;

export const purposes = [
  'diagnosis_opinion',
  'treatment_opinion',
  'prognosis_opinion',
  'wants_examination_or_treatment',
  'wants_transfer',
  'complaint_about_physician',
  'malpractice_or_litigation',
  'medical_cost_question',
] as const;
export const purposeSchema = z.enum(purposes).describe('What the applicant wants from the consultation.');
export type Purpose = z.infer<typeof purposeSchema>;

export const reasonCodes = [
  'REQUESTER_NOT_ELIGIBLE',
  'PATIENT_CONSENT_MISSING',
  'PATIENT_DECEASED',
  'WANTS_EXAMINATION_OR_TREATMENT',
  'WANTS_TRANSFER',
  'COMPLAINT_OR_LITIGATION',
  'MEDICAL_COST_QUESTION',
  'NO_PRIMARY_PHYSICIAN_CONSENT',
  'MATERIALS_UNAVAILABLE',
  'NO_SPECIALIST_AVAILABLE',
  'CONDITION_NEEDS_REVIEW',
  'FOREIGN_RESIDENT_WITHOUT_JAPANESE_INSURANCE',
  'OUTSIDE_JAPAN',
  'NO_OPINION_REQUESTED',
] as const;
export const reasonCodeSchema = z.enum(reasonCodes).describe('Why the outcome is not simply "eligible".');
export type ReasonCode = z.infer<typeof reasonCodeSchema>;

export const eligibilityOutcomes = ['eligible', 'ineligible', 'needs_review'] as const;
export const eligibilityOutcomeSchema = z
  .enum(eligibilityOutcomes)
  .describe('ineligible if any reason refuses; needs_review if only review reasons; else eligible.');
export type EligibilityOutcome = z.infer<typeof eligibilityOutcomeSchema>;

/**
 * z.iso.date checks the calendar too: 2025-02-29 and 2026-04-31 are refused, in the catalogue's words
 * ("enter a real date as YYYY-MM-DD"); a missing or non-string value keeps its generic message.
 */
const calendarDateSchema = z.iso.date({
  error: (issue) => (issue.code === 'invalid_format' ? 'calendar_date' : undefined),
});

export const familyMemberSchema = z.strictObject({
  relationship: relationshipSchema.describe('Relationship of this attending family member to the patient.'),
  livesWithPatient: z
    .boolean()
    .describe('Lives in the same household: decides resident record vs family register as proof (R-DOC-02).'),
});
export type FamilyMember = z.infer<typeof familyMemberSchema>;

export const eligibilityPatientSchema = z.strictObject({
  birthDate: calendarDateSchema.describe('Patient’s date of birth (YYYY-MM-DD).'),
  deceased: z.boolean().describe('The patient has died (R-ELIG-03).'),
  livesInJapan: z.boolean().describe('The patient lives in Japan (R-ELIG-10).'),
  japaneseNational: z.boolean().describe('The patient has Japanese nationality (R-ELIG-10).'),
  hasJapaneseHealthInsurance: z
    .boolean()
    .describe('The patient holds Japanese public health insurance (R-ELIG-10); the fee itself is self-pay.'),
});

export const eligibilityRequestSchema = z
  .strictObject({
    asOf: calendarDateSchema
      .optional()
      .describe('JST calendar date the assessment is for (YYYY-MM-DD); default: today in JST.'),
    patient: eligibilityPatientSchema.describe('Facts about the patient.'),
    attendance: attendanceSchema,
    family: z
      .array(familyMemberSchema)
      .max(20)
      .default([])
      .describe('The family members who will attend; ignored when attendance is "patient".'),
    patientConsent: patientConsentSchema.default('none'),
    primaryPhysicianAgrees: z
      .boolean()
      .describe('The primary physician agrees and will write the referral letter (R-ELIG-07).'),
    canProvideMaterials: z
      .boolean()
      .describe('Referral letter, test data and imaging can be provided (R-ELIG-08).'),
    purposes: z
      .array(purposeSchema)
      .max(purposes.length)
      .describe('Everything the applicant wants (R-SVC-02, R-ELIG-04…06).'),
    department: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .describe('Department code from GET /api/v1/departments (R-ELIG-09).'),
    condition: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .optional()
      .describe('A condition code of the department, or free text describing the disease (R-ELIG-09).'),
    consultFromJapan: z.boolean().describe('The consultation will be joined from inside Japan (R-ELIG-11).'),
  })
  .superRefine((value, ctx) => {
    // Lexical order is date order for YYYY-MM-DD.
    if (value.asOf !== undefined && value.patient.birthDate > value.asOf) {
      ctx.addIssue({
        code: 'custom',
        path: ['patient', 'birthDate'],
        message: 'birth_date_in_future',
      });
    }
    // Family attending but nobody listed is an incomplete answer, not a refusal.
    if (value.attendance !== 'patient' && value.family.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['family'], message: 'family_member_required' });
    }
  });
export type EligibilityRequestInput = z.input<typeof eligibilityRequestSchema>;
export type EligibilityRequest = z.output<typeof eligibilityRequestSchema>;
/** What the domain assesses: the request without its date. */
export type EligibilityAnswers = Omit<EligibilityRequest, 'asOf'>;

export const eligibilityReasonSchema = z.object({
  code: reasonCodeSchema,
  rule: z.string().describe('Id of the service rule behind the reason, e.g. R-ELIG-03.'),
  message: z.string().describe('Explanation in the language of Accept-Language (ja default, en).'),
});
export type EligibilityReason = z.infer<typeof eligibilityReasonSchema>;

export const requiredDocumentSchema = z.object({
  code: documentCodeSchema,
  title: z.string().describe('Document title in the language of Accept-Language.'),
});
export type RequiredDocument = z.infer<typeof requiredDocumentSchema>;

export const eligibilityResponseSchema = z.object({
  outcome: eligibilityOutcomeSchema,
  reasons: z.array(eligibilityReasonSchema).describe('Every reason that applies, not only the first.'),
  requiredDocuments: z
    .array(requiredDocumentSchema)
    .describe('What the application would need, returned for every outcome (R-DOC-01…05).'),
});
export type EligibilityResponse = z.infer<typeof eligibilityResponseSchema>;
