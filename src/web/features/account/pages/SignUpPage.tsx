import { Anchor, Button, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useLocale } from '../../../hooks/use-locale.js';
import { accountApi } from '../api.js';
import { AccountForm } from '../components/AccountForm.js';
import { AccountPageShell } from '../components/AccountPageShell.js';
import { CheckMailNotice } from '../components/CheckMailNotice.js';
import { EmailField, normaliseEmail, PasswordField, validate } from '../components/fields.js';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { accountPaths, safeNext, withNext } from '../next-path.js';

const fields = ['displayName', 'email', 'password'] as const;

/** Patient sign-up: the patient's name (always the patient's account), e-mail and a password. */
export function SignUpPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  // Where the person was going (e.g. the application): it travels through the verification mail.
  const next = safeNext(useSearchParams()[0].get('next'));
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { formRef, errors } = useFormErrors(fields);
  const signUp = useMutation({
    mutationFn: accountApi.signUp,
    onSuccess: (_answer, request) => setSentTo(request.email),
    onError: errors.showError,
  });

  if (sentTo) {
    return (
      <AccountPageShell key="sent" title={t('account.checkMail.title')} focusHeading>
        <CheckMailNotice email={sentTo} purpose="verify" />
        {/* Back to the form with everything still filled in, to correct the address. */}
        <Button variant="outline" size="lg" onClick={() => setSentTo(null)}>
          {t('account.checkMail.back')}
        </Button>
      </AccountPageShell>
    );
  }

  const submit = () => {
    const ok = errors.check({
      displayName: validate.required(displayName),
      email: validate.email(normaliseEmail(email)),
      password: validate.newPassword(password),
    });
    if (ok) {
      signUp.mutate({
        displayName: displayName.trim(),
        email: normaliseEmail(email),
        password,
        locale,
        ...(next ? { next } : {}),
      });
    }
  };

  return (
    <AccountPageShell title={t('account.signUp.title')} lead={t('account.signUp.lead')}>
      <AccountForm
        formRef={formRef}
        onSubmit={submit}
        error={errors.formError}
        submitLabel={t('account.signUp.submit')}
        pending={signUp.isPending}
        label={t('account.signUp.title')}
      >
        <TextInput
          size="lg"
          name="displayName"
          label={t('account.signUp.name')}
          description={t('account.signUp.nameHint')}
          // The browser would offer the name of whoever is typing, often a family member.
          autoComplete="off"
          required
          value={displayName}
          onChange={(event) => {
            setDisplayName(event.currentTarget.value);
            errors.clearField('displayName');
          }}
          error={errors.errorOf('displayName')}
        />
        <EmailField
          value={email}
          onChange={(value) => {
            setEmail(value);
            errors.clearField('email');
          }}
          error={errors.errorOf('email')}
          description={t('account.signUp.emailHint')}
        />
        <PasswordField
          isNew
          value={password}
          onChange={(value) => {
            setPassword(value);
            errors.clearField('password');
          }}
          error={errors.errorOf('password')}
        />
        <Text size="sm">
          {t('account.signUp.privacy')}{' '}
          <Anchor component={Link} to="/guide/contact" underline="always">
            {t('account.signUp.privacyLink')}
          </Anchor>
        </Text>
      </AccountForm>
      <Text>
        {t('account.signUp.haveAccount')}{' '}
        <Anchor component={Link} to={withNext(accountPaths.signIn, next)} underline="always">
          {t('account.signIn.title')}
        </Anchor>
      </Text>
    </AccountPageShell>
  );
}
