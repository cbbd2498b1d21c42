import type { EligibilityRequest, EligibilityResponse } from '../../../shared/contracts/eligibility.js';
import { fieldMessageCatalogue } from '../../../shared/contracts/field-messages.js';
import type { FeeQuoteResponse } from '../../../shared/contracts/fees.js';
import { calendarDateIn } from '../../../shared/domain/calendar.js';
import { assessEligibility } from '../../../shared/domain/eligibility.js';
import { quoteFee } from '../../../shared/domain/fees.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { Clock } from '../../clock.js';
import { RequestValidationError } from '../../errors.js';
import type { ProfileService } from '../profile/profile.service.js';
import { presentAssessment } from './rules.presenter.js';

export type RulesService = {
  assess(request: EligibilityRequest, locale: Locale): Promise<EligibilityResponse>;
  quote(seconds: number): Promise<FeeQuoteResponse>;
};

/** The public rules: the same pure domain that the application and the staff console use. */
export function createRulesService(deps: { profiles: ProfileService; clock: Clock }): RulesService {
  return {
    async assess(request, locale) {
      const profile = await deps.profiles.current();
      const { asOf = calendarDateIn(deps.clock.now(), profile.timeZone), ...answers } = request;
      // The contract checks this when asOf is given; today's date is only known here.
      if (answers.patient.birthDate > asOf) {
        throw new RequestValidationError('body', [
          {
            field: 'patient.birthDate',
            code: 'invalid',
            message: fieldMessageCatalogue.birth_date_in_future,
          },
        ]);
      }
      return presentAssessment(assessEligibility(answers, profile, asOf), profile, locale);
    },

    async quote(seconds) {
      const profile = await deps.profiles.current();
      return quoteFee(seconds, profile.fees);
    },
  };
}
