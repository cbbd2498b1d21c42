import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationDraft } from '../../../../shared/contracts/application.js';
import { relationshipNames } from '../../../../shared/i18n/relationship-names.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { Facts } from './Facts.js';
import { addressText, birthText, fullName } from './person.js';
import { Section } from './Section.js';

/**
 * Who: the patient, who attends the call, and the primary physician who referred them. Coordinators
 * also see the applicant's account address (where the service's mails go); the server sends it to them only.
 */
export function WhoSection({
  application,
  applicantEmail,
  today,
}: {
  application: ApplicationDraft;
  applicantEmail: string | null;
  today: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const patient = application.patient ?? {};
  const attendance = application.attendance ?? {};
  const physician = application.physician ?? {};
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? '' : value ? t('liaison.common.yes') : t('liaison.common.no');
  const l = (key: string) => t(`liaison.case.who.${key}`);

  return (
    <Section id="who" title={l('title')}>
      <Title order={3} size="h5">
        {l('patient')}
      </Title>
      <Facts
        facts={[
          { label: l('name'), value: fullName(patient.name), testId: 'patient-name' },
          { label: l('birthDate'), value: birthText(patient.birthDate, today, locale) },
          { label: l('sex'), value: patient.sex ? t(`liaison.case.who.sexes.${patient.sex}`) : '' },
          { label: l('phone'), value: patient.phone },
          { label: l('email'), value: patient.email },
          ...(applicantEmail === null
            ? []
            : [{ label: l('accountEmail'), value: applicantEmail, testId: 'applicant-email' }]),
          { label: l('address'), value: addressText(patient.address) },
          {
            label: l('circumstances'),
            value:
              [
                patient.deceased ? l('deceased') : '',
                patient.livesInJapan === false ? l('abroad') : '',
                patient.hasJapaneseHealthInsurance === false ? l('noInsurance') : '',
              ]
                .filter(Boolean)
                .join('、') || l('noConcerns'),
          },
        ]}
      />
      <Title order={3} size="h5">
        {l('attendees')}
      </Title>
      <Text size="sm" data-testid="attendance">
        {attendance.attendance
          ? t(`precheck.questions.attendance.options.${attendance.attendance}.label`)
          : t('liaison.common.notGiven')}
        {attendance.patientConsent && attendance.attendance === 'family_only'
          ? ` — ${t(`liaison.case.who.consent.${attendance.patientConsent}`)}`
          : ''}
      </Text>
      {(attendance.family ?? []).length > 0 && (
        <Stack component="ul" gap={2} m={0} pl="md">
          {(attendance.family ?? []).map((member, index) => (
            <Text component="li" size="sm" key={index}>
              {fullName(member.name)}
              {member.relationship ? `（${relationshipNames[locale][member.relationship]}）` : ''}
              {member.livesWithPatient === undefined
                ? ''
                : ` — ${member.livesWithPatient ? l('livesWith') : l('livesApart')}`}
            </Text>
          ))}
        </Stack>
      )}
      <Title order={3} size="h5">
        {l('physician')}
      </Title>
      <Facts
        facts={[
          { label: l('physicianName'), value: physician.name },
          {
            label: l('institution'),
            value: [physician.institution, physician.department].filter(Boolean).join(' '),
          },
          { label: l('phone'), value: physician.phone },
          { label: l('physicianEmail'), value: physician.email },
          { label: l('address'), value: addressText(physician.address) },
          { label: l('agrees'), value: yesNo(physician.agrees) },
        ]}
      />
    </Section>
  );
}
