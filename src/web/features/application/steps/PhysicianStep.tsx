import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { YesNoCards } from '../../precheck/components/ChoiceCards.js';
import { AddressFields } from '../components/AddressFields.js';
import { FieldGroup, TextField } from '../components/fields.js';
import { formatPhone } from '../phone.js';
import { sectionSetter, type StepProps } from './step-props.js';

/** The primary physician (主治医): who and where, and that they agree and write the referral (R-ELIG-07). */
export function PhysicianStep({ draft, update, errorOf }: StepProps) {
  const { t } = useTranslation();
  const set = sectionSetter(update);
  const physician = draft.physician;
  const text = (key: 'name' | 'institution' | 'department', maxLength: number) => (
    <TextField
      label={t(`application.physician.${key}`)}
      value={physician?.[key]}
      onChange={(value) => set('physician', { [key]: value })}
      error={errorOf(`physician.${key}`)}
      maxLength={maxLength}
      autoComplete="off"
      testId={`physician-${key}`}
    />
  );
  return (
    <Stack gap="xl">
      <FieldGroup legend={t('application.physician.who')}>
        {text('institution', 200)}
        {text('department', 100)}
        {text('name', 100)}
      </FieldGroup>
      <AddressFields
        legend={t('application.physician.address')}
        prefix="physician.address"
        address={physician?.address}
        onChange={(address) => set('physician', { address })}
        errorOf={errorOf}
        autoFill={false}
        testId="physician-address"
      />
      <FieldGroup legend={t('application.physician.contact')}>
        <TextField
          label={t('application.physician.phone')}
          description={t('application.physician.phoneHint')}
          value={physician?.phone}
          onChange={(phone) => set('physician', { phone })}
          onTidy={formatPhone}
          error={errorOf('physician.phone')}
          type="tel"
          inputMode="tel"
          maxLength={20}
          autoComplete="off"
          testId="physician-phone"
        />
        <TextField
          label={t('application.physician.email')}
          description={t('application.physician.emailHint')}
          value={physician?.email}
          onChange={(email) => set('physician', { email })}
          onTidy={(value) => value.normalize('NFKC').trim()}
          error={errorOf('physician.email')}
          optional
          type="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={254}
          autoComplete="off"
          testId="physician-email"
        />
      </FieldGroup>
      <YesNoCards
        label={t('precheck.questions.physician.title')}
        value={physician?.agrees}
        onChange={(agrees) => set('physician', { agrees })}
        yes={t('precheck.questions.physician.yes')}
        no={t('precheck.questions.physician.no')}
        error={errorOf('physician.agrees')}
      />
    </Stack>
  );
}
