import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accountApi } from '../api.js';
import { AccountForm } from '../components/AccountForm.js';
import { AccountPageShell } from '../components/AccountPageShell.js';
import { CheckMailNotice } from '../components/CheckMailNotice.js';
import { EmailField, normaliseEmail, validate } from '../components/fields.js';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { accountPaths } from '../next-path.js';

const fields = ['email'] as const;

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { formRef, errors } = useFormErrors(fields);
  const request = useMutation({
    mutationFn: accountApi.requestPasswordReset,
    onSuccess: (_answer, address) => setSentTo(address),
    onError: errors.showError,
  });

  if (sentTo) {
    return (
      <AccountPageShell key="sent" title={t('account.checkMail.title')} focusHeading>
        <CheckMailNotice email={sentTo} purpose="reset" />
        <Button variant="outline" size="lg" onClick={() => setSentTo(null)}>
          {t('account.checkMail.back')}
        </Button>
      </AccountPageShell>
    );
  }

  const submit = () => {
    const address = normaliseEmail(email);
    if (errors.check({ email: validate.email(address) })) request.mutate(address);
  };

  return (
    <AccountPageShell title={t('account.forgot.title')} lead={t('account.forgot.lead')}>
      <AccountForm
        formRef={formRef}
        onSubmit={submit}
        error={errors.formError}
        submitLabel={t('account.forgot.submit')}
        pending={request.isPending}
        label={t('account.forgot.title')}
      >
        <EmailField
          value={email}
          onChange={(value) => {
            setEmail(value);
            errors.clearField('email');
          }}
          error={errors.errorOf('email')}
        />
      </AccountForm>
      <Button component={Link} to={accountPaths.signIn} variant="subtle" size="md" w="fit-content">
        {t('account.common.backToSignIn')}
      </Button>
    </AccountPageShell>
  );
}
