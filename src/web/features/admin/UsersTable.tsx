import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserView } from './api.js';
import { StatusAction } from './StatusAction.js';
import { useDepartmentOptions } from './use-departments.js';

const statusColour = { active: 'brand.9', invited: 'caution.9', disabled: 'gray.8' } as const;

/** Every account, dense and scannable; the header stays in view while scrolling. */
export function UsersTable({ users, myId }: { users: UserView[]; myId: string }) {
  const { t } = useTranslation();
  const { nameOf } = useDepartmentOptions();
  return (
    <Table.ScrollContainer
      minWidth={900}
      maxHeight="calc(100dvh - 160px)"
      type="native"
      tabIndex={0}
      aria-label={t('admin.users.listTitle')}
    >
      <Table
        stickyHeader
        striped
        highlightOnHover
        withTableBorder
        verticalSpacing={6}
        fz="sm"
        data-testid="users-table"
      >
        <Table.Caption style={{ color: 'var(--mantine-color-gray-7)' }}>
          {t('admin.users.caption', { count: users.length })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.users.name')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.email')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.role')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.status')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.departments')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.secondFactor')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid="user-row" data-email={user.email}>
              <Table.Td>
                <Text inherit fw={700}>
                  {user.displayName}
                </Text>
                {user.medicalRegistrationYear !== null && (
                  <Text inherit>{t('admin.users.registered', { year: user.medicalRegistrationYear })}</Text>
                )}
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{user.email}</Table.Td>
              <Table.Td>{t(`account.roles.${user.role}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge
                  color={statusColour[user.status]}
                  variant="filled"
                  radius="sm"
                  tt="none"
                  data-testid="user-status"
                  miw="max-content"
                >
                  {t(`admin.users.statuses.${user.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {user.departments.map((code) => (
                  <Text key={code} inherit style={{ whiteSpace: 'nowrap' }}>
                    {nameOf(code)}
                  </Text>
                ))}
                {user.departments.length === 0 && '—'}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {user.secondFactor ? t('admin.users.yes') : t('admin.users.no')}
              </Table.Td>
              <Table.Td>
                {/* The server refuses a status change for an open invitation and for one's own account. */}
                {user.status !== 'invited' && user.id !== myId && <StatusAction user={user} />}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
