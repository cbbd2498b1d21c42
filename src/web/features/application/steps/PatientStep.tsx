import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sexes, sexSchema } from '../../../../shared/contracts/application.js';
import { ChoiceCards } from '../../precheck/components/ChoiceCards.js';
import { BirthDateFields } from '../components/BirthDateFields.js';
import { NameFields } from '../components/NameFields.js';
import { sectionSetter, type StepProps } from './step-props.js';

/** Who the patient is: name and reading, birth date (with the era), sex. */
export function PatientStep({ draft, update, errorOf, context }: StepProps) {
  const { t } = useTranslation();
  const set = sectionSetter(update);
  const patient = draft.patient;
  return (
    <Stack gap="xl">
      <NameFields
        legend={t('application.patient.name')}
        prefix="patient.name"
        name={patient?.name}
        onChange={(name) => set('patient', { name })}
        errorOf={errorOf}
        testId="patient"
      />
      <BirthDateFields
        value={patient?.birthDate}
        onChange={(birthDate) => set('patient', { birthDate })}
        error={errorOf('patient.birthDate')}
        today={context.today}
      />
      <ChoiceCards
        label={t('application.patient.sex')}
        choices={sexes.map((value) => ({ value, label: t(`application.patient.sexes.${value}`) }))}
        value={patient?.sex}
        onChange={(value) => set('patient', { sex: sexSchema.safeParse(value).data })}
        error={errorOf('patient.sex')}
        testId="patient-sex"
      />
    </Stack>
  );
}
