import { useCallback, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ZodError } from 'zod';
import { ApiProblem } from '../api/client.js';

/** A message kept as a key when it is ours, so switching the language re-words it. */
type Message = { key: string } | { text: string };

function focusFirstInvalid(form: HTMLFormElement | null): void {
  window.requestAnimationFrame(() => {
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector('[role="alert"]');
    target?.focus();
  });
}

/**
 * Errors of one form: beside each field, plus one message for the whole form. Server field errors go
 * to the field they name; anything else goes to the form. What was typed is never touched.
 */
export function useFormErrors<F extends string>(fields: readonly F[]) {
  const formRef = useRef<HTMLFormElement>(null);
  return { formRef, errors: useErrorState(fields, formRef) };
}

function useErrorState<F extends string>(fields: readonly F[], formRef: RefObject<HTMLFormElement | null>) {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<F, Message>>>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const word = useCallback((message: Message) => ('key' in message ? t(message.key) : message.text), [t]);

  const isField = useCallback(
    (name: string): name is F => (fields as readonly string[]).includes(name),
    [fields],
  );

  /** Checks done in the browser first; returns false (and shows why) when something is missing. */
  const check = useCallback(
    (problems: Partial<Record<F, string | false | undefined>>): boolean => {
      const found: Partial<Record<F, Message>> = {};
      for (const [field, key] of Object.entries(problems) as [F, string | false | undefined][]) {
        if (key) found[field] = { key };
      }
      setFieldErrors(found);
      setFormError(null);
      const ok = Object.keys(found).length === 0;
      if (!ok) focusFirstInvalid(formRef.current);
      return ok;
    },
    [formRef],
  );

  const showError = useCallback(
    (error: unknown) => {
      const found: Partial<Record<F, Message>> = {};
      let general: Message;
      if (error instanceof ApiProblem) {
        const rest: string[] = [];
        for (const problem of error.fieldErrors) {
          const name = problem.field.split('.')[0] ?? '';
          if (isField(name) && !found[name]) found[name] = { text: problem.message };
          else rest.push(problem.message);
        }
        general = { text: [error.title, ...rest].join(' ') };
      } else if (error instanceof ZodError) {
        general = { key: 'account.errors.unexpected' };
      } else {
        general = { key: 'account.errors.network' };
      }
      setFieldErrors(found);
      setFormError(general);
      focusFirstInvalid(formRef.current);
    },
    [isField, formRef],
  );

  const clearField = useCallback((field: F) => {
    setFieldErrors((current) => {
      if (!current[field]) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  }, []);

  const errorOf = (field: F): string | undefined => {
    const message = fieldErrors[field];
    return message ? word(message) : undefined;
  };

  return {
    errorOf,
    formError: formError ? word(formError) : undefined,
    check,
    showError,
    clearField,
    reset: () => {
      setFieldErrors({});
      setFormError(null);
    },
  };
}
