import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "We sent you a mail": where it went, what to do with it, and what to do if it does not arrive. */
export function CheckMailNotice({ email, purpose }: { email: string; purpose: 'verify' | 'reset' }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="brand" variant="light" role="status" data-testid="check-mail">
        <Text>{t(`account.checkMail.${purpose}`, { email })}</Text>
      </Alert>
      <Title order={2} size="h4">
        {t('account.checkMail.notArrivedTitle')}
      </Title>
      <List spacing="xs">
        <List.Item>{t('account.checkMail.spam')}</List.Item>
        <List.Item>{t('account.checkMail.address')}</List.Item>
        <List.Item>{t('account.checkMail.wait')}</List.Item>
        <List.Item>{t('account.checkMail.phone')}</List.Item>
      </List>
    </Stack>
  );
}
