import { Alert, Group, NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ageOn, isCalendarDate } from '../../../../shared/domain/calendar.js';
import type { Locale } from '../../../../shared/i18n/locale.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { eraYearOn, eraYearsOf } from '../../precheck/era-labels.js';
import { FieldGroup } from './fields.js';

/** Nobody older than this consults; the year list stays short enough to scroll on a phone. */
const oldestAge = 120;
const dateTags: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };
const numbers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

type Parts = { year?: number | undefined; month?: number | undefined; day?: number | undefined };

function partsOf(date: string | undefined): Parts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : {};
}

function dateOf({ year, month, day }: Parts): string | undefined {
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthName(month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(dateTags[locale], { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}

function longDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(dateTags[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/**
 * The patient's birth date as three native selects (a phone shows its own wheel for each). Every year
 * carries its era (1950年（昭和25年）), and the chosen date is read back in both calendars with the age,
 * so a wrong pick shows at once. The words are the pre-check's, so both ask it the same way.
 */
export function BirthDateFields({
  value,
  onChange,
  error,
  today,
}: {
  value: string | undefined;
  onChange: (date: string | undefined) => void;
  error: string | undefined;
  today: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  // Kept here as well, so choosing the year first is not lost while month and day are still open.
  const [parts, setParts] = useState<Parts>(() => partsOf(value));
  const q = (key: string, values?: Record<string, string | number>) =>
    t(`precheck.questions.birthDate.${key}`, values);
  const thisYear = Number(today.slice(0, 4));
  const placeholder = { value: '', label: q('choose'), disabled: true };
  const shortPlaceholder = { ...placeholder, label: q('chooseShort') };
  const set = (part: keyof Parts, raw: string) => {
    const next = { ...parts, [part]: raw === '' ? undefined : Number(raw) };
    setParts(next);
    onChange(dateOf(next));
  };
  const date = dateOf(parts);
  const complete = date !== undefined && isCalendarDate(date) && date <= today;

  return (
    <FieldGroup legend={t('application.fields.birthDate')}>
      <NativeSelect
        size="lg"
        label={q('year')}
        required
        data={[
          placeholder,
          ...numbers(thisYear - oldestAge, thisYear)
            .reverse()
            .map((year) => ({
              value: String(year),
              label: q('yearOption', { year, era: eraYearsOf(year, locale) }),
            })),
        ]}
        value={parts.year === undefined ? '' : String(parts.year)}
        onChange={(event) => set('year', event.currentTarget.value)}
        // Mantine ties the message to this select; month and day are marked invalid beside it.
        error={error}
        data-testid="birth-year"
      />
      <Group grow gap="sm" align="flex-start" wrap="nowrap">
        <NativeSelect
          size="lg"
          label={q('month')}
          required
          data={[
            shortPlaceholder,
            ...numbers(1, 12).map((month) => ({ value: String(month), label: monthName(month, locale) })),
          ]}
          value={parts.month === undefined ? '' : String(parts.month)}
          onChange={(event) => set('month', event.currentTarget.value)}
          error={Boolean(error)}
          data-testid="birth-month"
        />
        <NativeSelect
          size="lg"
          label={q('day')}
          required
          data={[
            shortPlaceholder,
            ...numbers(1, 31).map((day) => ({ value: String(day), label: q('dayOption', { day }) })),
          ]}
          value={parts.day === undefined ? '' : String(parts.day)}
          onChange={(event) => set('day', event.currentTarget.value)}
          error={Boolean(error)}
          data-testid="birth-day"
        />
      </Group>
      {complete && parts.year !== undefined && (
        <Alert color="brand" variant="light" data-testid="birth-date-summary">
          <Text fw={700}>
            {q('summary', {
              era: eraYearOn(date, locale),
              date: longDate(date, locale),
              year: parts.year,
              month: parts.month ?? '',
              day: parts.day ?? '',
              age: ageOn(date, today),
            })}
          </Text>
        </Alert>
      )}
    </FieldGroup>
  );
}
