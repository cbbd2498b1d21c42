import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HospitalProfile } from '../../../../shared/contracts/profile.js';
import { PhoneDeskCard } from '../../../components/PhoneDeskCard.js';
import { useFocusHeading } from '../use-focus-heading.js';
import type { Wizard } from './StepScreen.js';
import { wrapLabel } from './wrap-label.js';

/**
 * R-ELIG-03, said gently and at once: after "the patient has died" no further questions are asked and
 * nothing is kept for an application. A mistaken tap is undone with one button.
 */
export function CondolenceScreen({ wizard, profile }: { wizard: Wizard; profile: HospitalProfile }) {
  const { t } = useTranslation();
  const heading = useFocusHeading<HTMLHeadingElement>(wizard.moved);
  return (
    <Stack gap="lg" data-testid="precheck-condolence">
      <Title order={2} size="h3" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {t('precheck.deceased.title')}
      </Title>
      <Text>{t('precheck.deceased.body')}</Text>
      <Text>{t('precheck.deceased.advice')}</Text>
      <Text>{t('precheck.deceased.phoneLead')}</Text>
      <PhoneDeskCard profile={profile} />
      <Button variant="outline" size="lg" styles={wrapLabel} onClick={wizard.back}>
        {t('precheck.deceased.change')}
      </Button>
    </Stack>
  );
}
