import { Alert, Button, Code, CopyButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Me } from '../../../../shared/contracts/auth.js';
import { errorText } from '../../../api/error-text.js';
import { useSessionUpdates } from '../../../api/session.js';
import { Loading } from '../../../components/Loading.js';
import { accountApi } from '../api.js';
import { AccountForm } from '../components/AccountForm.js';
import { AccountPageShell } from '../components/AccountPageShell.js';
import { CodeField, validate } from '../components/fields.js';
import { QrCode } from '../components/QrCode.js';
import { noticeState } from '../components/RouteNotice.js';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { accountPaths, safeNext } from '../next-path.js';
import { RequireSignIn } from '../RequireSignIn.js';

const fields = ['code'] as const;

/** Groups of four, easier to copy by eye: ABCD EFGH … (apps ignore the spaces). */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/** Set up the authenticator app: QR code, the key as text, then one code to confirm. */
export function AuthenticatorSetupPage() {
  const { t } = useTranslation();
  return (
    <RequireSignIn allowIncomplete>
      {(me) =>
        me.user.secondFactors.totp ? (
          <AccountPageShell title={t('account.totp.title')}>
            <Alert color="brand" variant="light" role="status">
              {t('account.totp.alreadyOn')}
            </Alert>
            <Button component={Link} to={accountPaths.settings} size="lg" variant="outline">
              {t('account.settings.title')}
            </Button>
          </AccountPageShell>
        ) : (
          <Setup me={me} />
        )
      }
    </RequireSignIn>
  );
}

function Setup({ me }: { me: Me }) {
  const { t } = useTranslation();
  // One secret per visit; a second request would replace the one already scanned.
  const setup = useQuery({
    queryKey: ['totp-setup', me.user.id],
    queryFn: accountApi.startTotpSetup,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const required = me.state === 'second_factor_enrolment_required';
  return (
    <AccountPageShell
      title={t('account.totp.title')}
      lead={required ? t('account.totp.leadRequired') : t('account.totp.leadOptional')}
    >
      {setup.isPending && <Loading />}
      {setup.isError && (
        <Alert color="red" role="alert">
          {errorText(setup.error, t)}
        </Alert>
      )}
      {setup.data && <SetupSteps secret={setup.data.secret} otpauthUrl={setup.data.otpauthUrl} />}
    </AccountPageShell>
  );
}

function SetupSteps({ secret, otpauthUrl }: { secret: string; otpauthUrl: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const next = safeNext(useSearchParams()[0].get('next'));
  const { applyMe } = useSessionUpdates();
  const [code, setCode] = useState('');
  const { formRef, errors } = useFormErrors(fields);
  const confirm = useMutation({
    mutationFn: accountApi.confirmTotp,
    onSuccess: (answer) => {
      applyMe(answer);
      void navigate(next ?? accountPaths.settings, { replace: true, state: noticeState('totpEnabled') });
    },
    onError: errors.showError,
  });
  const submit = () => {
    if (errors.check({ code: validate.code(code) })) confirm.mutate(code);
  };

  return (
    <Stack gap="xl">
      <Stack gap="xs" component="section" aria-labelledby="totp-step-1">
        <Title order={2} size="h3" id="totp-step-1">
          {t('account.totp.step1Title')}
        </Title>
        <Text>{t('account.totp.step1')}</Text>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="totp-step-2">
        <Title order={2} size="h3" id="totp-step-2">
          {t('account.totp.step2Title')}
        </Title>
        <Text>{t('account.totp.step2Qr')}</Text>
        <QrCode value={otpauthUrl} alt={t('account.totp.qrAlt')} />
        <Text>{t('account.totp.step2Phone')}</Text>
        <Button component="a" href={otpauthUrl} variant="outline" size="lg" w="fit-content">
          {t('account.totp.openApp')}
        </Button>
        <Text>{t('account.totp.step2Key')}</Text>
        <List spacing={4} size="sm">
          <List.Item>{t('account.totp.keyAccount')}</List.Item>
          <List.Item>{t('account.totp.keyType')}</List.Item>
        </List>
        <Group gap="sm" wrap="wrap">
          <Code fz="lg" p="sm" data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
            {grouped(secret)}
          </Code>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button variant="light" size="md" onClick={copy} aria-live="polite">
                {copied ? t('account.totp.copied') : t('account.totp.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="totp-step-3">
        <Title order={2} size="h3" id="totp-step-3">
          {t('account.totp.step3Title')}
        </Title>
        <AccountForm
          formRef={formRef}
          onSubmit={submit}
          error={errors.formError}
          submitLabel={t('account.totp.submit')}
          pending={confirm.isPending}
          label={t('account.totp.step3Title')}
        >
          <CodeField
            value={code}
            onChange={(value) => {
              setCode(value);
              errors.clearField('code');
            }}
            error={errors.errorOf('code')}
          />
        </AccountForm>
      </Stack>
    </Stack>
  );
}
