import { Alert, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ageOn, isCalendarDate } from '../../../../shared/domain/calendar.js';
import type { Locale } from '../../../../shared/i18n/locale.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { birthDateOf, type PrecheckDraft } from '../draft.js';
import { eraYearOn, eraYearsOf } from '../era-labels.js';
import type { QuestionProps } from './QuestionBody.js';

/** Nobody older than this consults; the year list stays short enough to scroll on a phone. */
const oldestAge = 120;

const dateTags: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

/** 4月 / April */
function monthName(month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(dateTags[locale], { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}

/** 1950年4月1日 / 1 April 1950 */
function longDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(dateTags[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

const numbers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The birth date as three native selects (year, month, day): a phone shows its own large wheel for
 * each, with no typing and no calendar to page back through decades. Each year carries its era name
 * (1950年（昭和25年）), so a person who knows only one of the two finds it.
 */
export function BirthDateQuestion({ draft, update, context, error }: QuestionProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { birth } = draft;
  const thisYear = Number(context.today.slice(0, 4));
  const q = (key: string, values?: Record<string, string | number>) =>
    t(`precheck.questions.birthDate.${key}`, values);
  const placeholder = { value: '', label: q('choose'), disabled: true };
  const set = (part: keyof PrecheckDraft['birth'], raw: string) =>
    update({ birth: { ...birth, [part]: raw === '' ? undefined : Number(raw) } });
  const allChosen = birth.year !== undefined && birth.month !== undefined && birth.day !== undefined;
  // Missing parts are marked; a whole date that does not exist (or lies ahead) marks all three.
  const invalid = (value: number | undefined) => Boolean(error) && (value === undefined || allChosen);

  const birthDate = birthDateOf(birth);
  const complete = birthDate !== undefined && isCalendarDate(birthDate) && birthDate <= context.today;

  return (
    <Stack gap="md">
      <NativeSelect
        size="lg"
        label={q('year')}
        data={[
          placeholder,
          ...numbers(thisYear - oldestAge, thisYear)
            .reverse()
            .map((year) => ({
              value: String(year),
              label: q('yearOption', { year, era: eraYearsOf(year, locale) }),
            })),
        ]}
        value={birth.year === undefined ? '' : String(birth.year)}
        onChange={(event) => set('year', event.currentTarget.value)}
        error={invalid(birth.year)}
        autoComplete="bday-year"
        data-testid="birth-year"
      />
      <Group grow gap="sm" align="flex-start" wrap="nowrap">
        <NativeSelect
          size="lg"
          label={q('month')}
          data={[
            placeholder,
            ...numbers(1, 12).map((month) => ({ value: String(month), label: monthName(month, locale) })),
          ]}
          value={birth.month === undefined ? '' : String(birth.month)}
          onChange={(event) => set('month', event.currentTarget.value)}
          error={invalid(birth.month)}
          autoComplete="bday-month"
          data-testid="birth-month"
        />
        <NativeSelect
          size="lg"
          label={q('day')}
          data={[
            placeholder,
            ...numbers(1, 31).map((day) => ({ value: String(day), label: q('dayOption', { day }) })),
          ]}
          value={birth.day === undefined ? '' : String(birth.day)}
          onChange={(event) => set('day', event.currentTarget.value)}
          error={invalid(birth.day)}
          autoComplete="bday-day"
          data-testid="birth-day"
        />
      </Group>
      {error && (
        <Text c="red.9" size="sm" role="alert">
          {error}
        </Text>
      )}
      {complete && birth.year !== undefined && birth.month !== undefined && birth.day !== undefined && (
        // Read back in both calendars, with the age, so a wrong pick shows at once.
        <Alert color="brand" variant="light" role="status" data-testid="birth-date-summary">
          <Text fw={700}>
            {q('summary', {
              era: eraYearOn(birthDate, locale),
              date: longDate(birthDate, locale),
              year: birth.year,
              month: birth.month,
              day: birth.day,
              age: ageOn(birthDate, context.today),
            })}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
