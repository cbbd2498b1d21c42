import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../shared/contracts/auth.js';
import { AccountPageShell } from '../components/AccountPageShell.js';
import { RouteNotice } from '../components/RouteNotice.js';
import { RequireSignIn } from '../RequireSignIn.js';
import { AuthenticatorSection } from '../settings/AuthenticatorSection.js';
import { ChangePasswordSection } from '../settings/ChangePasswordSection.js';
import { PasskeysSection } from '../settings/PasskeysSection.js';
import { SessionsSection } from '../settings/SessionsSection.js';

/** The signed-in person's account: who, password, passkeys, authenticator app, signed-in devices. */
export function AccountSettingsPage() {
  return <RequireSignIn>{(me) => <Settings me={me} />}</RequireSignIn>;
}

function Settings({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <AccountPageShell title={t('account.settings.title')}>
      <RouteNotice />
      <Stack gap={4} data-testid="account-summary">
        <Text fw={700} fz="lg">
          {t('account.menu.name', { name: me.user.displayName })}
        </Text>
        <Text>{me.user.email}</Text>
        {me.user.role !== 'patient' && <Text>{t(`account.roles.${me.user.role}`)}</Text>}
      </Stack>
      <ChangePasswordSection />
      <PasskeysSection me={me} />
      <AuthenticatorSection me={me} />
      <SessionsSection />
    </AccountPageShell>
  );
}
