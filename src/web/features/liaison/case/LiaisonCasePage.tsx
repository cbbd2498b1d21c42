import { Alert, Anchor, Grid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Me } from '../../../../shared/contracts/auth.js';
import type { HospitalProfile } from '../../../../shared/contracts/profile.js';
import { calendarDateIn } from '../../../../shared/domain/calendar.js';
import { formatTime } from '../../../format.js';
import { ApiProblem } from '../../../api/client.js';
import { errorText } from '../../../api/error-text.js';
import { Loading } from '../../../components/Loading.js';
import { ProfileGate } from '../../../components/ProfileGate.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { useNow } from '../../../hooks/use-now.js';
import { usePageTitle } from '../../../hooks/use-page-title.js';
import { liaisonApi, liaisonKeys } from '../api.js';
import { BACKGROUND_POLL_MS, hasBackgroundWork } from '../background-work.js';
import { liaisonPaths } from '../paths.js';
import { StaffOnly } from '../StaffOnly.js';
import { ActionsSection } from './ActionsSection.js';
import { AskedSection } from './AskedSection.js';
import { CaseHeader } from './CaseHeader.js';
import { ChecklistSection } from './ChecklistSection.js';
import { DocumentsSection } from './DocumentsSection.js';
import { EligibilitySection } from './EligibilitySection.js';
import { IdentitySection } from './IdentitySection.js';
import { ImagingSection } from './ImagingSection.js';
import { MessagesSection } from './MessagesSection.js';
import { shortName } from './person.js';
import { PhoneLogSection } from './PhoneLogSection.js';
import { TimelineSection } from './TimelineSection.js';
import { useCasePulse } from './use-case-pulse.js';
import { ViewersSection } from './ViewersSection.js';
import { WhoSection } from './WhoSection.js';

/** /liaison/cases/:caseId — one case for screening and decision, read top to bottom. */
export function LiaisonCasePage() {
  const { caseId = '' } = useParams();
  return (
    <StaffOnly>
      {(me) => (
        <ProfileGate>{(profile) => <CaseScreen caseId={caseId} me={me} profile={profile} />}</ProfileGate>
      )}
    </StaffOnly>
  );
}

function CaseScreen({ caseId, me, profile }: { caseId: string; me: Me; profile: HospitalProfile }) {
  const { t } = useTranslation();
  usePageTitle(t('liaison.case.title'));
  const now = useNow();
  const today = calendarDateIn(now, profile.timeZone);
  const query = useQuery({
    queryKey: liaisonKeys.case(caseId),
    queryFn: () => liaisonApi.caseView(caseId),
    // Every opening is audited ("who viewed the case"): no refetch on focus, only while work is pending.
    refetchOnWindowFocus: false,
    refetchInterval: (current) => (hasBackgroundWork(current.state.data) ? BACKGROUND_POLL_MS : false),
  });

  const refreshedAt = useCasePulse(caseId, query.data);
  const { locale } = useLocale();

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const missing = query.error instanceof ApiProblem && query.error.status === 404;
    return (
      <Alert color="red" role="alert" title={missing ? t('liaison.case.notFound') : t('app.loadFailed')}>
        {!missing && errorText(query.error, t)}
        <Anchor component={Link} to={liaisonPaths.queue} display="block" mt="sm">
          {t('liaison.case.backToQueue')}
        </Anchor>
      </Alert>
    );
  }
  const view = query.data;
  const patientName = shortName(view.application.patient?.name);
  const context = { view, patientName, myName: me.user.displayName, myId: me.user.id };

  return (
    <Stack gap="md" data-testid="liaison-case" data-status={view.case.status}>
      <CaseHeader view={view} now={now} />
      {/* Said, not only shown: a coordinator using a screen reader hears that the case moved on. */}
      <Text size="sm" role="status" data-testid="case-refreshed">
        {refreshedAt &&
          t('liaison.case.refreshed', {
            at: formatTime(refreshedAt.toISOString(), locale, profile.timeZone),
          })}
      </Text>
      {/* Who and what first, with what to do now and the desk's tools beside them; wide tables below. */}
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <WhoSection application={view.application} applicantEmail={view.applicantEmail} today={today} />
            <AskedSection application={view.application} />
            <EligibilitySection eligibility={view.eligibility} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <ActionsSection context={context} />
            <IdentitySection view={view} today={today} myName={me.user.displayName} />
            {view.abilities.logCalls && <PhoneLogSection caseId={caseId} profile={profile} />}
            <MessagesSection
              caseId={caseId}
              patientName={patientName}
              canSend={view.abilities.sendMessages}
            />
            <ViewersSection viewers={view.viewers} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ChecklistSection checklist={view.checklist} />
      <DocumentsSection view={view} patientName={patientName} />
      <ImagingSection view={view} />
      <TimelineSection timeline={view.timeline} />
    </Stack>
  );
}
