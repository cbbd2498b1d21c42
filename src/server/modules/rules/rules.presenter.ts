import type { EligibilityResponse } from '../../../shared/contracts/eligibility.js';
import type { HospitalProfile } from '../../../shared/contracts/profile.js';
import type { EligibilityAssessment } from '../../../shared/domain/eligibility.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { documentTitle, reasonMessage } from '../../../shared/i18n/rules-messages.js';

/** Words the assessment in the caller's language, with the hospital's own settings filled in. */
export function presentAssessment(
  assessment: EligibilityAssessment,
  profile: HospitalProfile,
  locale: Locale,
): EligibilityResponse {
  return {
    outcome: assessment.outcome,
    reasons: assessment.reasons.map((reason) => ({
      code: reason.code,
      rule: reason.rule,
      message: reasonMessage(locale, reason.code, profile),
    })),
    requiredDocuments: assessment.requiredDocuments.map((code) => ({
      code,
      title: documentTitle(locale, code),
    })),
  };
}
