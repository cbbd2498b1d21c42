import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/error-text.js';
import { formatDateTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { liaisonApi, liaisonKeys } from '../api.js';
import { Section } from './Section.js';

const BODY_MAX = 4000;

/**
 * The secure messages with the applicant: the thread (opening it marks theirs read) and a reply. The
 * applicant is mailed only that a message is waiting; the text stays behind their sign-in.
 */
export function MessagesSection({
  caseId,
  patientName,
  canSend,
}: {
  caseId: string;
  patientName: string;
  canSend: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const messages = useQuery({
    queryKey: liaisonKeys.messages(caseId),
    queryFn: () => liaisonApi.messages(caseId),
  });
  const send = useMutation({
    mutationFn: () => liaisonApi.sendMessage(caseId, body.trim()),
    onSuccess: async () => {
      setBody('');
      await queryClient.invalidateQueries({ queryKey: liaisonKeys.all });
    },
  });
  const thread = messages.data?.messages ?? [];

  return (
    <Section id="messages" title={t('liaison.case.messages.title')}>
      {messages.isError && (
        <Alert color="red" role="alert">
          {errorText(messages.error, t)}
        </Alert>
      )}
      {messages.isSuccess && thread.length === 0 && <Text size="sm">{t('liaison.case.messages.none')}</Text>}
      {thread.length > 0 && (
        <Stack
          gap="xs"
          mah={420}
          style={{ overflowY: 'auto' }}
          tabIndex={0}
          role="region"
          aria-label={t('liaison.case.messages.thread')}
          data-testid="message-thread"
        >
          {thread.map((message) => (
            <Paper
              key={message.id}
              withBorder
              p="xs"
              ml={message.mine ? 'xl' : 0}
              mr={message.mine ? 0 : 'xl'}
              bg={message.mine ? 'brand.0' : undefined}
              data-testid="message"
              data-author={message.authorKind}
            >
              <Text size="xs" c="gray.8" fw={700}>
                {message.authorKind === 'patient'
                  ? t('liaison.case.messages.fromApplicant')
                  : t('liaison.case.messages.fromStaff', { name: message.authorName ?? '' })}
                {' · '}
                {formatDateTime(message.createdAt, locale)}
                {message.authorKind === 'staff' &&
                  (message.readAt
                    ? ` · ${t('liaison.case.messages.read')}`
                    : ` · ${t('liaison.case.messages.unread')}`)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {message.body}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {canSend && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (body.trim()) send.mutate();
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t('liaison.case.messages.compose')}
              description={t('liaison.case.messages.composeHint', { patient: patientName })}
              value={body}
              maxLength={BODY_MAX}
              autosize
              minRows={3}
              onChange={(event) => setBody(event.currentTarget.value)}
              data-testid="message-body"
            />
            {send.isError && (
              <Alert color="red" role="alert">
                {errorText(send.error, t)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button
                type="submit"
                size="sm"
                loading={send.isPending}
                disabled={body.trim() === ''}
                data-testid="message-send"
              >
                {t('liaison.case.messages.send', { patient: patientName })}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Section>
  );
}
