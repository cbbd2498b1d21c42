import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EligibilityReason } from '../../../../shared/contracts/eligibility.js';
import type { HospitalProfile } from '../../../../shared/contracts/profile.js';
import type { StepId } from '../draft.js';
import { stepOfReason } from '../steps.js';
import { wrapLabel } from './wrap-label.js';

/**
 * Every reason the API gave (already worded in the reader's language), each followed by what the
 * person can do about it, and a way back to the one answer behind it.
 */
export function ReasonList({
  reasons,
  profile,
  onChangeAnswer,
}: {
  reasons: readonly EligibilityReason[];
  profile: HospitalProfile;
  onChangeAnswer: (step: StepId) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="precheck-reasons" gap="sm">
      <Title order={3} id="precheck-reasons" size="h4">
        {t('precheck.outcome.reasonsTitle')}
      </Title>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {reasons.map((reason) => {
          const step = stepOfReason[reason.code];
          return (
            <Card key={reason.code} component="li" withBorder padding="md" data-reason={reason.code}>
              <Stack gap="xs">
                <Text>{reason.message}</Text>
                <Text fw={700}>{t('precheck.outcome.whatYouCanDo')}</Text>
                <Text data-testid="reason-advice">
                  {t(`precheck.outcome.advice.${reason.code}`, { degree: profile.kinship.maxDegree })}
                </Text>
                {reason.code === 'NO_SPECIALIST_AVAILABLE' && (
                  <Button
                    component={Link}
                    to="/guide/departments"
                    variant="subtle"
                    size="md"
                    mih={44}
                    style={{ alignSelf: 'flex-start' }}
                    styles={wrapLabel}
                  >
                    {t('precheck.outcome.departmentsLink')}
                  </Button>
                )}
                {step && (
                  <Button
                    variant="outline"
                    size="md"
                    mih={44}
                    style={{ alignSelf: 'flex-start' }}
                    styles={wrapLabel}
                    onClick={() => onChangeAnswer(step)}
                  >
                    {t('precheck.outcome.changeAnswer')}
                  </Button>
                )}
              </Stack>
            </Card>
          );
        })}
      </Stack>
    </Stack>
  );
}
