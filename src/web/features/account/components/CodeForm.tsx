import { useState, type RefObject } from 'react';
import type { useFormErrors } from '../../../hooks/use-form-errors.js';
import { AccountForm } from './AccountForm.js';
import { CodeField, validate } from './fields.js';

type CodeErrors = ReturnType<typeof useFormErrors<'code'>>['errors'];

/**
 * The six-digit authenticator code form, used wherever a code is asked for (sign-in, enrolment, removal):
 * it keeps what was typed, checks the format in the browser first, then hands the code on.
 */
export function CodeForm({
  formRef,
  errors,
  onCode,
  submitLabel,
  pending,
  label,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  errors: CodeErrors;
  onCode: (code: string) => void;
  submitLabel: string;
  pending: boolean;
  label: string;
}) {
  const [code, setCode] = useState('');
  const submit = () => {
    if (errors.check({ code: validate.code(code) })) onCode(code);
  };
  return (
    <AccountForm
      formRef={formRef}
      onSubmit={submit}
      error={errors.formError}
      submitLabel={submitLabel}
      pending={pending}
      label={label}
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
  );
}
