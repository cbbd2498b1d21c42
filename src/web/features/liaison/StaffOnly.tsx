import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/auth.js';
import { RequireSignIn } from '../account/RequireSignIn.js';

/**
 * The console's pages, for those /me says may use it (coordinators and doctors with their second
 * factor); anyone else is told plainly. The server still decides what each may see and do (404/403).
 */
export function StaffOnly({ children }: { children: (me: Me) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      {(me) =>
        me.abilities.useLiaisonConsole ? (
          children(me)
        ) : (
          <Alert color="caution" role="alert" title={t('liaison.staffOnly')} />
        )
      }
    </RequireSignIn>
  );
}
