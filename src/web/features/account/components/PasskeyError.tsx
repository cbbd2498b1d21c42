import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { passkeyErrorText, passkeyProblemKind } from '../passkey.js';

/**
 * Why a passkey step did not finish, beside its button. A cancelled prompt is everyday: it reads as a
 * calm note to try again, not as a failure.
 */
export function PasskeyError({ error, purpose }: { error: unknown; purpose: 'add' | 'signIn' }) {
  const { t } = useTranslation();
  if (!error) return null;
  const kind = passkeyProblemKind(error);
  return (
    <Alert
      color={kind === 'cancelled' ? 'caution' : 'red'}
      variant="light"
      role="alert"
      data-testid="passkey-error"
      data-kind={kind}
    >
      {passkeyErrorText(error, t, purpose)}
    </Alert>
  );
}
