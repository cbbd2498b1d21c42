import { Stack, Text, TextInput, Textarea, type TextInputProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type TextFieldProps = {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  /** Tidies the value when the field is left (kana, postal code, phone): never while typing with an IME. */
  onTidy?: (value: string) => string;
  error: string | undefined;
  description?: string;
  optional?: boolean;
  testId?: string;
} & Pick<
  TextInputProps,
  'autoComplete' | 'inputMode' | 'type' | 'maxLength' | 'autoCapitalize' | 'spellCheck'
>;

/**
 * One line of text, large. Mantine ties the hint and the error to the input (aria-describedby) and marks
 * it invalid; optional fields say so in their label, required ones carry the asterisk.
 */
export function TextField({
  label,
  value,
  onChange,
  onTidy,
  error,
  description,
  optional,
  testId,
  ...input
}: TextFieldProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      size="lg"
      label={optional ? t('application.fields.optional', { label }) : label}
      required={!optional}
      description={description}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={
        onTidy
          ? (event) => {
              const tidied = onTidy(event.currentTarget.value);
              if (tidied !== event.currentTarget.value) onChange(tidied);
            }
          : undefined
      }
      error={error}
      data-testid={testId}
      {...input}
    />
  );
}

/** Several lines (the diagnosis, the questions): grows with the text, no inner scroll bar on a phone. */
export function TextAreaField({
  label,
  value,
  onChange,
  error,
  description,
  optional,
  maxLength,
  testId,
}: Omit<TextFieldProps, 'onTidy'>) {
  const { t } = useTranslation();
  return (
    <Textarea
      size="lg"
      autosize
      minRows={3}
      label={optional ? t('application.fields.optional', { label }) : label}
      required={!optional}
      description={description}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      maxLength={maxLength}
      // Health details never go to the browser's form history.
      autoComplete="off"
      data-testid={testId}
    />
  );
}

/** Fields that belong together (a name, an address) under one visible legend. */
export function FieldGroup({
  legend,
  hint,
  children,
}: {
  legend: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" fw={700} size="lg" mb={hint ? 2 : 'xs'} p={0}>
        {legend}
      </Text>
      {hint && (
        <Text size="sm" c="gray.8" mb="xs">
          {hint}
        </Text>
      )}
      <Stack gap="md">{children}</Stack>
    </fieldset>
  );
}
