import type { EligibilityRequestInput, ReasonCode } from '../../../shared/contracts/eligibility.js';
import type { DepartmentView } from '../../../shared/contracts/departments.js';
import { ageOn, isCalendarDate } from '../../../shared/domain/calendar.js';
import { birthDateOf, otherCondition, stepIds, type PrecheckDraft, type StepId } from './draft.js';

/** What the questions depend on besides the answers: today's date and the hospital's settings. */
export interface StepContext {
  /** Today in the hospital's time zone (YYYY-MM-DD): the server assesses the same day. */
  today: string;
  consentExemptUnderAge: number;
  departments: readonly DepartmentView[];
}

const familyAttends = (draft: PrecheckDraft) =>
  draft.attendance === 'patient_with_family' || draft.attendance === 'family_only';

/** The patient attends: then they are alive, and nobody needs to be asked that. */
const familyOnly = (draft: PrecheckDraft) => draft.attendance === 'family_only';

/** R-ELIG-02: no consent form below the hospital's age; until the birth date is known, assume it is needed. */
function consentNeeded(draft: PrecheckDraft, context: StepContext): boolean {
  const birthDate = birthDateOf(draft.birth);
  if (!birthDate || !isCalendarDate(birthDate) || birthDate > context.today) return true;
  return ageOn(birthDate, context.today) >= context.consentExemptUnderAge;
}

const applies: Partial<Record<StepId, (draft: PrecheckDraft, context: StepContext) => boolean>> = {
  familyRelationship: familyAttends,
  familyLivesWith: familyAttends,
  deceased: familyOnly,
  consent: (draft, context) => familyOnly(draft) && consentNeeded(draft, context),
};

/**
 * The questions that apply to these answers, in order. After "the patient has died" nothing more is
 * asked: the service cannot help, and further questions about the patient would only hurt.
 */
export function applicableSteps(draft: PrecheckDraft, context: StepContext): StepId[] {
  const steps = stepIds.filter((step) => applies[step]?.(draft, context) ?? true);
  if (familyOnly(draft) && draft.deceased === true) return steps.slice(0, steps.indexOf('deceased') + 1);
  return steps;
}

export function departmentOf(draft: PrecheckDraft, context: StepContext): DepartmentView | undefined {
  return context.departments.find((department) => department.code === draft.department);
}

/** The i18n key saying what is missing on this step, or undefined when it is answered. */
export function stepProblem(step: StepId, draft: PrecheckDraft, context: StepContext): string | undefined {
  const choose = 'precheck.errors.choose';
  const missing = (value: unknown) => (value === undefined ? choose : undefined);
  switch (step) {
    case 'attendance':
      return missing(draft.attendance);
    case 'familyRelationship':
      return draft.family.every((member) => member.relationship !== undefined)
        ? undefined
        : 'precheck.errors.relationship';
    case 'familyLivesWith':
      return draft.family.every((member) => member.livesWithPatient !== undefined) ? undefined : choose;
    case 'birthDate':
      return birthDateProblem(draft, context);
    case 'deceased':
      return missing(draft.deceased);
    case 'consent':
      return missing(draft.patientConsent);
    case 'livesInJapan':
      return missing(draft.livesInJapan);
    case 'nationality':
      return missing(draft.japaneseNational);
    case 'insurance':
      return missing(draft.hasJapaneseHealthInsurance);
    case 'physician':
      return missing(draft.primaryPhysicianAgrees);
    case 'materials':
      return missing(draft.canProvideMaterials);
    case 'purposes':
      return draft.purposes.length > 0 ? undefined : 'precheck.errors.purposes';
    case 'department':
      return departmentOf(draft, context) ? undefined : choose;
    case 'condition':
      return conditionProblem(draft, context);
    case 'fromJapan':
      return missing(draft.consultFromJapan);
  }
}

