import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiProblem } from '../../../api/client.js';
import { accountPaths } from '../next-path.js';

const retryPath = {
  verify: accountPaths.signUp,
  reset: accountPaths.forgotPassword,
  invitation: undefined,
} as const;

/** An e-mailed link that is incomplete, used or expired: what it means and how to get a new one. */
export function LinkProblem({ kind, error }: { kind: keyof typeof retryPath; error?: unknown }) {
  const { t } = useTranslation();
  const message =
    error instanceof ApiProblem && !error.is('validation')
      ? error.title
      : error
        ? t('account.errors.network')
        : t('account.link.incomplete');
  const retry = retryPath[kind];
  return (
    <Stack gap="md">
      <Alert color="red" variant="light" role="alert" data-testid="link-problem">
        <Text>{message}</Text>
      </Alert>
      <Text>{t(`account.link.retry.${kind}`)}</Text>
      {retry && (
        <Button component={Link} to={retry} variant="light" size="lg">
          {t(`account.link.retryAction.${kind}`)}
        </Button>
      )}
    </Stack>
  );
}
