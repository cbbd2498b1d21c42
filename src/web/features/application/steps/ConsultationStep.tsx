import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../hooks/use-locale.js';
import { ChoiceCards } from '../../precheck/components/ChoiceCards.js';
import { TextField } from '../components/fields.js';
import { sectionSetter, type StepProps } from './step-props.js';

/** The choice standing for "a disease that is not on the list": the name is typed instead. */
const other = '__other__';

/**
 * The department (chosen with the primary physician, R-FLOW-01) and the disease: one of the department's
 * published list, or typed in. An unlisted disease is not refused; it is reviewed (R-ELIG-09).
 */
export function ConsultationStep({ draft, update, errorOf, context }: StepProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const set = sectionSetter(update);
  const consultation = draft.consultation;
  const department = context.departments.find((candidate) => candidate.code === consultation?.department);
  const conditions = department?.conditions ?? [];
  const listed = conditions.some((condition) => condition.code === consultation?.condition);
  // "Other" is remembered while its text is still empty; a typed name is "other" by itself.
  const [otherChosen, setOtherChosen] = useState(() => Boolean(consultation?.condition) && !listed);
  const isOther = otherChosen && !listed;
  const conditionError = errorOf('consultation.condition');

  return (
    <Stack gap="xl">
      <ChoiceCards
        label={t('application.consultation.department')}
        choices={context.departments.map((candidate) => ({
          value: candidate.code,
          label: pick(candidate.name),
        }))}
        value={consultation?.department}
        onChange={(code) => {
          // A disease of another department's list is no answer here; a typed name stays.
          const keep = isOther ? consultation?.condition : undefined;
          set('consultation', { department: code, condition: keep });
        }}
        error={errorOf('consultation.department')}
        testId="department-choices"
      />
      {department && (
        <Stack gap="md">
          <ChoiceCards
            label={t('application.consultation.condition', { department: pick(department.name) })}
            choices={[
              ...conditions.map((condition) => ({ value: condition.code, label: pick(condition.name) })),
              {
                value: other,
                label: t('precheck.questions.condition.other'),
                hint: t('precheck.questions.condition.otherHint'),
              },
            ]}
            value={isOther ? other : listed ? consultation?.condition : undefined}
            onChange={(value) => {
              setOtherChosen(value === other);
              set('consultation', { condition: value === other ? '' : value });
            }}
            error={isOther ? undefined : conditionError}
            testId="condition-choices"
          />
          {isOther && (
            <TextField
              label={t('precheck.questions.condition.otherText')}
              description={t('precheck.questions.condition.otherTextHint')}
              value={consultation?.condition}
              onChange={(condition) => set('consultation', { condition })}
              error={conditionError}
              maxLength={500}
              autoComplete="off"
              testId="condition-text"
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
