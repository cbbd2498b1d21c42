import { Alert } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi } from '../api.js';
import { AccountForm } from '../components/AccountForm.js';
import { PasswordField, validate } from '../components/fields.js';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { SettingsSection } from './SettingsSection.js';

const fields = ['currentPassword', 'newPassword'] as const;

/** Change the password with the current one; the other devices are signed out. */
export function ChangePasswordSection() {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const { formRef, errors } = useFormErrors(fields);
  const change = useMutation({
    mutationFn: accountApi.changePassword,
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
      errors.reset();
    },
    onError: errors.showError,
  });
  const submit = () => {
    const ok = errors.check({
      currentPassword: validate.required(currentPassword),
      newPassword: validate.newPassword(newPassword),
    });
    if (ok) change.mutate({ currentPassword, newPassword });
  };

  return (
    <SettingsSection id="password" title={t('account.password.title')}>
      {change.isSuccess && (
        <Alert color="brand" variant="light" role="status" data-testid="password-changed">
          {t('account.password.done')}
        </Alert>
      )}
      <AccountForm
        formRef={formRef}
        onSubmit={submit}
        error={errors.formError}
        submitLabel={t('account.password.submit')}
        pending={change.isPending}
        label={t('account.password.title')}
      >
        <PasswordField
          name="currentPassword"
          label={t('account.fields.currentPassword')}
          value={currentPassword}
          onChange={(value) => {
            setCurrentPassword(value);
            errors.clearField('currentPassword');
          }}
          error={errors.errorOf('currentPassword')}
        />
        <PasswordField
          isNew
          name="newPassword"
          label={t('account.fields.newPassword')}
          value={newPassword}
          onChange={(value) => {
            setNewPassword(value);
            errors.clearField('newPassword');
          }}
          error={errors.errorOf('newPassword')}
        />
      </AccountForm>
    </SettingsSection>
  );
}
