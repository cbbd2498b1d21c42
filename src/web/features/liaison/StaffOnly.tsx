import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/contracts/auth.js';
import { RequireSignIn } from '../account/RequireSignIn.js';

/** The roles the console is for; the server decides what each may see and do (404/403 otherwise). */
export const isLiaisonStaff = (role: Me['user']['role']) => role === 'coordinator' || role === 'doctor';

/** The console's pages: signed-in coordinators and doctors; anyone else is told plainly. */
export function StaffOnly({ children }: { children: (me: Me) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      {(me) =>
        isLiaisonStaff(me.user.role) ? (
          children(me)
        ) : (
          <Alert color="caution" role="alert" title={t('liaison.staffOnly')} />
        )
      }
    </RequireSignIn>
  );
}
