import { Button, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSessionUpdates } from '../../../api/session.js';
import { accountApi } from '../api.js';
import { AccountForm } from '../components/AccountForm.js';
import { AccountPageShell } from '../components/AccountPageShell.js';
import { CodeField, validate } from '../components/fields.js';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { accountPaths, pathFor, safeNext } from '../next-path.js';
import { RequireSignIn } from '../RequireSignIn.js';

const fields = ['code'] as const;

/** After the password: the six-digit code of the authenticator app. */
export function SecondFactorPage() {
  return (
    <RequireSignIn allowIncomplete>
      {(me) =>
        me.state === 'second_factor_required' ? (
          <CodeStep />
        ) : (
          <Navigate to={pathFor(me, undefined)} replace />
        )
      }
    </RequireSignIn>
  );
}

function CodeStep() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const next = safeNext(useSearchParams()[0].get('next'));
  const { applyMe, signOut } = useSessionUpdates();
  const [code, setCode] = useState('');
  const { formRef, errors } = useFormErrors(fields);
  const verify = useMutation({
    mutationFn: accountApi.secondFactor,
    onSuccess: (answer) => {
      applyMe(answer);
      void navigate(pathFor(answer, next), { replace: true });
    },
    onError: errors.showError,
  });

  const submit = () => {
    if (errors.check({ code: validate.code(code) })) verify.mutate(code);
  };

  return (
    <AccountPageShell title={t('account.secondFactor.title')} lead={t('account.secondFactor.lead')}>
      <AccountForm
        formRef={formRef}
        onSubmit={submit}
        error={errors.formError}
        submitLabel={t('account.secondFactor.submit')}
        pending={verify.isPending}
        label={t('account.secondFactor.title')}
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
      <Text size="sm">{t('account.secondFactor.lost')}</Text>
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
