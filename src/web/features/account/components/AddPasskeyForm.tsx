import { Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../shared/contracts/auth.js';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { createPasskey } from '../passkey.js';
import { AccountForm } from './AccountForm.js';
import { PasskeyError } from './PasskeyError.js';

const fields = ['name'] as const;
const nameMaxLength = 60;

/** A name the person will recognise later: this phone or this computer, which they may change. */
function defaultName(t: TFunction): string {
  const phone = /Android|iPhone|iPod|Mobile/.test(navigator.userAgent);
  return phone ? t('account.passkeys.defaultNamePhone') : t('account.passkeys.defaultNameComputer');
}

function nameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'account.errors.required';
  if (name.trim().length > nameMaxLength) return 'account.passkeys.nameTooLong';
  return undefined;
}

/**
 * Name the passkey, then the device asks for the fingerprint, face or PIN. Anything that stops it is
 * said beside the button; the name typed stays.
 */
export function AddPasskeyForm({
  submitLabel,
  label,
  onAdded,
}: {
  submitLabel: string;
  label: string;
  onAdded: (me: Me) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(() => defaultName(t));
  const { formRef, errors } = useFormErrors(fields);
  const add = useMutation({
    mutationFn: createPasskey,
    onSuccess: (me) => {
      setName(defaultName(t));
      onAdded(me);
    },
  });
  const submit = () => {
    if (errors.check({ name: nameProblem(name) })) add.mutate(name.trim());
  };

  return (
    <AccountForm
      formRef={formRef}
      onSubmit={submit}
      error={undefined}
      submitLabel={submitLabel}
      pending={add.isPending}
      label={label}
    >
      <TextInput
        size="lg"
        name="passkeyName"
        label={t('account.passkeys.nameLabel')}
        description={t('account.passkeys.nameHint')}
        autoComplete="off"
        required
        value={name}
        onChange={(event) => {
          setName(event.currentTarget.value);
          errors.clearField('name');
        }}
        error={errors.errorOf('name')}
        data-testid="passkey-name"
      />
      <Text size="sm">{t('account.passkeys.addHint')}</Text>
      {add.isError && <PasskeyError error={add.error} purpose="add" />}
    </AccountForm>
  );
}
