import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '../../../components/Loading.js';
import { accountApi } from '../api.js';
import { AccountPageShell } from '../components/AccountPageShell.js';
import { LinkProblem } from '../components/LinkProblem.js';
import { useLinkToken } from '../components/use-link-token.js';
import { accountPaths, safeNext, withNext } from '../next-path.js';

/** Opened from the sign-up mail: confirms the address by itself, then offers to sign in. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  // The mail carries where the person was going (a path of this site, checked again here).
  const next = safeNext(useSearchParams()[0].get('next'));
  const verify = useMutation({ mutationFn: accountApi.verifyEmail });
  const started = useRef(false);
  const { mutate } = verify;

  useEffect(() => {
    // A token works once: never send it twice (React may run this effect twice in development).
    if (token && !started.current) {
      started.current = true;
      mutate(token);
    }
  }, [token, mutate]);

  return (
    <AccountPageShell title={t('account.verify.title')}>
      {!token && <LinkProblem kind="verify" />}
      {token && (verify.isPending || verify.isIdle) && <Loading />}
      {verify.isError && <LinkProblem kind="verify" error={verify.error} />}
      {verify.isSuccess && (
        <Stack gap="md">
          <Alert color="brand" variant="light" role="status" data-testid="verified">
            <Text>{t('account.verify.done')}</Text>
          </Alert>
          <Button component={Link} to={withNext(accountPaths.signIn, next)} size="lg">
            {t('account.verify.signIn')}
          </Button>
        </Stack>
      )}
    </AccountPageShell>
  );
}
