import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.js';
import { Loading } from '../../components/Loading.js';
import { useCaseMessages } from './api.js';
import { MessageComposer } from './MessageComposer.js';
import { MessageThread } from './MessageThread.js';

/**
 * "病院とのメッセージ" on the status page: the thread, then the reply box. A section of the page rather
 * than a page of its own, because the thread can only be read by opening it (reading marks the
 * centre's messages read), so a link could not honestly say how many are new.
 */
export function CaseMessagesSection({
  caseId,
  centreName,
  timeZone,
}: {
  caseId: string;
  centreName: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const messages = useCaseMessages(caseId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="case-messages-title" data-testid="case-messages">
      <Title order={2} size="h3" id="case-messages-title">
        {t('caseStatus.messages.title')}
      </Title>
      <Text>{t('caseStatus.messages.lead', { centre: centreName })}</Text>
      {messages.isPending && <Loading />}
      {messages.isError && (
        <Alert color="red" role="alert" title={t('caseStatus.messages.loadFailed')}>
          <Text>{errorText(messages.error, t)}</Text>
          <Button mt="sm" size="md" mih={44} variant="outline" onClick={() => void messages.refetch()}>
            {t('caseStatus.request.retry')}
          </Button>
        </Alert>
      )}
      {messages.data &&
        (messages.data.messages.length === 0 ? (
          <Text c="gray.8">{t('caseStatus.messages.none')}</Text>
        ) : (
          <MessageThread messages={messages.data.messages} timeZone={timeZone} />
        ))}
      <MessageComposer caseId={caseId} />
    </Stack>
  );
}
