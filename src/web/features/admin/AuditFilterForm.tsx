import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blockImeEnter } from '../../components/ime.js';
import { useFormErrors } from '../../hooks/use-form-errors.js';
import { auditFilterKeys, fromLocalInput, isUuid, toLocalInput, type AuditFilters } from './audit-filters.js';

/** The search form of the audit trail; applying it writes the filters into the URL. */
export function AuditFilterForm({
  initial,
  onApply,
}: {
  initial: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilters>({
    ...initial,
    from: toLocalInput(initial.from),
    to: toLocalInput(initial.to),
  });
  const { formRef, errors } = useFormErrors(auditFilterKeys);
  const set = (key: keyof AuditFilters) => (value: string) => {
    setDraft((current) => ({ ...current, [key]: value }));
    errors.clearField(key);
  };

  const apply = () => {
    const from = fromLocalInput(draft.from);
    const to = fromLocalInput(draft.to);
    const ok = errors.check({
      patientUserId: draft.patientUserId.trim() !== '' && !isUuid(draft.patientUserId) && 'admin.audit.uuid',
      actorUserId: draft.actorUserId.trim() !== '' && !isUuid(draft.actorUserId) && 'admin.audit.uuid',
      to: from !== '' && to !== '' && to <= from && 'admin.audit.toBeforeFrom',
    });
    if (ok) onApply({ ...draft, from, to });
  };

  const clear = () => {
    const empty: AuditFilters = { patientUserId: '', actorUserId: '', from: '', to: '', action: '' };
    setDraft(empty);
    errors.reset();
    onApply(empty);
  };

  const input = (key: keyof AuditFilters, extra: { type?: string; placeholder?: string } = {}) => (
    <TextInput
      size="sm"
      label={t(`admin.audit.filters.${key}`)}
      name={key}
      value={draft[key]}
      onChange={(event) => set(key)(event.currentTarget.value)}
      error={errors.errorOf(key)}
      autoComplete="off"
      spellCheck={false}
      {...extra}
    />
  );

  return (
    <form
      ref={formRef}
      noValidate
      onKeyDown={blockImeEnter}
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      aria-label={t('admin.audit.filtersTitle')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
        {input('patientUserId')}
        {input('actorUserId')}
        {input('from', { type: 'datetime-local' })}
        {input('to', { type: 'datetime-local' })}
        {input('action', { placeholder: 'auth.sign_in' })}
      </SimpleGrid>
      <Group mt="sm" gap="sm">
        <Button type="submit">{t('admin.audit.search')}</Button>
        <Button variant="default" onClick={clear}>
          {t('admin.audit.clear')}
        </Button>
      </Group>
    </form>
  );
}
