import { Button, Stack } from '@mantine/core';
import type { FormEvent, ReactNode, RefObject } from 'react';
import { blockImeEnter } from '../../../components/ime.js';
import { FormAlert } from './FormAlert.js';

/**
 * A form of the account pages: our own messages instead of the browser's (noValidate), the form's
 * error beside the button, one large button that shows it is working.
 */
export function AccountForm({
  formRef,
  onSubmit,
  error,
  submitLabel,
  pending,
  children,
  label,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: () => void;
  error: string | undefined;
  submitLabel: string;
  pending: boolean;
  children: ReactNode;
  /** The form's accessible name. */
  label?: string;
}) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };
  return (
    <form ref={formRef} noValidate onSubmit={submit} onKeyDown={blockImeEnter} aria-label={label}>
      <Stack gap="md">
        {children}
        <FormAlert message={error} />
        <Button type="submit" size="lg" loading={pending} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
