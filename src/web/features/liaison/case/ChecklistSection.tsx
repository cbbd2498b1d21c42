import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../../shared/contracts/documents.js';
import { StateBadge } from '../../documents/components/StateBadge.js';
import { Section } from './Section.js';

/** What is missing: every required item with its state, so the gaps stand out at a glance. */
export function ChecklistSection({ checklist }: { checklist: ChecklistItem[] }) {
  const { t } = useTranslation();
  const open = checklist.filter(
    (item) => !item.filledOnline && (item.state === 'missing' || item.state === 'rejected'),
  );
  return (
    <Section
      id="checklist"
      title={t('liaison.case.checklist.title')}
      aside={
        <Text size="sm" fw={700} data-testid="checklist-open">
          {open.length === 0
            ? t('liaison.case.checklist.complete')
            : t('liaison.case.checklist.openCount', { count: open.length })}
        </Text>
      }
    >
      <Table withTableBorder verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('liaison.case.checklist.item')}</Table.Th>
            <Table.Th scope="col">{t('liaison.case.checklist.state')}</Table.Th>
            <Table.Th scope="col">{t('liaison.case.checklist.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {checklist.map((item) => (
            <Table.Tr key={item.code} data-testid="case-checklist-item" data-code={item.code}>
              <Table.Td>{item.title}</Table.Td>
              <Table.Td>
                {item.filledOnline ? (
                  t('liaison.case.checklist.filledOnline')
                ) : (
                  <StateBadge state={item.state} />
                )}
              </Table.Td>
              <Table.Td>
                {item.rejectionReason
                  ? t('liaison.case.checklist.rejected', { reason: item.rejectionReason })
                  : item.filledOnline
                    ? ''
                    : t('liaison.case.checklist.files', { count: item.documentIds.length })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}
