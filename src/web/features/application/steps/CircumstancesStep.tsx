import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { YesNoCards } from '../../precheck/components/ChoiceCards.js';
import { familyOnly } from '../steps.js';
import { sectionSetter, type StepProps } from './step-props.js';

type Fact = 'livesInJapan' | 'japaneseNational' | 'hasJapaneseHealthInsurance';

/** The pre-check's words for each fact, so both ask the same way. */
const precheckQuestion: Record<Fact, string> = {
  livesInJapan: 'livesInJapan',
  japaneseNational: 'nationality',
  hasJapaneseHealthInsurance: 'insurance',
};

/**
 * Facts the rules depend on (R-ELIG-03, R-ELIG-10). Whether the patient is alive is asked only when the
 * family attends alone: a patient in the call is, and asking would only hurt.
 */
export function CircumstancesStep({ draft, update, errorOf }: StepProps) {
  const { t } = useTranslation();
  const set = sectionSetter(update);
  const patient = draft.patient;
  return (
    <Stack gap="xl">
      {familyOnly(draft) && (
        <YesNoCards
          label={t('application.circumstances.alive')}
          // The question asks "still living?": yes means not deceased.
          value={patient?.deceased === undefined ? undefined : !patient.deceased}
          onChange={(alive) => set('patient', { deceased: !alive })}
          yes={t('precheck.questions.deceased.alive')}
          no={t('precheck.questions.deceased.deceased')}
          error={errorOf('patient.deceased')}
        />
      )}
      {(Object.keys(precheckQuestion) as Fact[]).map((fact) => {
        const key = precheckQuestion[fact];
        return (
          <YesNoCards
            key={fact}
            label={t(`precheck.questions.${key}.title`)}
            value={patient?.[fact]}
            onChange={(value) => set('patient', { [fact]: value })}
            yes={t(`precheck.questions.${key}.yes`)}
            no={t(`precheck.questions.${key}.no`)}
            error={errorOf(`patient.${fact}`)}
          />
        );
      })}
    </Stack>
  );
}
