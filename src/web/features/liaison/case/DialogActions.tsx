import { Alert, Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/error-text.js';

/**
 * The foot of every console dialog: why the last attempt failed (in the reader's language), then
 * "cancel" and the dialog's own confirm button, on the right.
 */
export function DialogActions({
  error,
  errorTestId,
  onCancel,
  children,
}: {
  /** The failed attempt's error, or null. */
  error: unknown;
  errorTestId?: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {error != null && (
        <Alert color="red" role="alert" data-testid={errorTestId}>
          {errorText(error, t)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('liaison.common.cancel')}
        </Button>
        {children}
      </Group>
    </>
  );
}
