import { Alert, Button, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EligibilityOutcome } from '../../../../shared/contracts/eligibility.js';
import type { HospitalProfile } from '../../../../shared/contracts/profile.js';
import { errorText } from '../../../api/error-text.js';
import { PhoneDeskCard } from '../../../components/PhoneDeskCard.js';
import { useAssessment } from '../api.js';
import { useFocusHeading } from '../use-focus-heading.js';
import { CondolenceScreen } from './CondolenceScreen.js';
import { DocumentChecklist } from './DocumentChecklist.js';
import { NextSteps } from './NextSteps.js';
import { ReasonList } from './ReasonList.js';
import type { Wizard } from './StepScreen.js';
import { wrapLabel } from './wrap-label.js';

/** The outcome is said in words and a sign, never by colour alone. */
const look: Record<EligibilityOutcome, { color: string; sign: string }> = {
  eligible: { color: 'brand', sign: '✓' },
  needs_review: { color: 'caution', sign: '!' },
  ineligible: { color: 'gray', sign: '×' },
};

export function OutcomeScreen({ wizard, profile }: { wizard: Wizard; profile: HospitalProfile }) {
  if (wizard.draft.attendance === 'family_only' && wizard.draft.deceased === true) {
    return <CondolenceScreen wizard={wizard} profile={profile} />;
  }
  return <AssessmentOutcome wizard={wizard} profile={profile} />;
}

/** The answer of the public API at once: outcome, every reason with advice, checklist, whom to call. */
function AssessmentOutcome({ wizard, profile }: { wizard: Wizard; profile: HospitalProfile }) {
  const { t } = useTranslation();
  const assessment = useAssessment(wizard.request);
  const heading = useFocusHeading<HTMLHeadingElement>(wizard.moved && assessment.isSuccess);

  if (assessment.isPending) {
    return (
      <Stack align="center" py="xl" role="status">
        <Loader aria-hidden />
        <Text>{t('precheck.outcome.checking')}</Text>
      </Stack>
    );
  }
  if (assessment.isError) {
    return (
      <Stack gap="md">
        <Alert color="red" role="alert" title={t('precheck.outcome.failed')}>
          {errorText(assessment.error, t)}
        </Alert>
        <Button size="lg" onClick={() => void assessment.refetch()}>
          {t('precheck.outcome.retry')}
        </Button>
        <Button variant="outline" size="lg" onClick={wizard.back}>
          {t('precheck.outcome.edit')}
        </Button>
      </Stack>
    );
  }

  const { outcome, reasons, requiredDocuments } = assessment.data;
  const { color, sign } = look[outcome];
  return (
    <Stack gap="xl" data-testid="precheck-outcome" data-outcome={outcome}>
      {/* Not an alert region: focus moves to its heading, which is announced once. */}
      <Paper
        p="lg"
        radius="md"
        bg={`${color}.0`}
        style={{ border: `2px solid var(--mantine-color-${color}-8)` }}
      >
        <Stack gap="sm">
          <Title
            order={2}
            size="h3"
            ref={heading}
            tabIndex={-1}
            style={{ outline: 'none' }}
            data-testid="outcome-heading"
          >
            <span aria-hidden>{sign} </span>
            {t(`precheck.outcome.title.${outcome}`)}
          </Title>
          <Text>{t(`precheck.outcome.lead.${outcome}`)}</Text>
          {outcome !== 'ineligible' && <Text size="sm">{t('precheck.outcome.note')}</Text>}
        </Stack>
      </Paper>

      {reasons.length > 0 && (
        <ReasonList reasons={reasons} profile={profile} onChangeAnswer={(step) => wizard.goTo(step)} />
      )}

      <DocumentChecklist documents={requiredDocuments} forReference={outcome === 'ineligible'} />

      {outcome !== 'ineligible' && <NextSteps />}

      <Stack component="section" aria-labelledby="precheck-phone" gap="sm">
        <Title order={3} id="precheck-phone" size="h4">
          {t('precheck.outcome.phoneTitle')}
        </Title>
        <Text>{t('precheck.outcome.phoneLead')}</Text>
        <PhoneDeskCard profile={profile} />
      </Stack>

      <Stack gap="sm">
        <Button variant="outline" size="lg" styles={wrapLabel} onClick={wizard.back}>
          {t('precheck.outcome.edit')}
        </Button>
        <Button variant="subtle" size="md" mih={44} styles={wrapLabel} onClick={wizard.restart}>
          {t('precheck.outcome.restart')}
        </Button>
      </Stack>
    </Stack>
  );
}
