import { Alert } from '@mantine/core';

/** The form's own message (not tied to one field), read out at once and placed beside the button. */
export function FormAlert({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert" tabIndex={-1} data-testid="form-error">
      {message}
    </Alert>
  );
}
