import { Alert, Button, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Abilities, Me } from '../../../shared/contracts/auth.js';
import { useMe } from '../../api/session.js';
import { Loading } from '../../components/Loading.js';
import { accountPaths, pathFor, withNext } from './next-path.js';

/**
 * A page for signed-in people only: sends everyone else to the step they are missing and back here
 * afterwards. `ability` hides the page unless the server grants it; the rule itself stays on the server.
 */
export function RequireSignIn({
  children,
  ability,
  allowIncomplete = false,
}: {
  children: (me: Me) => ReactNode;
  ability?: keyof Abilities;
  /** For the second-factor steps themselves. */
  allowIncomplete?: boolean;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const { me, isError, refetch } = useMe({ required: true });
  const here = location.pathname + location.search;

  if (isError) {
    return (
      <Alert color="red" role="alert" title={t('app.loadFailed')}>
        <Button mt="sm" onClick={() => void refetch()}>
          {t('app.retry')}
        </Button>
      </Alert>
    );
  }
  if (me === undefined) return <Loading />;
  if (me === null) return <Navigate to={withNext(accountPaths.signIn, here)} replace />;
  if (me.state !== 'signed_in' && !allowIncomplete) return <Navigate to={pathFor(me, here)} replace />;
  if (ability && !me.abilities[ability]) {
    return (
      <Stack>
        <Alert color="caution" role="alert" title={t('account.notAllowed')} />
      </Stack>
    );
  }
  return <>{children(me)}</>;
}
