import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HospitalProfile } from '../../shared/contracts/profile.js';
import { useHospitalProfile } from '../api/profile.js';

/** Renders its children with the hospital profile once loaded; says plainly what to do if it fails. */
export function ProfileGate({ children }: { children: (profile: HospitalProfile) => ReactNode }) {
  const { t } = useTranslation();
  const query = useHospitalProfile();
  if (query.isPending) {
    return (
      <Stack align="center" py="xl" role="status">
        <Loader aria-hidden />
        <Text>{t('app.loading')}</Text>
      </Stack>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" role="alert" title={t('app.loadFailed')}>
        <Button mt="sm" onClick={() => void query.refetch()}>
          {t('app.retry')}
        </Button>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
