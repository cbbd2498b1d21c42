import { Alert, Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.js';
import { Loading } from '../../components/Loading.js';
import { formatDateTime } from '../../format.js';
import { useLocale } from '../../hooks/use-locale.js';
import { usePageTitle } from '../../hooks/use-page-title.js';
import { fetchDevMail } from './api.js';
import { MailText } from './MailText.js';

/** DEVELOPMENT ONLY: the mails the server kept in its database instead of sending them. */
export function DevMailPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  usePageTitle(t('devMail.title'));
  const [draft, setDraft] = useState('');
  const [to, setTo] = useState('');
  const mail = useQuery({ queryKey: ['dev-mail', to], queryFn: () => fetchDevMail(to) });

  return (
    <Stack gap="lg">
      <Title order={1}>{t('devMail.title')}</Title>
      <Alert color="caution" variant="filled" role="note" title={t('devMail.warningTitle')}>
        {t('devMail.warning')}
      </Alert>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTo(draft.trim());
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('devMail.to')}
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            type="email"
            autoComplete="off"
          />
          <Button type="submit">{t('devMail.show')}</Button>
          <Button variant="default" onClick={() => void mail.refetch()}>
            {t('devMail.refresh')}
          </Button>
        </Group>
      </form>
      {mail.isPending && <Loading />}
      {mail.isError && (
        <Alert color="red" role="alert">
          {errorText(mail.error, t)}
        </Alert>
      )}
      {mail.data === 'off' && (
        <Alert color="gray" role="status" data-testid="dev-mail-off">
          {t('devMail.off')}
        </Alert>
      )}
      {mail.data && mail.data !== 'off' && mail.data.mails.length === 0 && <Text>{t('devMail.empty')}</Text>}
      {mail.data && mail.data !== 'off' && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {mail.data.mails.map((item) => (
            <Card key={item.id} component="li" withBorder data-testid="dev-mail">
              <Stack gap={4}>
                <Group gap="xs">
                  <Text fw={700}>{item.subject}</Text>
                  <Badge variant="light" color="gray" tt="none">
                    {item.template} · {item.locale}
                  </Badge>
                </Group>
                <Text size="sm">
                  {t('devMail.sentTo', { to: item.to, at: formatDateTime(item.createdAt, locale) })}
                </Text>
                <details>
                  <summary
                    style={{ cursor: 'pointer', minHeight: 44, display: 'flex', alignItems: 'center' }}
                  >
                    {t('devMail.body')}
                  </summary>
                  <MailText text={item.text} />
                </details>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
