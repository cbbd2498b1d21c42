import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { purposes } from '../../../../shared/contracts/eligibility.js';
import { CheckCards } from '../../precheck/components/CheckCards.js';
import { YesNoCards } from '../../precheck/components/ChoiceCards.js';
import { sectionSetter, type StepProps } from './step-props.js';

/**
 * What the person wants from the consultation (R-SVC-02; R-ELIG-04…06 refuse some of it) and whether the
 * material can be provided (R-ELIG-08). The pre-check's words, so the answers read the same.
 */
export function PurposesStep({ draft, update, errorOf }: StepProps) {
  const { t } = useTranslation();
  const set = sectionSetter(update);
  const consultation = draft.consultation;
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={3} size="h4" id="purposes-question">
          {t('precheck.questions.purposes.title')}
        </Title>
        <CheckCards
          choices={purposes.map((value) => ({
            value,
            label: t(`precheck.questions.purposes.options.${value}`),
          }))}
          value={consultation?.purposes ?? []}
          // Kept in the contract's order, whatever order they were ticked in.
          onChange={(values) => set('consultation', { purposes: purposes.filter((p) => values.includes(p)) })}
          labelledBy="purposes-question"
          error={errorOf('consultation.purposes')}
        />
      </Stack>
      <YesNoCards
        label={t('precheck.questions.materials.title')}
        value={consultation?.canProvideMaterials}
        onChange={(canProvideMaterials) => set('consultation', { canProvideMaterials })}
        yes={t('precheck.questions.materials.yes')}
        no={t('precheck.questions.materials.no')}
        error={errorOf('consultation.canProvideMaterials')}
      />
    </Stack>
  );
}
