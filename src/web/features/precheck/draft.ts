import { z } from 'zod';
import {
  attendanceSchema,
  patientConsentSchema,
  purposeSchema,
  purposes,
} from '../../../shared/contracts/eligibility.js';
import { relationshipSchema } from '../../../shared/domain/kinship.js';
import { isExpired, precheckDraftKey, readJson, writeJson } from './device-storage.js';

/** The questions, in the order they are asked. Which of them apply depends on earlier answers (steps.ts). */
export const stepIds = [
  'attendance',
  'familyRelationship',
  'familyLivesWith',
  'birthDate',
  'deceased',
  'consent',
  'livesInJapan',
  'nationality',
  'insurance',
  'physician',
  'materials',
  'purposes',
  'department',
  'condition',
  'fromJapan',
] as const;
export type StepId = (typeof stepIds)[number];

/** What is on screen: the welcome, one question, or the outcome. */
export const screenSchema = z.union([z.literal('intro'), z.literal('outcome'), z.enum(stepIds)]);
export type Screen = z.infer<typeof screenSchema>;

/** The condition choice for "a disease that is not on the list": free text instead of a code. */
export const otherCondition = '__other__';

const draftMemberSchema = z.object({
  relationship: relationshipSchema.optional(),
  livesWithPatient: z.boolean().optional(),
});
export type DraftMember = z.infer<typeof draftMemberSchema>;

/**
 * The answers while the wizard runs: every answer may still be missing, and answers to questions that
 * no longer apply are kept (going back and changing "who attends" must not erase the family's answers).
 */
export const draftSchema = z.object({
  screen: screenSchema,
  attendance: attendanceSchema.optional(),
  family: z.array(draftMemberSchema).min(1).max(20),
  birth: z.object({
    year: z.number().int().min(1850).max(2200).optional(),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
  }),
  deceased: z.boolean().optional(),
  livesInJapan: z.boolean().optional(),
  japaneseNational: z.boolean().optional(),
  hasJapaneseHealthInsurance: z.boolean().optional(),
  patientConsent: patientConsentSchema.optional(),
  primaryPhysicianAgrees: z.boolean().optional(),
  canProvideMaterials: z.boolean().optional(),
  purposes: z.array(purposeSchema).max(purposes.length),
  department: z.string().max(64).optional(),
  /** A condition code of the chosen department, or `otherCondition`. */
  conditionChoice: z.string().max(100).optional(),
  conditionText: z.string().max(500),
  consultFromJapan: z.boolean().optional(),
});
export type PrecheckDraft = z.infer<typeof draftSchema>;

export function emptyDraft(): PrecheckDraft {
  return { screen: 'intro', family: [{}], birth: {}, purposes: [], conditionText: '' };
}

const storedDraftSchema = z.object({ savedAt: z.iso.datetime({ offset: true }), draft: draftSchema });

/** The draft of an unfinished pre-check on this device, so a reload resumes at the same question. */
export function loadDraft(now: Date = new Date()): PrecheckDraft | null {
  const parsed = storedDraftSchema.safeParse(readJson(precheckDraftKey));
  if (!parsed.success || isExpired(parsed.data.savedAt, now)) return null;
  return parsed.data.draft;
}

export function saveDraft(draft: PrecheckDraft, now: Date = new Date()): void {
  writeJson(precheckDraftKey, { savedAt: now.toISOString(), draft });
}

/** The birth date as YYYY-MM-DD once year, month and day are all chosen. */
export function birthDateOf(birth: PrecheckDraft['birth']): string | undefined {
  const { year, month, day } = birth;
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
