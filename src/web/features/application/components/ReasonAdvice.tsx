import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HospitalProfile } from '../../../../shared/contracts/profile.js';
import { wrapLabel } from '../../precheck/components/wrap-label.js';
import type { ProblemReason } from '../api.js';
import { stepOfReason, type StepId } from '../steps.js';

/**
 * Why the rules refuse the application as it stands: each reason as the server worded it, what the
 * person can do about it, and a way to the one answer behind it — as the pre-check explains them.
 */
export function ReasonAdvice({
  reasons,
  profile,
  pathOf,
}: {
  reasons: readonly ProblemReason[];
  profile: HospitalProfile;
  pathOf: (step: StepId) => string;
}) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="submit-reasons" gap="sm" data-testid="submit-reasons">
      <Title order={3} size="h4" id="submit-reasons">
        {t('application.submit.reasonsTitle')}
      </Title>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {reasons.map((reason) => {
          const step = stepOfReason[reason.code];
          return (
            <Card key={reason.code} component="li" withBorder padding="md" data-reason={reason.code}>
              <Stack gap="xs">
                <Text>{reason.message}</Text>
                <Text fw={700}>{t('precheck.outcome.whatYouCanDo')}</Text>
                <Text>
                  {t(`application.advice.${reason.code}`, {
                    degree: profile.kinship.maxDegree,
                    defaultValue: t('application.advice.fallback'),
                  })}
                </Text>
                {step && (
                  <Button
                    component={Link}
                    to={pathOf(step)}
                    variant="outline"
                    size="md"
                    mih={44}
                    style={{ alignSelf: 'flex-start' }}
                    styles={wrapLabel}
                  >
                    {t('application.submit.changeAnswer')}
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
