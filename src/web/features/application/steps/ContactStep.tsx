import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AddressFields } from '../components/AddressFields.js';
import { TextField } from '../components/fields.js';
import { formatPhone } from '../phone.js';
import { sectionSetter, type StepProps } from './step-props.js';

/** Where the patient lives and how the liaison centre reaches them: a weekday-daytime phone (R-DOC-07). */
export function ContactStep({ draft, update, errorOf }: StepProps) {
  const { t } = useTranslation();
  const set = sectionSetter(update);
  const patient = draft.patient;
  return (
    <Stack gap="xl">
      <AddressFields
        legend={t('application.contact.address')}
        prefix="patient.address"
        address={patient?.address}
        onChange={(address) => set('patient', { address })}
        errorOf={errorOf}
        autoFill
        testId="patient-address"
      />
      <TextField
        label={t('application.contact.phone')}
        description={t('application.contact.phoneHint')}
        value={patient?.phone}
        onChange={(phone) => set('patient', { phone })}
        onTidy={formatPhone}
        error={errorOf('patient.phone')}
        type="tel"
        inputMode="tel"
        maxLength={20}
        autoComplete="tel"
        testId="patient-phone"
      />
      <TextField
        label={t('application.contact.email')}
        description={t('application.contact.emailHint')}
        value={patient?.email}
        onChange={(email) => set('patient', { email })}
        onTidy={(value) => value.normalize('NFKC').trim()}
        error={errorOf('patient.email')}
        type="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={254}
        autoComplete="email"
        testId="patient-email"
      />
    </Stack>
  );
}
