import { Button, Divider, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMe, useSessionUpdates } from '../../../api/session.js';
import { accountApi } from '../api.js';
import { AccountForm } from '../components/AccountForm.js';
import { AccountPageShell } from '../components/AccountPageShell.js';
import { EmailField, normaliseEmail, PasswordField, validate } from '../components/fields.js';
import { RouteNotice } from '../components/RouteNotice.js';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { accountPaths, pathFor, safeNext, withNext } from '../next-path.js';

const fields = ['email', 'password'] as const;

/** E-mail and password; then the second factor or its setup when the account needs one. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const next = safeNext(useSearchParams()[0].get('next'));
  const { me } = useMe();
  const { applyMe } = useSessionUpdates();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { formRef, errors } = useFormErrors(fields);
  const signIn = useMutation({
    mutationFn: accountApi.signIn,
    onSuccess: (answer) => {
      applyMe(answer);
      void navigate(pathFor(answer, next), { replace: true });
    },
    onError: errors.showError,
  });

  if (me && !signIn.isSuccess) return <Navigate to={pathFor(me, next)} replace />;

  const submit = () => {
    const ok = errors.check({
      email: validate.email(normaliseEmail(email)),
      password: validate.required(password),
    });
    if (ok) signIn.mutate({ email: normaliseEmail(email), password });
  };

  return (
    <AccountPageShell title={t('account.signIn.title')}>
      <RouteNotice />
      <AccountForm
        formRef={formRef}
        onSubmit={submit}
        error={errors.formError}
        submitLabel={t('account.signIn.submit')}
        pending={signIn.isPending}
        label={t('account.signIn.title')}
      >
        <EmailField
          value={email}
          onChange={(value) => {
            setEmail(value);
            errors.clearField('email');
          }}
          error={errors.errorOf('email')}
        />
        <PasswordField
          value={password}
          onChange={(value) => {
            setPassword(value);
            errors.clearField('password');
          }}
          error={errors.errorOf('password')}
        />
      </AccountForm>
      <Button component={Link} to={accountPaths.forgotPassword} variant="subtle" size="md" w="fit-content">
        {t('account.signIn.forgot')}
      </Button>
      <Divider />
      <Stack gap="xs">
        <Text>{t('account.signIn.noAccount')}</Text>
        <Button component={Link} to={withNext(accountPaths.signUp, next)} variant="outline" size="lg">
          {t('account.signUp.title')}
        </Button>
      </Stack>
    </AccountPageShell>
  );
}
