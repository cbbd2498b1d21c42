import { z } from 'zod';
import { relationshipSchema } from '../domain/kinship.js';
import { attendanceSchema, patientConsentSchema, purposeSchema } from './eligibility.js';

/**
 * The online application: everything the hospital's paper application form (申込書) and consultation
 * sheet (相談シート) asked, as sections the applicant fills one step at a time. A draft holds any subset
 * (saved at every step, resumable on another device); submitting requires the complete answers.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const calendarDate = z.iso.date({
  error: (issue) => (issue.code === 'invalid_format' ? 'calendar_date' : undefined),
});
/** 7 digits, hyphen and full-width digits tolerated (normalised by the form before sending). */
const postalCode = z.string().regex(/^\d{3}-?\d{4}$/, 'postal_code');
/** Checked for a Japanese number by the domain (R-DOC-07); here only its shape. */
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{10,20}$/, 'phone_number');

export const sexes = ['female', 'male', 'other'] as const;
export const sexSchema = z.enum(sexes);

export const personNameSchema = z.strictObject({
  familyName: text(50).describe('Family name in kanji (or as written on official papers).'),
  givenName: text(50).describe('Given name in kanji.'),
  familyNameKana: text(50).describe('Family name in kana (katakana or hiragana).'),
  givenNameKana: text(50).describe('Given name in kana.'),
});
export type PersonName = z.infer<typeof personNameSchema>;

export const addressSchema = z.strictObject({
  postalCode,
  prefecture: text(10),
  city: text(100).describe('City, ward, town and street.'),
  line2: optionalText(100).describe('Building and room.'),
});
export type Address = z.infer<typeof addressSchema>;

export const applicantPatientSchema = z.strictObject({
  name: personNameSchema,
  birthDate: calendarDate,
  sex: sexSchema,
  address: addressSchema,
  phone: phone.describe('A number reachable on weekdays in the daytime (R-DOC-07).'),
  email: z.email().max(254),
  deceased: z.boolean().describe('R-ELIG-03'),
  livesInJapan: z.boolean(),
  japaneseNational: z.boolean(),
  hasJapaneseHealthInsurance: z.boolean(),
});

export const attendingFamilyMemberSchema = z.strictObject({
  name: personNameSchema,
  relationship: relationshipSchema,
  livesWithPatient: z.boolean(),
});
export type AttendingFamilyMember = z.infer<typeof attendingFamilyMemberSchema>;

export const attendanceSectionSchema = z.strictObject({
  attendance: attendanceSchema,
  family: z.array(attendingFamilyMemberSchema).max(5),
  patientConsent: patientConsentSchema,
});

export const primaryPhysicianSchema = z.strictObject({
  name: text(100),
  institution: text(200),
  department: text(100),
  address: addressSchema,
  phone,
  email: z.email().max(254).optional().describe('Where the one-time upload link and the report may go.'),
  agrees: z.boolean().describe('The physician agrees and writes the referral letter (R-ELIG-07).'),
});

export const consultationSectionSchema = z.strictObject({
  department: text(64).describe('Department code of the hospital profile.'),
  condition: text(500).describe('A condition code of the department, or free text (→ needs review).'),
  currentDiagnosis: text(2000),
  currentTreatment: text(2000),
  questions: text(4000).describe('What the patient wants to ask the specialist.'),
  purposes: z.array(purposeSchema).min(1).max(8),
  canProvideMaterials: z.boolean(),
});

export const timesOfDay = ['morning', 'afternoon', 'no_preference'] as const;
export const preferencesSchema = z.strictObject({
  preferredDates: z.array(calendarDate).max(10),
  timeOfDay: z.enum(timesOfDay),
  notes: optionalText(1000),
});

export const declarationsSchema = z.strictObject({
  privacyPolicyAccepted: z.literal(true, { error: 'privacy_consent_required' }).describe('R-DOC-08'),
  consultFromJapan: z.literal(true, { error: 'in_japan_required' }).describe('R-ELIG-11'),
});

export const applicationSchema = z.strictObject({
  patient: applicantPatientSchema,
  attendance: attendanceSectionSchema,
  physician: primaryPhysicianSchema,
  consultation: consultationSectionSchema,
  preferences: preferencesSchema,
  declarations: declarationsSchema,
});
export type Application = z.infer<typeof applicationSchema>;
export const applicationSections = [
  'patient',
  'attendance',
  'physician',
  'consultation',
  'preferences',
  'declarations',
] as const;
export type ApplicationSection = (typeof applicationSections)[number];

/** A draft: each section may be missing or partly filled (values are still checked field by field). */
export const applicationDraftSchema = z
  .strictObject({
    patient: applicantPatientSchema.partial().extend({
      name: personNameSchema.partial().optional(),
      address: addressSchema.partial().optional(),
    }),
    attendance: attendanceSectionSchema.partial(),
    physician: primaryPhysicianSchema.partial().extend({ address: addressSchema.partial().optional() }),
    consultation: consultationSectionSchema.partial(),
    preferences: preferencesSchema.partial(),
    declarations: z.strictObject({
      privacyPolicyAccepted: z.boolean().optional(),
      consultFromJapan: z.boolean().optional(),
    }),
  })
  .partial();
export type ApplicationDraft = z.infer<typeof applicationDraftSchema>;
