import { Paper, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MessageView } from '../../../shared/contracts/liaison.js';
import { useLocale } from '../../hooks/use-locale.js';
import { formatFullDateAndTime } from '../../format.js';

/**
 * The messages oldest first (the server's order), each saying who wrote it and when in words, not by
 * colour or side alone; the applicant's own say whether the centre has read them.
 */
export function MessageThread({ messages, timeZone }: { messages: MessageView[]; timeZone: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Stack
      gap="sm"
      component="ol"
      aria-label={t('caseStatus.messages.thread')}
      data-testid="case-message-thread"
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {messages.map((message) => (
        <Paper
          key={message.id}
          component="li"
          withBorder
          p="sm"
          radius="md"
          ml={message.mine ? 'lg' : 0}
          mr={message.mine ? 0 : 'lg'}
          bg={message.mine ? 'brand.0' : undefined}
          data-testid="case-message"
          data-author={message.authorKind}
        >
          <Text size="sm" fw={700}>
            {authorOf(message, t)}
          </Text>
          <Text size="sm" c="gray.8">
            <time dateTime={message.createdAt}>
              {formatFullDateAndTime(message.createdAt, locale, timeZone)}
            </time>
            {message.mine &&
              ` · ${message.readAt ? t('caseStatus.messages.readByCentre') : t('caseStatus.messages.notReadYet')}`}
          </Text>
          <Text
            mt={4}
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            data-testid="case-message-body"
          >
            {message.body}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

function authorOf(message: MessageView, t: TFunction): string {
  if (message.mine) return t('caseStatus.messages.fromMe');
  return message.authorName
    ? t('caseStatus.messages.fromStaff', { name: message.authorName })
    : t('caseStatus.messages.fromCentre');
}
