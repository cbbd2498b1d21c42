import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonName } from '../../../../shared/contracts/application.js';
import { toKatakana } from '../kana.js';
import { FieldGroup, TextField } from './fields.js';

type NameKey = keyof PersonName;

/**
 * A name as Japanese forms ask it: family and given name in kanji, then their reading in katakana.
 * Hiragana and half-width katakana are accepted and turned into full-width katakana when the field is
 * left (not while the IME is still converting).
 */
export function NameFields({
  legend,
  prefix,
  name,
  onChange,
  errorOf,
  testId,
}: {
  legend: string;
  /** The field key of the name, e.g. "patient.name" (errors are looked up by it). */
  prefix: string;
  name: Partial<PersonName> | undefined;
  onChange: (name: Partial<PersonName>) => void;
  errorOf: (key: string) => string | undefined;
  testId: string;
}) {
  const { t } = useTranslation();
  const field = (key: NameKey, kana: boolean) => (
    <TextField
      label={t(`application.fields.name.${key}`)}
      value={name?.[key]}
      onChange={(value) => onChange({ ...name, [key]: value })}
      onTidy={kana ? toKatakana : undefined}
      error={errorOf(`${prefix}.${key}`)}
      maxLength={50}
      // The browser would offer the name of whoever is typing, often a family member.
      autoComplete="off"
      testId={`${testId}-${key}`}
    />
  );
  return (
    <FieldGroup legend={legend} hint={t('application.fields.name.hint')}>
      <Group grow gap="sm" align="flex-start" wrap="nowrap">
        {field('familyName', false)}
        {field('givenName', false)}
      </Group>
      <Group grow gap="sm" align="flex-start" wrap="nowrap">
        {field('familyNameKana', true)}
        {field('givenNameKana', true)}
      </Group>
    </FieldGroup>
  );
}
