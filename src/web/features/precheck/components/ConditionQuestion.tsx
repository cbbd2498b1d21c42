import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../hooks/use-locale.js';
import { otherCondition } from '../draft.js';
import { departmentOf } from '../steps.js';
import { ChoiceCards } from './ChoiceCards.js';
import type { QuestionProps } from './QuestionBody.js';

/**
 * The disease: one of the department's published list, or "not on the list" with the name typed in.
 * An unlisted disease is not refused (R-ELIG-09), so the "other" card says so before it is chosen.
 */
export function ConditionQuestion({ draft, update, context, headingId, error }: QuestionProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const conditions = departmentOf(draft, context)?.conditions ?? [];
  const isOther = draft.conditionChoice === otherCondition;
  const textMissing = isOther && draft.conditionText.trim() === '';

  return (
    <Stack gap="md">
      <ChoiceCards
        choices={[
          ...conditions.map((condition) => ({ value: condition.code, label: pick(condition.name) })),
          {
            value: otherCondition,
            label: t('precheck.questions.condition.other'),
            hint: t('precheck.questions.condition.otherHint'),
          },
        ]}
        value={draft.conditionChoice}
        onChange={(value) => update({ conditionChoice: value })}
        labelledBy={headingId}
        error={error && !textMissing ? error : undefined}
        testId="condition-choices"
      />
      {isOther && (
        <TextInput
          size="lg"
          label={t('precheck.questions.condition.otherText')}
          description={t('precheck.questions.condition.otherTextHint')}
          required
          maxLength={500}
          // Health details never go to the browser's form history.
          autoComplete="off"
          value={draft.conditionText}
          onChange={(event) => update({ conditionText: event.currentTarget.value })}
          error={error && textMissing ? error : undefined}
          errorProps={{ role: 'alert' }}
          data-testid="condition-text"
        />
      )}
    </Stack>
  );
}
