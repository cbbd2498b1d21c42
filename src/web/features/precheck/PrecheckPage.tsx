import { Alert, Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DepartmentView } from '../../../shared/contracts/departments.js';
import type { HospitalProfile } from '../../../shared/contracts/profile.js';
import { calendarDateIn } from '../../../shared/domain/calendar.js';
import { Loading } from '../../components/Loading.js';
import { ProfileGate } from '../../components/ProfileGate.js';
import { useNow } from '../../hooks/use-now.js';
import { usePageTitle } from '../../hooks/use-page-title.js';
import { useDepartments } from './api.js';
import { IntroScreen } from './components/IntroScreen.js';
import { OutcomeScreen } from './components/OutcomeScreen.js';
import { StepScreen } from './components/StepScreen.js';
import type { StepContext } from './steps.js';
import { usePrecheck } from './use-precheck.js';

/**
 * /precheck, public: "can I apply?" one plain question per screen, then the outcome from the public
 * eligibility API with reasons, advice, the document checklist and the phone desk.
 */
export function PrecheckPage() {
  const { t } = useTranslation();
  // The title never carries an answer (UX: no patient data in page titles).
  usePageTitle(t('precheck.title'));
  return (
    <Stack gap="lg" maw={560} w="100%">
      <Title order={1} size="h2">
        {t('precheck.title')}
      </Title>
      <ProfileGate>{(profile) => <WithDepartments profile={profile} />}</ProfileGate>
    </Stack>
  );
}

function WithDepartments({ profile }: { profile: HospitalProfile }) {
  const { t } = useTranslation();
  const query = useDepartments();
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <Alert color="red" role="alert" title={t('app.loadFailed')}>
        <Button mt="sm" onClick={() => void query.refetch()}>
          {t('app.retry')}
        </Button>
      </Alert>
    );
  }
  return <Wizard profile={profile} departments={query.data.departments} />;
}

function Wizard({ profile, departments }: { profile: HospitalProfile; departments: DepartmentView[] }) {
  const now = useNow();
  const context: StepContext = {
    today: calendarDateIn(now, profile.timeZone),
    consentExemptUnderAge: profile.consentExemptUnderAge,
    departments,
  };
  const wizard = usePrecheck(context);
  const { screen } = wizard;
  if (screen === 'intro') return <IntroScreen onStart={wizard.next} />;
  if (screen === 'outcome') return <OutcomeScreen wizard={wizard} profile={profile} />;
  return <StepScreen key={screen} step={screen} wizard={wizard} context={context} />;
}
