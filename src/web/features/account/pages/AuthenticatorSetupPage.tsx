import { Alert, Button, Card, Code, CopyButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Me } from '../../../../shared/contracts/auth.js';
import { errorText } from '../../../api/error-text.js';
import { useSessionUpdates } from '../../../api/session.js';
import { Loading } from '../../../components/Loading.js';
import { accountApi } from '../api.js';
import { AccountPageShell } from '../components/AccountPageShell.js';
import { AddPasskeyForm } from '../components/AddPasskeyForm.js';
import { CodeForm } from '../components/CodeForm.js';
import { QrCode } from '../components/QrCode.js';
import { noticeState } from '../components/RouteNotice.js';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { accountPaths, safeNext } from '../next-path.js';
import { passkeysSupported } from '../passkey.js';
import { RequireSignIn } from '../RequireSignIn.js';

const fields = ['code'] as const;

/** Groups of four, easier to copy by eye: ABCD EFGH … (apps ignore the spaces). */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

type Method = 'passkey' | 'app';
const methodOf = (value: string | null): Method | undefined =>
  value === 'passkey' || value === 'app' ? value : undefined;

/**
 * Set up a second factor. Staff who must enrol one first choose, as equals, a passkey or the
 * authenticator app; the choice is kept in the address so the back button returns to it.
 */
export function AuthenticatorSetupPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const method = methodOf(params.get('method'));
  const choose = (chosen: Method | undefined) =>
    setParams((current) => {
      const nextParams = new URLSearchParams(current);
      if (chosen) nextParams.set('method', chosen);
      else nextParams.delete('method');
      return nextParams;
    });
  return (
    <RequireSignIn allowIncomplete>
      {(me) => {
        const required = me.state === 'second_factor_enrolment_required';
        // Kept while the page moves on after the passkey is registered (the session is complete by then).
        if (method === 'passkey' && me.state !== 'second_factor_required') {
          return <PasskeySetup onBack={required ? () => choose(undefined) : undefined} />;
        }
        if (me.user.secondFactors.totp) {
          return (
            <AccountPageShell title={t('account.totp.title')}>
              <Alert color="brand" variant="light" role="status">
                {t('account.totp.alreadyOn')}
              </Alert>
              <Button component={Link} to={accountPaths.settings} size="lg" variant="outline">
                {t('account.settings.title')}
              </Button>
            </AccountPageShell>
          );
        }
        if (required && method === undefined) return <ChooseMethod onChoose={choose} />;
        return <Setup me={me} onBack={required ? () => choose(undefined) : undefined} />;
      }}
    </RequireSignIn>
  );
}

/** The two ways, side by side in weight: same layout, same kind of button. */
function ChooseMethod({ onChoose }: { onChoose: (method: Method) => void }) {
  const { t } = useTranslation();
  return (
    <AccountPageShell title={t('account.enrol.title')} lead={t('account.enrol.lead')}>
      {(['passkey', 'app'] as const).map((method) => (
        <Card
          key={method}
          withBorder
          padding="lg"
          component="section"
          aria-labelledby={`enrol-${method}`}
          data-testid={`enrol-${method}`}
        >
          <Stack gap="sm">
            <Title order={2} size="h3" id={`enrol-${method}`}>
              {t(`account.enrol.${method}.title`)}
            </Title>
            <Text>{t(`account.enrol.${method}.explained`)}</Text>
            <Text size="sm">{t(`account.enrol.${method}.needs`)}</Text>
            {method === 'passkey' && !passkeysSupported() ? (
              <Alert color="caution" variant="light" data-testid="passkeys-unsupported">
                {t('account.passkeys.errors.unsupported')}
              </Alert>
            ) : (
              <Button size="lg" fullWidth onClick={() => onChoose(method)}>
                {t(`account.enrol.${method}.choose`)}
              </Button>
            )}
          </Stack>
        </Card>
      ))}
    </AccountPageShell>
  );
}

function BackToChoice({ onBack }: { onBack: (() => void) | undefined }) {
  const { t } = useTranslation();
  if (!onBack) return null;
  return (
    <Button variant="subtle" size="md" w="fit-content" onClick={onBack}>
      {t('account.enrol.other')}
    </Button>
  );
}

/** A passkey on this device: a name, then the device's own fingerprint, face or PIN prompt. */
function PasskeySetup({ onBack }: { onBack: (() => void) | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const next = safeNext(useSearchParams()[0].get('next'));
  const { applyMe } = useSessionUpdates();
  return (
    <AccountPageShell
      title={t('account.enrol.passkeyPage.title')}
      lead={t('account.enrol.passkeyPage.lead')}
      focusHeading
    >
      <Text>{t('account.passkeys.explained')}</Text>
      <Text>{t('account.passkeys.private')}</Text>
      {passkeysSupported() ? (
        <AddPasskeyForm
          label={t('account.enrol.passkeyPage.title')}
          submitLabel={t('account.enrol.passkeyPage.submit')}
          onAdded={(answer) => {
            applyMe(answer);
            void navigate(next ?? accountPaths.settings, {
              replace: true,
              state: noticeState('passkeyAdded'),
            });
          }}
        />
      ) : (
        <Alert color="caution" variant="light" data-testid="passkeys-unsupported">
          {t('account.passkeys.errors.unsupported')}
        </Alert>
      )}
      <BackToChoice onBack={onBack} />
    </AccountPageShell>
  );
}

function Setup({ me, onBack }: { me: Me; onBack: (() => void) | undefined }) {
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
      focusHeading={onBack !== undefined}
    >
      {setup.isPending && <Loading />}
      {setup.isError && (
        <Alert color="red" role="alert">
          {errorText(setup.error, t)}
        </Alert>
      )}
      {setup.data && <SetupSteps secret={setup.data.secret} otpauthUrl={setup.data.otpauthUrl} />}
      <BackToChoice onBack={onBack} />
    </AccountPageShell>
  );
}

function SetupSteps({ secret, otpauthUrl }: { secret: string; otpauthUrl: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const next = safeNext(useSearchParams()[0].get('next'));
  const { applyMe } = useSessionUpdates();
  const { formRef, errors } = useFormErrors(fields);
  const confirm = useMutation({
    mutationFn: accountApi.confirmTotp,
    onSuccess: (answer) => {
      applyMe(answer);
      void navigate(next ?? accountPaths.settings, { replace: true, state: noticeState('totpEnabled') });
    },
    onError: errors.showError,
  });

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
        <CodeForm
          formRef={formRef}
          errors={errors}
          onCode={(code) => confirm.mutate(code)}
          submitLabel={t('account.totp.submit')}
          pending={confirm.isPending}
          label={t('account.totp.step3Title')}
        />
      </Stack>
    </Stack>
  );
}
