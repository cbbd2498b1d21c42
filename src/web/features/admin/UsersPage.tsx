import { Alert, Card, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../hooks/use-page-title.js';
import { RequireSignIn } from '../account/RequireSignIn.js';
import { adminApi } from './api.js';
import { InviteForm } from './InviteForm.js';
import { UsersTable } from './UsersTable.js';

/** Admins: invite staff, see every account, disable or re-enable one. */
export function UsersPage() {
  return <RequireSignIn ability="manageUsers">{(me) => <Users myId={me.user.id} />}</RequireSignIn>;
}

function Users({ myId }: { myId: string }) {
  const { t } = useTranslation();
  usePageTitle(t('admin.users.title'));
  const users = useQuery({ queryKey: ['admin', 'users'], queryFn: adminApi.users });
  return (
    <Stack gap="lg">
      <Title order={1}>{t('admin.users.title')}</Title>
      <Card withBorder component="section" aria-labelledby="invite-title">
        <Title order={2} size="h4" id="invite-title" mb="sm">
          {t('admin.invite.title')}
        </Title>
        <InviteForm />
      </Card>
      <section aria-labelledby="users-title">
        <Title order={2} size="h4" id="users-title" mb="sm">
          {t('admin.users.listTitle')}
        </Title>
        {users.isPending && <Loading />}
        {users.isError && (
          <Alert color="red" role="alert">
            {errorText(users.error, t)}
          </Alert>
        )}
        {users.data && <UsersTable users={users.data.users} myId={myId} />}
      </section>
    </Stack>
  );
}
