import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { Me } from '../../../../shared/contracts/auth.js';
import { useSessionUpdates } from '../../../api/session.js';
import { accountApi } from '../api.js';
import { AccountPageShell } from '../components/AccountPageShell.js';
import { CodeForm } from '../components/CodeForm.js';
import { PasskeyError } from '../components/PasskeyError.js';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { accountPaths, pathFor, safeNext } from '../next-path.js';
import { confirmWithPasskey, passkeysSupported } from '../passkey.js';
import { RequireSignIn } from '../RequireSignIn.js';

const fields = ['code'] as const;

/** After the password: the passkey, or the six-digit code of the authenticator app. */
export function SecondFactorPage() {
  return (
    <RequireSignIn allowIncomplete>
      {(me) =>
        me.state === 'second_factor_required' ? (
          <SecondFactorStep me={me} />
        ) : (
          <Navigate to={pathFor(me, undefined)} replace />
        )
      }
    </RequireSignIn>
  );
}

function SecondFactorStep({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const next = safeNext(useSearchParams()[0].get('next'));
  const { applyMe, signOut } = useSessionUpdates();
  const done = (answer: Me) => {
    applyMe(answer);
    void navigate(pathFor(answer, next), { replace: true });
  };
  const withPasskey = me.user.secondFactors.passkeys > 0;
  const withCode = me.user.secondFactors.totp;

  return (
    <AccountPageShell
      title={withPasskey ? t('account.secondFactor.passkeyTitle') : t('account.secondFactor.title')}
      lead={
        withPasskey
          ? withCode
            ? t('account.secondFactor.bothLead')
            : t('account.secondFactor.passkeyLead')
          : t('account.secondFactor.lead')
      }
    >
      {withPasskey && <PasskeyStep onDone={done} />}
      {withCode &&
        (withPasskey ? (
          <Stack gap="sm" component="section" aria-labelledby="second-factor-code">
            <Title order={2} size="h3" id="second-factor-code">
              {t('account.secondFactor.codeInstead')}
            </Title>
            <Text>{t('account.secondFactor.lead')}</Text>
            <CodeStep onDone={done} />
          </Stack>
        ) : (
          <CodeStep onDone={done} />
        ))}
      <Text size="sm">
        {withPasskey ? t('account.secondFactor.lostPasskey') : t('account.secondFactor.lost')}
      </Text>
      <Button
        variant="subtle"
        size="md"
        w="fit-content"
        onClick={() => void signOut().then(() => navigate(accountPaths.signIn, { replace: true }))}
      >
        {t('account.secondFactor.otherAccount')}
      </Button>
    </AccountPageShell>
  );
}

/** One button: the device asks for the fingerprint, face or PIN; what stopped it is said beside it. */
function PasskeyStep({ onDone }: { onDone: (me: Me) => void }) {
  const { t } = useTranslation();
  const confirm = useMutation({ mutationFn: confirmWithPasskey, onSuccess: onDone });
  if (!passkeysSupported()) {
    return (
      <Alert color="caution" variant="light" data-testid="passkeys-unsupported">
        {t('account.passkeys.errors.unsupported')}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <Button
        size="lg"
        fullWidth
        loading={confirm.isPending}
        onClick={() => confirm.mutate()}
        data-testid="use-passkey"
      >
        {t('account.secondFactor.usePasskey')}
      </Button>
      {confirm.isError && <PasskeyError error={confirm.error} purpose="signIn" />}
    </Stack>
  );
}

function CodeStep({ onDone }: { onDone: (me: Me) => void }) {
  const { t } = useTranslation();
  const { formRef, errors } = useFormErrors(fields);
  const verify = useMutation({
    mutationFn: accountApi.secondFactor,
    onSuccess: onDone,
    onError: errors.showError,
  });

  return (
    <CodeForm
      formRef={formRef}
      errors={errors}
      onCode={(code) => verify.mutate(code)}
      submitLabel={t('account.secondFactor.submit')}
      pending={verify.isPending}
      label={t('account.secondFactor.title')}
    />
  );
}
