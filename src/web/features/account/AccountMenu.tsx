import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Me } from '../../../shared/contracts/auth.js';
import { useMe, useSessionUpdates } from '../../api/session.js';
import { noticeState } from './components/RouteNotice.js';
import { accountPaths, pathFor } from './next-path.js';

/** The header's account corner: "ログイン" for visitors; the person's name and a menu once signed in. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!me) {
    return (
      <Button
        component={Link}
        to={accountPaths.signIn}
        variant="filled"
        size="sm"
        mih={44}
        style={{ flexShrink: 0 }}
        data-testid="sign-in-link"
      >
        {t('account.menu.signIn')}
      </Button>
    );
  }
  return <SignedInMenu me={me} />;
}

function SignedInMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signOut } = useSessionUpdates();
  const name = t('account.menu.name', { name: me.user.displayName });
  const complete = me.state === 'signed_in';

  const doSignOut = async () => {
    await signOut();
    await navigate(accountPaths.signIn, { state: noticeState('signedOut') });
  };

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <Button
          variant="outline"
          size="sm"
          mih={44}
          maw={{ base: 200, sm: 240 }}
          style={{ flexShrink: 1, minWidth: 0 }}
          aria-label={t('account.menu.label', { name })}
          data-testid="account-menu"
        >
          <Text span inherit truncate>
            {name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label c="gray.7" fz="sm">
          {name}
        </Menu.Label>
        {complete ? (
          <>
            {me.user.role === 'patient' && (
              <Menu.Item component={Link} to="/applications" mih={44} data-testid="my-applications">
                {t('caseStatus.list.title')}
              </Menu.Item>
            )}
            {me.abilities.useLiaisonConsole && (
              <Menu.Item component={Link} to="/liaison" mih={44} data-testid="liaison-link">
                {t('liaison.nav')}
              </Menu.Item>
            )}
            <Menu.Item component={Link} to={accountPaths.settings} mih={44}>
              {t('account.settings.title')}
            </Menu.Item>
            {me.abilities.manageUsers && (
              <Menu.Item component={Link} to="/admin/users" mih={44}>
                {t('admin.users.title')}
              </Menu.Item>
            )}
            {me.abilities.viewAuditTrail && (
              <Menu.Item component={Link} to="/admin/audit" mih={44}>
                {t('admin.audit.title')}
              </Menu.Item>
            )}
          </>
        ) : (
          <Menu.Item component={Link} to={pathFor(me, undefined)} mih={44}>
            {t('account.menu.continue')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item mih={44} onClick={() => void doSignOut()} data-testid="sign-out">
          {t('account.menu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
