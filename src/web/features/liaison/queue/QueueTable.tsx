import { Anchor, Table, Text } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QueueRow } from '../../../../shared/contracts/liaison.js';
import { formatDateTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { FlagBadges, setFlags } from '../FlagBadges.js';
import { liaisonPaths } from '../paths.js';
import { useDepartments } from '../use-departments.js';

type QueueTableProps = {
  rows: QueueRow[];
  selected: number | null;
  onSelect: (index: number) => void;
  caption: string;
};

/**
 * One page of the queue: dense, the header kept in view, one link per row (the case number) so Tab
 * and Enter work as everywhere; j/k move the selection onto these links (LiaisonQueuePage).
 */
export const QueueTable = forwardRef<HTMLDivElement, QueueTableProps>(function QueueTable(
  { rows, selected, onSelect, caption },
  ref,
) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { nameOf } = useDepartments();
  return (
    <Table.ScrollContainer
      ref={ref}
      minWidth={1040}
      maxHeight="calc(100dvh - 300px)"
      type="native"
      tabIndex={0}
      aria-label={t('liaison.queue.tableLabel')}
    >
      <Table
        stickyHeader
        striped
        highlightOnHover
        withTableBorder
        verticalSpacing={4}
        horizontalSpacing="xs"
        fz="sm"
        data-testid="queue-table"
      >
        <Table.Caption
          style={{ color: 'var(--mantine-color-gray-7)', captionSide: 'top', textAlign: 'left' }}
        >
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('liaison.queue.columns.caseNumber')}</Table.Th>
            <Table.Th scope="col">{t('liaison.queue.columns.patient')}</Table.Th>
            <Table.Th scope="col">{t('liaison.queue.columns.department')}</Table.Th>
            <Table.Th scope="col">{t('liaison.queue.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('liaison.queue.columns.submitted')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('liaison.queue.columns.waiting')}
            </Table.Th>
            <Table.Th scope="col">{t('liaison.queue.columns.flags')}</Table.Th>
            <Table.Th scope="col">{t('liaison.queue.columns.identity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => {
            const isSelected = index === selected;
            return (
              <Table.Tr
                key={row.id}
                data-testid="queue-row"
                data-case-id={row.id}
                data-row-index={index}
                data-selected={isSelected || undefined}
                aria-current={isSelected ? 'true' : undefined}
                style={
                  isSelected
                    ? {
                        background: 'var(--mantine-color-brand-0)',
                        boxShadow: 'inset 4px 0 0 var(--mantine-color-brand-8)',
                      }
                    : undefined
                }
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor
                    component={Link}
                    to={liaisonPaths.case(row.id)}
                    fw={700}
                    inherit
                    onFocus={() => onSelect(index)}
                    data-testid="queue-open"
                  >
                    {row.caseNumber}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text inherit fw={700} data-testid="queue-patient">
                    {row.patient.name}
                  </Text>
                  <Text inherit size="xs" c="gray.7">
                    {row.patient.nameKana}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{nameOf(row.departmentCode) || '—'}</Table.Td>
                <Table.Td
                  style={{ whiteSpace: 'nowrap' }}
                  data-testid="queue-status"
                  data-status={row.status}
                >
                  {t(`liaison.status.${row.status}`)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(row.submittedAt, locale)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="queue-waiting">
                  {t('liaison.queue.waitingDays', { count: row.waitingDays })}
                </Table.Td>
                <Table.Td>
                  <FlagBadges flags={setFlags(row.flags)} unread={row.unreadMessages} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {row.identityVerified
                    ? t('liaison.identity.verifiedShort')
                    : t('liaison.identity.notVerifiedShort')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
});
