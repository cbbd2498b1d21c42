import { Kbd, Modal, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { queueShortcutKeys } from '../shortcuts.js';

/** The list of the queue's keyboard shortcuts, opened with "?". */
export function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('liaison.shortcuts.title')}
      closeButtonProps={{ 'aria-label': t('liaison.common.close') }}
      centered
    >
      <Table withTableBorder verticalSpacing={6} data-testid="shortcuts-help">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('liaison.shortcuts.key')}</Table.Th>
            <Table.Th scope="col">{t('liaison.shortcuts.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {queueShortcutKeys.map(({ keys, action }) => (
            <Table.Tr key={action}>
              <Table.Td>
                <Kbd>{keys}</Kbd>
              </Table.Td>
              <Table.Td>{t(`liaison.shortcuts.actions.${action}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
