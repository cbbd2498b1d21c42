import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1}>{t('app.notFoundTitle')}</Title>
      <Text>{t('app.notFoundBody')}</Text>
      <Button component={Link} to="/" w="fit-content" mih={44}>
        {t('app.backHome')}
      </Button>
    </Stack>
  );
}
