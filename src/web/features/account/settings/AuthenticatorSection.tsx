import { Badge, Button, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../../../shared/contracts/auth.js';
import { meQueryKey } from '../../../api/session.js';
import { accountApi } from '../api.js';
import { CodeForm } from '../components/CodeForm.js';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { accountPaths } from '../next-path.js';
import { SettingsSection } from './SettingsSection.js';

const fields = ['code'] as const;

/** Whether an authenticator app protects the account; set one up, or remove it with a current code. */
export function AuthenticatorSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const on = me.user.secondFactors.totp;
  const withPasskey = me.user.secondFactors.passkeys > 0;
  return (
    <SettingsSection id="totp" title={t('account.totp.sectionTitle')}>
      <Group gap="sm">
        <Badge
          color={on ? 'brand.9' : 'gray.8'}
          variant="filled"
          size="lg"
          radius="sm"
          tt="none"
          data-testid="totp-status"
        >
          {on ? t('account.totp.on') : t('account.totp.off')}
        </Badge>
      </Group>
      <Text>
        {on
          ? t('account.totp.onExplained')
          : withPasskey
            ? t('account.totp.offWithPasskey')
            : t('account.totp.offExplained')}
      </Text>
      {on ? (
        <RemoveAuthenticator withPasskey={withPasskey} />
      ) : (
        <Button component={Link} to={accountPaths.authenticator} size="lg" w="fit-content">
          {t('account.totp.setUp')}
        </Button>
      )}
    </SettingsSection>
  );
}

function RemoveAuthenticator({ withPasskey }: { withPasskey: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const { formRef, errors } = useFormErrors(fields);
  const remove = useMutation({
    mutationFn: accountApi.disableTotp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
    onError: errors.showError,
  });
  if (!open) {
    return (
      <Button variant="outline" color="red" size="md" w="fit-content" onClick={() => setOpen(true)}>
        {t('account.totp.remove')}
      </Button>
    );
  }
  return (
    <>
      <Text>
        {withPasskey ? t('account.totp.removeExplainedWithPasskey') : t('account.totp.removeExplained')}
      </Text>
      <CodeForm
        formRef={formRef}
        errors={errors}
        onCode={(code) => remove.mutate(code)}
        submitLabel={t('account.totp.removeSubmit')}
        pending={remove.isPending}
        label={t('account.totp.remove')}
      />
      <Button variant="subtle" size="md" w="fit-content" onClick={() => setOpen(false)}>
        {t('account.common.cancel')}
      </Button>
    </>
  );
}
