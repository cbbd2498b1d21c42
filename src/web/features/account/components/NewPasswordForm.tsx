import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountForm } from './AccountForm.js';
import { PasswordField, validate } from './fields.js';
import { useFormErrors } from '../../../hooks/use-form-errors.js';

const fields = ['password'] as const;

/** One new password for an e-mailed link (reset or invitation); the rule is shown before typing. */
export function NewPasswordForm<T>({
  token,
  send,
  onDone,
  submitLabel,
  label,
}: {
  token: string;
  send: (body: { token: string; password: string }) => Promise<T>;
  onDone: (answer: T) => void;
  submitLabel: string;
  label: string;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const { formRef, errors } = useFormErrors(fields);
  const mutation = useMutation({ mutationFn: send, onSuccess: onDone, onError: errors.showError });

  const submit = () => {
    if (errors.check({ password: validate.newPassword(password) })) mutation.mutate({ token, password });
  };

  return (
    <AccountForm
      formRef={formRef}
      onSubmit={submit}
      error={errors.formError}
      submitLabel={submitLabel}
      pending={mutation.isPending}
      label={label}
    >
      <PasswordField
        isNew
        label={t('account.fields.newPassword')}
        value={password}
        onChange={(value) => {
          setPassword(value);
          errors.clearField('password');
        }}
        error={errors.errorOf('password')}
      />
    </AccountForm>
  );
}
