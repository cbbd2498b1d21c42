import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { timesOfDay } from '../../../../shared/contracts/application.js';
import { addDays } from '../../../../shared/domain/calendar.js';
import { formatWeekday } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { ChoiceCards } from '../../precheck/components/ChoiceCards.js';
import { FieldGroup, TextAreaField } from '../components/fields.js';
import { sectionSetter, type StepProps } from './step-props.js';
import { wrapLabel } from '../../precheck/components/wrap-label.js';

/** The contract's upper bound on preferred dates. */
const maxDates = 10;

/**
 * Dates that would suit (the hospital proposes the actual date by phone, R-FLOW-04), the time of day,
 * and anything the liaison centre should know. Dates are native date inputs: a phone shows its calendar.
 */
export function PreferencesStep({ draft, update, errorOf, context }: StepProps) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const set = sectionSetter(update);
  const department = context.departments.find(
    (candidate) => candidate.code === draft.consultation?.department,
  );
  const preferences = draft.preferences;
  const dates = preferences?.preferredDates ?? [];
  const setDates = (next: string[]) => set('preferences', { preferredDates: next });
  const tomorrow = addDays(context.today, 1);

  return (
    <Stack gap="xl">
      <FieldGroup legend={t('application.preferences.dates')} hint={t('application.preferences.datesHint')}>
        {department && department.consultationWeekdays.length > 0 && (
          <Text data-testid="consultation-days">
            {t('application.preferences.consultationDays', {
              department: pick(department.name),
              days: department.consultationWeekdays
                .map((day) => formatWeekday(day, locale))
                .join(t('departments.listSeparator')),
            })}
          </Text>
        )}
        {dates.length === 0 && <Text>{t('application.preferences.noDates')}</Text>}
        {dates.map((date, index) => (
          <Group key={index} gap="sm" align="flex-end" wrap="nowrap">
            <TextInput
              size="lg"
              type="date"
              style={{ flex: 1 }}
              label={t('application.preferences.date', { n: index + 1 })}
              min={tomorrow}
              value={date}
              onChange={(event) =>
                setDates(dates.map((d, i) => (i === index ? event.currentTarget.value : d)))
              }
              error={errorOf(`preferences.preferredDates.${index}`)}
              data-testid={`preferred-date-${index + 1}`}
            />
            <Button
              styles={wrapLabel}
              variant="subtle"
              size="md"
              mih={44}
              onClick={() => setDates(dates.filter((_, i) => i !== index))}
              aria-label={t('application.preferences.removeLabel', { n: index + 1 })}
            >
              {t('application.preferences.remove')}
            </Button>
          </Group>
        ))}
        {dates.length < maxDates && (
          <Button
            styles={wrapLabel}
            variant="outline"
            size="md"
            mih={44}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => setDates([...dates, tomorrow])}
            data-testid="add-date"
          >
            + {t('application.preferences.add')}
          </Button>
        )}
      </FieldGroup>
      <ChoiceCards
        label={t('application.preferences.timeOfDay')}
        choices={timesOfDay.map((value) => ({ value, label: t(`application.preferences.times.${value}`) }))}
        value={preferences?.timeOfDay}
        onChange={(value) =>
          set('preferences', { timeOfDay: timesOfDay.find((candidate) => candidate === value) })
        }
        error={errorOf('preferences.timeOfDay')}
        testId="time-of-day"
      />
      <TextAreaField
        label={t('application.preferences.notes')}
        description={t('application.preferences.notesHint')}
        value={preferences?.notes}
        onChange={(notes) => set('preferences', { notes })}
        error={errorOf('preferences.notes')}
        optional
        maxLength={1000}
        testId="preferences-notes"
      />
    </Stack>
  );
}
