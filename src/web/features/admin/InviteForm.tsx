import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '../../../shared/i18n/locale.js';
import { blockImeEnter } from '../../components/ime.js';
import { useFormErrors } from '../../hooks/use-form-errors.js';
import { useLocale } from '../../hooks/use-locale.js';
import { normaliseEmail, validate } from '../account/components/fields.js';
import { adminApi, type StaffRole } from './api.js';
import { useDepartmentOptions } from './use-departments.js';

const fields = ['email', 'displayName', 'role', 'departments', 'medicalRegistrationYear'] as const;
const roles: StaffRole[] = ['coordinator', 'doctor', 'admin'];
const isStaffRole = (value: string | null): value is StaffRole => roles.some((role) => role === value);

/** Invite a coordinator, doctor or admin; the invitation mail goes to the address typed here. */
export function InviteForm() {
  const { t } = useTranslation();
  const { locale: uiLocale } = useLocale();
  const queryClient = useQueryClient();
  const departments = useDepartmentOptions();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<StaffRole>('coordinator');
  const [chosen, setChosen] = useState<string[]>([]);
  const [year, setYear] = useState<string | number>('');
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { formRef, errors } = useFormErrors(fields);
  const doctor = role === 'doctor';

  const invite = useMutation({
    mutationFn: adminApi.invite,
    onSuccess: (_answer, invitation) => {
      setSentTo(invitation.email);
      setEmail('');
      setDisplayName('');
      setChosen([]);
      setYear('');
      errors.reset();
      void queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
    },
    onError: errors.showError,
  });

  const submit = () => {
    const address = normaliseEmail(email);
    const ok = errors.check({
      email: validate.email(address),
      displayName: validate.required(displayName),
      departments: doctor && chosen.length === 0 && 'admin.invite.departmentsRequired',
      medicalRegistrationYear: doctor && typeof year !== 'number' && 'admin.invite.yearRequired',
    });
    if (!ok) return;
    setSentTo(null);
    invite.mutate({
      email: address,
      displayName: displayName.trim(),
      role,
      departments: doctor ? chosen : [],
      medicalRegistrationYear: doctor && typeof year === 'number' ? year : undefined,
      locale,
    });
  };

  return (
    <form
      ref={formRef}
      noValidate
      onKeyDown={blockImeEnter}
      onSubmit={(event) => {
        event.preventDefault();
        if (!invite.isPending) submit();
      }}
      aria-label={t('admin.invite.title')}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <TextInput
            label={t('admin.invite.email')}
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(event) => {
              setEmail(event.currentTarget.value);
              errors.clearField('email');
            }}
            error={errors.errorOf('email')}
          />
          <TextInput
            label={t('admin.invite.name')}
            autoComplete="off"
            required
            value={displayName}
            onChange={(event) => {
              setDisplayName(event.currentTarget.value);
              errors.clearField('displayName');
            }}
            error={errors.errorOf('displayName')}
          />
          <Select
            label={t('admin.invite.role')}
            data={roles.map((value) => ({ value, label: t(`account.roles.${value}`) }))}
            value={role}
            onChange={(value) => isStaffRole(value) && setRole(value)}
            allowDeselect={false}
            error={errors.errorOf('role')}
          />
          {doctor && (
            <MultiSelect
              label={t('admin.invite.departments')}
              data={departments.options}
              value={chosen}
              onChange={(value) => {
                setChosen(value);
                errors.clearField('departments');
              }}
              searchable
              required
              error={errors.errorOf('departments')}
              data-testid="invite-departments"
            />
          )}
          {doctor && (
            <NumberInput
              label={t('admin.invite.year')}
              placeholder={t('admin.invite.yearHint')}
              min={1950}
              max={new Date().getFullYear()}
              allowDecimal={false}
              allowNegative={false}
              hideControls
              required
              value={year}
              onChange={(value) => {
                setYear(value);
                errors.clearField('medicalRegistrationYear');
              }}
              error={errors.errorOf('medicalRegistrationYear')}
            />
          )}
          <Select
            label={t('admin.invite.mailLanguage')}
            data={[
              { value: 'ja', label: '日本語' },
              { value: 'en', label: 'English' },
            ]}
            value={locale}
            onChange={(value) => isLocale(value) && setLocale(value)}
            allowDeselect={false}
          />
        </SimpleGrid>
        {errors.formError && (
          <Alert color="red" role="alert" tabIndex={-1}>
            {errors.formError}
          </Alert>
        )}
        {sentTo && (
          <Alert color="brand" role="status" data-testid="invite-sent">
            {t('admin.invite.sent', { email: sentTo })}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={invite.isPending}>
            {t('admin.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
