import { Alert, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/error-text.js';
import { Loading } from '../../../components/Loading.js';
import { formatDateTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { accountApi, type SessionView } from '../api.js';
import { deviceName } from './device-name.js';
import { SettingsSection } from './SettingsSection.js';

const sessionsKey = ['account', 'sessions'] as const;

/** Where this account is signed in; any other device can be signed out from here. */
export function SessionsSection() {
  const { t } = useTranslation();
  const sessions = useQuery({ queryKey: sessionsKey, queryFn: accountApi.sessions });
  return (
    <SettingsSection id="sessions" title={t('account.sessions.title')}>
      <Text>{t('account.sessions.lead')}</Text>
      {sessions.isPending && <Loading />}
      {sessions.isError && (
        <Alert color="red" role="alert">
          {errorText(sessions.error, t)}
        </Alert>
      )}
      {sessions.data && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {[...sessions.data.sessions]
            .sort((a, b) => Number(b.current) - Number(a.current))
            .map((session) => (
              <SessionItem key={session.id} session={session} />
            ))}
        </Stack>
      )}
    </SettingsSection>
  );
}

function SessionItem({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const end = useMutation({
    mutationFn: () => accountApi.endSession(session.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
  const device = deviceName(session.userAgent) ?? t('account.sessions.unknownDevice');
  return (
    <Card component="li" withBorder padding="md" data-testid="session" data-current={session.current}>
      <Stack gap={4}>
        <Group gap="sm">
          <Text fw={700}>{device}</Text>
          {session.current && (
            <Badge color="brand.9" variant="filled" radius="sm" tt="none" size="lg">
              {t('account.sessions.thisDevice')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {t('account.sessions.started', { at: formatDateTime(session.createdAt, locale) })}
        </Text>
        <Text size="sm">
          {t('account.sessions.lastSeen', { at: formatDateTime(session.lastSeenAt, locale) })}
        </Text>
        {session.ip && <Text size="sm">{t('account.sessions.ip', { ip: session.ip })}</Text>}
        {end.isError && (
          <Alert color="red" role="alert">
            {errorText(end.error, t)}
          </Alert>
        )}
        {!session.current && (
          <Button
            mt="xs"
            variant="outline"
            size="md"
            w="fit-content"
            loading={end.isPending}
            onClick={() => end.mutate()}
            aria-label={t('account.sessions.endLabel', { device })}
          >
            {t('account.sessions.end')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
