import { applicationSchema, type Application } from '../../../shared/contracts/application.js';
import { fieldMessageCatalogue } from '../../../shared/contracts/field-messages.js';
import type { DocumentCode, HospitalProfile } from '../../../shared/contracts/profile.js';
import { eligibilityAnswersOf, isWeekdayReachablePhone } from '../../../shared/domain/application-answers.js';
import { FILLED_ONLINE } from '../../../shared/domain/case-documents.js';
import {
  assessEligibility,
  isRefusal,
  type EligibilityAssessment,
} from '../../../shared/domain/eligibility.js';
import { RequestValidationError, type FieldIssue } from '../../errors.js';
import { toFieldIssues } from '../../plugins/validation.js';

/**
 * The checks of a submission, without I/O: the application complete and valid field by field, the
 * contact phones reachable (R-DOC-07), the service rules (the same domain as the pre-check), and the
 * documents the rules require uploaded.
 */

export function completeApplication(stored: unknown): Application {
  const parsed = applicationSchema.safeParse(stored);
  const issues: FieldIssue[] = parsed.success
    ? []
    : parsed.error.issues
        .flatMap(toFieldIssues)
        .map((issue) => ({ ...issue, field: `application.${issue.field}` }));
  if (parsed.success) {
    for (const [field, phone] of [
      ['application.patient.phone', parsed.data.patient.phone],
      ['application.physician.phone', parsed.data.physician.phone],
    ] as const) {
      if (!isWeekdayReachablePhone(phone)) {
        const message = fieldMessageCatalogue.weekday_daytime_phone;
        issues.push({ field, code: 'invalid', ...(message ? { message } : {}) });
      }
    }
  }
  if (issues.length > 0 || !parsed.success) throw new RequestValidationError('body', issues);
  return parsed.data;
}

export function assessApplication(
  application: Application,
  profile: HospitalProfile,
  asOf: string,
): EligibilityAssessment {
  return assessEligibility(eligibilityAnswersOf(application), profile, asOf);
}

export const refuses = (assessment: EligibilityAssessment) =>
  assessment.reasons.some((reason) => isRefusal(reason.code));

/**
 * What must be uploaded before submitting: the required documents, less the forms filled in online and
 * the patient's identity document, registered later, before the consultation (R-FLOW-05).
 */
export function missingDocuments(
  required: readonly DocumentCode[],
  held: ReadonlySet<string>,
): DocumentCode[] {
  return required.filter(
    (code) => !FILLED_ONLINE.has(code) && code !== 'PATIENT_IDENTITY_DOCUMENT' && !held.has(code),
  );
}

/** Case numbers: the submission year in the hospital's time zone, then a running number: 2026-00042. */
export function caseNumberPrefix(asOf: string): string {
  return `${asOf.slice(0, 4)}-`;
}
