import type { DepartmentView } from '../../../shared/contracts/departments.js';
import { ageOn, isCalendarDate } from '../../../shared/domain/calendar.js';
import type { FormDraft } from './form-draft.js';

/**
 * The application's screens, in order. The paper forms (申込書 and 相談シート) asked all of this on two
 * pages; here each screen holds one topic, short enough for a phone.
 */
export const stepIds = [
  'attendance',
  'family',
  'patient',
  'contact',
  'circumstances',
  'consent',
  'physician',
  'consultation',
  'details',
  'purposes',
  'preferences',
  'documents',
  'declarations',
  'review',
] as const;
export type StepId = (typeof stepIds)[number];

export function isStepId(value: string | undefined): value is StepId {
  return (stepIds as readonly string[]).includes(value ?? '');
}

/** What the screens depend on besides the answers: today and the hospital's settings. */
export interface StepContext {
  /** Today in the hospital's time zone (YYYY-MM-DD), the date the server judges the application on. */
  today: string;
  consentExemptUnderAge: number;
  departments: readonly DepartmentView[];
}

const attendanceOf = (draft: FormDraft) => draft.attendance?.attendance;

export function familyAttends(draft: FormDraft): boolean {
  const attendance = attendanceOf(draft);
  return attendance === 'patient_with_family' || attendance === 'family_only';
}

/** The patient is not in the call: only then is their consent, or their being alive, asked about. */
export function familyOnly(draft: FormDraft): boolean {
  return attendanceOf(draft) === 'family_only';
}

/** R-ELIG-02: no consent form below the hospital's age; until the birth date is known it is assumed needed. */
export function consentNeeded(draft: FormDraft, context: StepContext): boolean {
  if (!familyOnly(draft)) return false;
  const birthDate = draft.patient?.birthDate;
  if (!birthDate || !isCalendarDate(birthDate) || birthDate > context.today) return true;
  return ageOn(birthDate, context.today) >= context.consentExemptUnderAge;
}

const applies: Partial<Record<StepId, (draft: FormDraft, context: StepContext) => boolean>> = {
  family: familyAttends,
  consent: consentNeeded,
};

/** The screens that apply to these answers, in order. */
export function applicableSteps(draft: FormDraft, context: StepContext): StepId[] {
  return stepIds.filter((step) => applies[step]?.(draft, context) ?? true);
}

const patientFacts = new Set(['deceased', 'livesInJapan', 'japaneseNational', 'hasJapaneseHealthInsurance']);
const contactFields = new Set(['address', 'phone', 'email']);
const detailFields = new Set(['currentDiagnosis', 'currentTreatment', 'questions']);
const purposeFields = new Set(['purposes', 'canProvideMaterials']);

/**
 * The screen that asks for a field the server named, e.g. "application.patient.phone" → contact. A path
 * the screens do not know (the whole body) belongs to the review.
 */
export function stepOfField(field: string): StepId {
  const [section, key = ''] = field.replace(/^application\./, '').split('.');
  switch (section) {
    case 'patient':
      if (contactFields.has(key)) return 'contact';
      return patientFacts.has(key) ? 'circumstances' : 'patient';
    case 'attendance':
      if (key === 'family') return 'family';
      return key === 'patientConsent' ? 'consent' : 'attendance';
    case 'physician':
      return 'physician';
    case 'consultation':
      if (detailFields.has(key)) return 'details';
      return purposeFields.has(key) ? 'purposes' : 'consultation';
    case 'preferences':
      return 'preferences';
    case 'declarations':
      return 'declarations';
    default:
      // "application" alone or "body": the review lists it.
      return 'review';
  }
}

/** The earliest screen (in the order they are asked) of any of these fields. */
export function firstStepOf(fields: readonly string[]): StepId | undefined {
  const steps = fields.map(stepOfField);
  return stepIds.find((step) => steps.includes(step));
}

/** The server's field path without its "application." prefix: the key the screens use. */
export function fieldKey(field: string): string {
  return field.replace(/^application\./, '');
}

/**
 * The screen behind each eligibility reason, so a refused submission can offer "change this answer".
 * CONDITION_NEEDS_REVIEW is no refusal and needs no change.
 */
export const stepOfReason: Record<string, StepId | undefined> = {
  REQUESTER_NOT_ELIGIBLE: 'family',
  PATIENT_CONSENT_MISSING: 'consent',
  PATIENT_DECEASED: 'circumstances',
  WANTS_EXAMINATION_OR_TREATMENT: 'purposes',
  WANTS_TRANSFER: 'purposes',
  COMPLAINT_OR_LITIGATION: 'purposes',
  MEDICAL_COST_QUESTION: 'purposes',
  NO_OPINION_REQUESTED: 'purposes',
  MATERIALS_UNAVAILABLE: 'purposes',
  NO_PRIMARY_PHYSICIAN_CONSENT: 'physician',
  NO_SPECIALIST_AVAILABLE: 'consultation',
  FOREIGN_RESIDENT_WITHOUT_JAPANESE_INSURANCE: 'circumstances',
  OUTSIDE_JAPAN: 'declarations',
};