function birthDateProblem(draft: PrecheckDraft, context: StepContext): string | undefined {
  const birthDate = birthDateOf(draft.birth);
  if (!birthDate) return 'precheck.errors.birthDate';
  if (!isCalendarDate(birthDate)) return 'precheck.errors.birthDateInvalid';
  if (birthDate > context.today) return 'precheck.errors.birthDateFuture';
  return undefined;
}

function conditionProblem(draft: PrecheckDraft, context: StepContext): string | undefined {
  if (draft.conditionChoice === otherCondition) {
    return draft.conditionText.trim() === '' ? 'precheck.errors.conditionText' : undefined;
  }
  const department = departmentOf(draft, context);
  // A code of another department (the department was changed afterwards) is no answer here.
  const listed = department?.conditions.some((condition) => condition.code === draft.conditionChoice);
  return listed ? undefined : 'precheck.errors.choose';
}

/** The condition as the API takes it: a listed code, or the words the person typed. */
function conditionOf(draft: PrecheckDraft): string | undefined {
  if (draft.conditionChoice === otherCondition) return draft.conditionText.trim() || undefined;
  return draft.conditionChoice;
}

/**
 * The API request, once every applicable question is answered; undefined before. Questions that were
 * skipped get the value that made them not apply (the patient attends → alive; no family → none).
 */
export function toRequest(draft: PrecheckDraft, context: StepContext): EligibilityRequestInput | undefined {
  const steps = applicableSteps(draft, context);
  if (steps.some((step) => stepProblem(step, draft, context) !== undefined)) return undefined;
  const birthDate = birthDateOf(draft.birth);
  const {
    attendance,
    livesInJapan,
    japaneseNational,
    hasJapaneseHealthInsurance,
    primaryPhysicianAgrees,
    canProvideMaterials,
    department,
    consultFromJapan,
  } = draft;
  if (
    attendance === undefined ||
    birthDate === undefined ||
    livesInJapan === undefined ||
    japaneseNational === undefined ||
    hasJapaneseHealthInsurance === undefined ||
    primaryPhysicianAgrees === undefined ||
    canProvideMaterials === undefined ||
    department === undefined ||
    consultFromJapan === undefined
  ) {
    return undefined;
  }
  const family =
    attendance === 'patient'
      ? []
      : draft.family.flatMap(({ relationship, livesWithPatient }) =>
          relationship !== undefined && livesWithPatient !== undefined
            ? [{ relationship, livesWithPatient }]
            : [],
        );
  const condition = conditionOf(draft);
  return {
    patient: {
      birthDate,
      deceased: attendance === 'family_only' ? draft.deceased === true : false,
      livesInJapan,
      japaneseNational,
      hasJapaneseHealthInsurance,
    },
    attendance,
    family,
    patientConsent: steps.includes('consent') ? (draft.patientConsent ?? 'none') : 'none',
    primaryPhysicianAgrees,
    canProvideMaterials,
    purposes: draft.purposes,
    department,
    ...(condition === undefined ? {} : { condition }),
    consultFromJapan,
  };
}

/** The question behind each reason, so the outcome can offer "change this answer". */
export const stepOfReason: Partial<Record<ReasonCode, StepId>> = {
  REQUESTER_NOT_ELIGIBLE: 'familyRelationship',
  PATIENT_CONSENT_MISSING: 'consent',
  WANTS_EXAMINATION_OR_TREATMENT: 'purposes',
  WANTS_TRANSFER: 'purposes',
  COMPLAINT_OR_LITIGATION: 'purposes',
  MEDICAL_COST_QUESTION: 'purposes',
  NO_OPINION_REQUESTED: 'purposes',
  NO_PRIMARY_PHYSICIAN_CONSENT: 'physician',
  MATERIALS_UNAVAILABLE: 'materials',
  NO_SPECIALIST_AVAILABLE: 'department',
  FOREIGN_RESIDENT_WITHOUT_JAPANESE_INSURANCE: 'livesInJapan',
  OUTSIDE_JAPAN: 'fromJapan',
};
