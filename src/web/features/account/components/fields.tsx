import { PasswordInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type FieldProps = {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  label?: string;
  description?: string;
};

export function EmailField({ value, onChange, error, label, description }: FieldProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      size="lg"
      type="email"
      name="email"
      label={label ?? t('account.fields.email')}
      description={description}
      autoComplete="email"
      inputMode="email"
      autoCapitalize="none"
      spellCheck={false}
      required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}

/** A password with a button to show it; a new password states the rule before anything is typed. */
export function PasswordField({
  value,
  onChange,
  error,
  label,
  isNew = false,
  name = 'password',
}: FieldProps & { isNew?: boolean; name?: string }) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      size="lg"
      name={name}
      label={label ?? t('account.fields.password')}
      description={isNew ? t('account.fields.passwordRule') : undefined}
      autoComplete={isNew ? 'new-password' : 'current-password'}
      required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      // Mantine leaves aria-invalid off the inner password input; screen readers need it.
      aria-invalid={error ? true : undefined}
      visibilityToggleButtonProps={{
        'aria-label': t('account.fields.showPassword'),
        tabIndex: 0,
        size: 44,
      }}
    />
  );
}

const fullWidthDigits = /[０-９]/g;

/** Full-width digits (from a Japanese keyboard) become normal ones; spaces and hyphens are dropped. */
export function normaliseCode(raw: string): string {
  return raw
    .replace(fullWidthDigits, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/\D/g, '')
    .slice(0, 6);
}

/** The six-digit code of an authenticator app: numeric keypad, and the phone may offer it itself. */
export function CodeField({ value, onChange, error, label, description }: FieldProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      size="lg"
      name="code"
      label={label ?? t('account.fields.code')}
      description={description ?? t('account.fields.codeHint')}
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]*"
      required
      value={value}
      onChange={(event) => onChange(normaliseCode(event.currentTarget.value))}
      error={error}
      styles={{ input: { letterSpacing: '0.3em', fontSize: '1.5rem', maxWidth: '12rem' } }}
      data-testid="code-input"
    />
  );
}

/** Browser-side checks, worded by key so a language switch re-words them. */
export const validate = {
  required: (value: string) => (value.trim() === '' ? 'account.errors.required' : undefined),
  email: (value: string) =>
    value.trim() === ''
      ? 'account.errors.required'
      : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
        ? undefined
        : 'account.errors.email',
  newPassword: (value: string) =>
    value === ''
      ? 'account.errors.required'
      : [...value].length < 10
        ? 'account.errors.passwordLength'
        : undefined,
  code: (value: string) => (/^\d{6}$/.test(value) ? undefined : 'account.errors.code'),
};

/** Full-width letters and ＠ typed with a Japanese keyboard become the plain address. */
export function normaliseEmail(raw: string): string {
  return raw.normalize('NFKC').trim();
}
