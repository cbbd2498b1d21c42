import { Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A short, announced wait. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Stack align="center" py="xl" role="status">
      <Loader aria-hidden />
      <Text>{t('app.loading')}</Text>
    </Stack>
  );
}
