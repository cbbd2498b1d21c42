import { z } from 'zod';
import { sexSchema, timesOfDay } from '../../../shared/contracts/application.js';
import {
  attendanceSchema,
  patientConsentSchema,
  purposeSchema,
} from '../../../shared/contracts/eligibility.js';
import { relationshipSchema } from '../../../shared/domain/kinship.js';

/**
 * The application while it is being typed: the shape of the server's draft, but every text may be half
 * typed and a family member half filled in (the contract stores only whole members, and a relationship
 * chosen before the name is typed must not vanish). Parsed whenever it is read back from this device.
 */
const text = z.string().max(5000).optional();
const flag = z.boolean().optional();
const nameSchema = z.object({ familyName: text, givenName: text, familyNameKana: text, givenNameKana: text });
const addressSchema = z.object({ postalCode: text, prefecture: text, city: text, line2: text });

export const familyDraftSchema = z.object({
  name: nameSchema,
  relationship: relationshipSchema.optional(),
  livesWithPatient: flag,
});
export type FamilyDraft = z.infer<typeof familyDraftSchema>;

export const formDraftSchema = z.object({
  patient: z
    .object({
      name: nameSchema.optional(),
      birthDate: text,
      sex: sexSchema.optional(),
      address: addressSchema.optional(),
      phone: text,
      email: text,
      deceased: flag,
      livesInJapan: flag,
      japaneseNational: flag,
      hasJapaneseHealthInsurance: flag,
    })
    .optional(),
  attendance: z
    .object({
      attendance: attendanceSchema.optional(),
      family: z.array(familyDraftSchema).max(20).optional(),
      patientConsent: patientConsentSchema.optional(),
    })
    .optional(),
  physician: z
    .object({
      name: text,
      institution: text,
      department: text,
      address: addressSchema.optional(),
      phone: text,
      email: text,
      agrees: flag,
    })
    .optional(),
  consultation: z
    .object({
      department: text,
      condition: text,
      currentDiagnosis: text,
      currentTreatment: text,
      questions: text,
      purposes: z.array(purposeSchema).optional(),
      canProvideMaterials: flag,
    })
    .optional(),
  preferences: z
    .object({
      preferredDates: z.array(z.string().max(20)).max(10).optional(),
      timeOfDay: z.enum(timesOfDay).optional(),
      notes: text,
    })
    .optional(),
  declarations: z.object({ privacyPolicyAccepted: flag, consultFromJapan: flag }).optional(),
});
export type FormDraft = z.infer<typeof formDraftSchema>;

export type SectionKey = keyof FormDraft;
export type Section<K extends SectionKey> = NonNullable<FormDraft[K]>;

/** One section changed, the others as they were. */
export function withSection<K extends SectionKey>(
  draft: FormDraft,
  key: K,
  patch: Partial<Section<K>>,
): FormDraft {
  return { ...draft, [key]: { ...draft[key], ...patch } };
}

/** The value at a dotted path ("patient.name.familyName", "attendance.family.0.relationship"). */
export function valueAt(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
