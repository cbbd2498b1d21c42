import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../components/fields.js';
import { sectionSetter, type StepProps } from './step-props.js';

type DetailKey = 'currentDiagnosis' | 'currentTreatment' | 'questions';
const limits: Record<DetailKey, number> = { currentDiagnosis: 2000, currentTreatment: 2000, questions: 4000 };

/** The consultation sheet (相談シート): what the physician said, what is being done, what to ask. */
export function DetailsStep({ draft, update, errorOf }: StepProps) {
  const { t } = useTranslation();
  const set = sectionSetter(update);
  return (
    <Stack gap="xl">
      {(Object.keys(limits) as DetailKey[]).map((key) => (
        <TextAreaField
          key={key}
          label={t(`application.details.${key}`)}
          description={t(`application.details.${key}Hint`)}
          value={draft.consultation?.[key]}
          onChange={(value) => set('consultation', { [key]: value })}
          error={errorOf(`consultation.${key}`)}
          maxLength={limits[key]}
          testId={`details-${key}`}
        />
      ))}
    </Stack>
  );
}
