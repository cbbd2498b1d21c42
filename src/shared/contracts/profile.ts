import { z } from 'zod';

/** Text the hospital publishes in both languages; Japanese first. */
export const localizedTextSchema = z.object({ ja: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Every document the service can ask for (SPEC §4). */
export const documentCodes = [
  'APPLICATION_FORM',
  'CONSULTATION_SHEET',
  'REFERRAL_LETTER',
  'CLINICAL_DATA',
  'PATIENT_CONSENT_FORM',
  'PROXY_IDENTITY_DOCUMENTS',
  'RELATIONSHIP_PROOF_RESIDENT_RECORD',
  'RELATIONSHIP_PROOF_FAMILY_REGISTER',
  'RELATIONSHIP_PROOF_INSURANCE_CARD',
  'MEDICATION_LIST',
  'DEPARTMENT_REFERRAL_ANNEX',
  'PATIENT_IDENTITY_DOCUMENT',
] as const;
export const documentCodeSchema = z.enum(documentCodes);
export type DocumentCode = z.infer<typeof documentCodeSchema>;

const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
const monthDaySchema = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD');
/** 0 = Sunday … 6 = Saturday, as in Date#getDay. */
const weekdaySchema = z.number().int().min(0).max(6);

export const feeTierSchema = z.object({
  code: z.enum(['up_to_30', 'up_to_60']),
  /** The tier covers consultations up to and including this many seconds. */
  maxSeconds: z.number().int().positive(),
  /** Tax-included amount in JPY. */
  amountYen: z.number().int().nonnegative(),
});
export type FeeTier = z.infer<typeof feeTierSchema>;

export const feeScheduleSchema = z.object({
  /** Tiers in ascending maxSeconds; the last one's maxSeconds is the hard limit of a consultation. */
  tiers: z.array(feeTierSchema).min(1),
  consumptionTaxPercent: z.number().int().min(0).max(100),
  insuranceCovered: z.boolean(),
});
export type FeeSchedule = z.infer<typeof feeScheduleSchema>;

export const consultationRulesSchema = z.object({
  unitMinutes: z.number().int().positive(),
  maxMinutes: z.number().int().positive(),
  /** The doctor calls within this window from the slot start (R-CALL-01). */
  slotWindowMinutes: z.number().int().positive(),
  /** The patient is ready this many minutes before the slot (R-CALL-01). */
  readyBeforeMinutes: z.number().int().nonnegative(),
});
export type ConsultationRules = z.infer<typeof consultationRulesSchema>;

export const phoneDeskSchema = z.object({
  name: localizedTextSchema,
  number: z.string().min(1),
  /** The voice-menu option to choose, e.g. "4". */
  menuOption: z.string().nullable(),
  opensAt: timeOfDaySchema,
  closesAt: timeOfDaySchema,
  closedWeekdays: z.array(weekdaySchema),
  closedOnNationalHolidays: z.boolean(),
  /** Inclusive JST calendar range that wraps the new year, e.g. 12-29 → 01-03. */
  yearEndBreak: z.object({ from: monthDaySchema, to: monthDaySchema }).nullable(),
});
export type PhoneDesk = z.infer<typeof phoneDeskSchema>;

export const postalAddressSchema = z.object({
  postalCode: z.string().min(1),
  address: localizedTextSchema,
  institution: localizedTextSchema,
  recipient: localizedTextSchema,
});
export type PostalAddress = z.infer<typeof postalAddressSchema>;

export const kinshipSettingsSchema = z.object({
  /** Highest degree of kinship (親等) that may consult for the patient (R-ELIG-01). */
  maxDegree: z.number().int().min(0).max(6),
  /** Whether relatives by marriage (姻族) count. */
  includeInLaws: z.boolean(),
});
export type KinshipSettings = z.infer<typeof kinshipSettingsSchema>;

export const conditionSchema = z.object({ code: z.string().min(1), name: localizedTextSchema });
export type Condition = z.infer<typeof conditionSchema>;

/** A document the department always needs, or only for one of its conditions. */
export const documentRuleSchema = z.object({
  document: documentCodeSchema,
  conditionCode: z.string().nullable(),
  note: localizedTextSchema.nullable(),
});
export type DocumentRule = z.infer<typeof documentRuleSchema>;

export const departmentSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name: localizedTextSchema,
  consultationWeekdays: z.array(weekdaySchema),
  conditions: z.array(conditionSchema),
  documentRules: z.array(documentRuleSchema),
});
export type Department = z.infer<typeof departmentSchema>;

export const hospitalProfileSchema = z.object({
  name: localizedTextSchema,
  serviceName: localizedTextSchema,
  liaisonCentreName: localizedTextSchema,
  timeZone: z.string().min(1),
  fees: feeScheduleSchema,
  consultation: consultationRulesSchema,
  phoneDesk: phoneDeskSchema,
  postalAddress: postalAddressSchema,
  privacyPolicy: localizedTextSchema,
  kinship: kinshipSettingsSchema,
  /** Patients younger than this (on the application date, JST) need no consent form (R-ELIG-02). */
  consentExemptUnderAge: z.number().int().min(0).max(30),
  departments: z.array(departmentSchema),
});
export type HospitalProfile = z.infer<typeof hospitalProfileSchema>;
