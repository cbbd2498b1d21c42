import { useTranslation } from 'react-i18next';
import type { ApplicationDraft } from '../../../../shared/contracts/application.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { useDepartments } from '../use-departments.js';
import { Facts } from './Facts.js';
import { calendarDateText } from './person.js';
import { Section } from './Section.js';

/** What is asked: the department and condition, the applicant's own words, purposes and wishes. */
export function AskedSection({ application }: { application: ApplicationDraft }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { nameOf, conditionOf } = useDepartments();
  const consultation = application.consultation ?? {};
  const preferences = application.preferences ?? {};
  const l = (key: string) => t(`liaison.case.asked.${key}`);

  return (
    <Section id="asked" title={l('title')}>
      <Facts
        facts={[
          { label: l('department'), value: nameOf(consultation.department), testId: 'asked-department' },
          { label: l('condition'), value: conditionOf(consultation.department, consultation.condition) },
        ]}
      />
      <Facts
        cols={1}
        facts={[
          { label: l('diagnosis'), value: consultation.currentDiagnosis },
          { label: l('treatment'), value: consultation.currentTreatment },
          { label: l('questions'), value: consultation.questions, testId: 'asked-questions' },
          {
            label: l('purposes'),
            value: (consultation.purposes ?? [])
              .map((purpose) => t(`precheck.questions.purposes.options.${purpose}`))
              .join('、'),
          },
        ]}
      />
      <Facts
        facts={[
          {
            label: l('materials'),
            value:
              consultation.canProvideMaterials === undefined
                ? ''
                : consultation.canProvideMaterials
                  ? t('liaison.common.yes')
                  : t('liaison.common.no'),
          },
          {
            label: l('dates'),
            value:
              (preferences.preferredDates ?? []).map((date) => calendarDateText(date, locale)).join('、') +
              (preferences.timeOfDay
                ? `（${t(`liaison.case.asked.timesOfDay.${preferences.timeOfDay}`)}）`
                : ''),
          },
          { label: l('notes'), value: preferences.notes },
        ]}
      />
    </Section>
  );
}
