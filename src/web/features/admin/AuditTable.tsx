import { Button, Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format.js';
import { useLocale } from '../../hooks/use-locale.js';
import type { AuditEvent } from './api.js';
import type { AuditFilterKey } from './audit-filters.js';

/** The matching events, newest first; a user id narrows the search to that user with one click. */
export function AuditTable({
  events,
  onFilter,
}: {
  events: AuditEvent[];
  onFilter: (key: AuditFilterKey, value: string) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const idButton = (key: AuditFilterKey, id: string | null, role?: string | null) =>
    id ? (
      <>
        <Button
          variant="subtle"
          size="compact-xs"
          px={4}
          ff="monospace"
          title={id}
          aria-label={t('admin.audit.filterBy', { id })}
          onClick={() => onFilter(key, id)}
        >
          {id.slice(0, 8)}
        </Button>
        {role && <Text span inherit>{` (${role})`}</Text>}
      </>
    ) : (
      '—'
    );

  return (
    <Table.ScrollContainer
      minWidth={960}
      maxHeight="calc(100dvh - 160px)"
      type="native"
      tabIndex={0}
      aria-label={t('admin.audit.resultsTitle')}
    >
      <Table
        stickyHeader
        striped
        highlightOnHover
        withTableBorder
        verticalSpacing={4}
        fz="xs"
        data-testid="audit-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.audit.columns.occurredAt')}</Table.Th>
            <Table.Th scope="col">{t('admin.audit.columns.action')}</Table.Th>
            <Table.Th scope="col">{t('admin.audit.columns.outcome')}</Table.Th>
            <Table.Th scope="col">{t('admin.audit.columns.actor')}</Table.Th>
            <Table.Th scope="col">{t('admin.audit.columns.target')}</Table.Th>
            <Table.Th scope="col">{t('admin.audit.columns.patient')}</Table.Th>
            <Table.Th scope="col">{t('admin.audit.columns.ip')}</Table.Th>
            <Table.Th scope="col">{t('admin.audit.columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id} data-testid="audit-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.occurredAt, locale)}</Table.Td>
              <Table.Td>
                <Code fz="xs">{event.action}</Code>
              </Table.Td>
              <Table.Td>{event.outcome}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {idButton('actorUserId', event.actorUserId, event.actorRole)}
              </Table.Td>
              <Table.Td>
                {event.targetType ? (
                  <Text inherit title={event.targetId ?? undefined}>
                    {event.targetType}
                    {event.targetId ? ` ${event.targetId.slice(0, 8)}` : ''}
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>{idButton('patientUserId', event.patientUserId)}</Table.Td>
              <Table.Td>{event.ip ?? '—'}</Table.Td>
              <Table.Td style={{ maxWidth: 280, overflowWrap: 'anywhere' }}>
                {Object.keys(event.details).length > 0 ? JSON.stringify(event.details) : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
