import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../account/RequireSignIn.js';

/**
 * Applications belong to the patient's account (R-ACC-02): signed-out visitors are sent to sign in and
 * back; staff accounts are told plainly that these pages are the patient's.
 */
export function PatientsOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      {(me) =>
        me.user.role === 'patient' ? (
          children
        ) : (
          <Alert color="caution" role="alert" title={t('application.patientsOnly')} />
        )
      }
    </RequireSignIn>
  );
}
