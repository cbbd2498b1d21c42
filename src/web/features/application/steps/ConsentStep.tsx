import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { patientConsents, patientConsentSchema } from '../../../../shared/contracts/eligibility.js';
import { ChoiceCards } from '../../precheck/components/ChoiceCards.js';
import { sectionSetter, type StepProps } from './step-props.js';

/**
 * The family attends alone for an adult patient: the patient's signed consent form (相談同意書), or a
 * note that they cannot sign (R-ELIG-02). The form itself is printed from the review screen.
 */
export function ConsentStep({ draft, update, errorOf, headingId }: StepProps) {
  const { t } = useTranslation();
  const set = sectionSetter(update);
  return (
    <Stack gap="md">
      <ChoiceCards
        choices={patientConsents.map((value) => ({
          value,
          label: t(`precheck.questions.consent.options.${value}.label`),
          hint: t(`precheck.questions.consent.options.${value}.hint`),
        }))}
        value={draft.attendance?.patientConsent}
        onChange={(value) =>
          set('attendance', { patientConsent: patientConsentSchema.safeParse(value).data })
        }
        labelledBy={headingId}
        error={errorOf('attendance.patientConsent')}
        testId="consent-choices"
      />
      <Text size="sm">{t('application.consent.printNote')}</Text>
    </Stack>
  );
}
