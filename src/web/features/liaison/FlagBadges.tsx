import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QueueFlag, QueueRow } from '../../../shared/contracts/liaison.js';

/** The row's flags in the contract's order, as flag codes. */
export function setFlags(flags: QueueRow['flags']): QueueFlag[] {
  const named: [QueueFlag, boolean][] = [
    ['infected_file', flags.infectedFile],
    ['identity_mismatch', flags.identityMismatch],
    ['missing_documents', flags.missingDocuments],
    ['needs_review', flags.needsReview],
    ['unread_messages', flags.unreadMessages],
  ];
  return named.filter(([, on]) => on).map(([flag]) => flag);
}

const colour: Record<QueueFlag, string> = {
  infected_file: 'red.9',
  identity_mismatch: 'red.9',
  missing_documents: 'caution.9',
  needs_review: 'caution.9',
  unread_messages: 'blue.9',
};

/** Each flag says its meaning in words: the colour only repeats it (never colour alone). */
export function FlagBadges({ flags, unread = 0 }: { flags: QueueFlag[]; unread?: number }) {
  const { t } = useTranslation();
  if (flags.length === 0) {
    return (
      <Text inherit c="gray.7">
        {t('liaison.flags.none')}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="wrap">
      {flags.map((flag) => (
        <Badge
          key={flag}
          color={colour[flag]}
          variant="filled"
          radius="sm"
          tt="none"
          size="md"
          miw="max-content"
          data-testid="flag"
          data-flag={flag}
        >
          {flag === 'unread_messages' && unread > 0
            ? t('liaison.flags.unreadCount', { count: unread })
            : t(`liaison.flags.${flag}`)}
        </Badge>
      ))}
    </Group>
  );
}
