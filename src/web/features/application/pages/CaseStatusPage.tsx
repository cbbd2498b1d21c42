import { Alert, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { z } from 'zod';
import { submitResponseSchema } from '../../../../shared/contracts/cases.js';
import type { HospitalProfile } from '../../../../shared/contracts/profile.js';
import { calendarDateIn } from '../../../../shared/domain/calendar.js';
import { errorText } from '../../../api/error-text.js';
import { Loading } from '../../../components/Loading.js';
import { PhoneDeskCard } from '../../../components/PhoneDeskCard.js';
import { formatDateTime } from '../../../format.js';
import { ProfileGate } from '../../../components/ProfileGate.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { useNow } from '../../../hooks/use-now.js';
import { usePageTitle } from '../../../hooks/use-page-title.js';
import { wrapLabel } from '../../precheck/components/wrap-label.js';
import { useCaseDetail, useCaseStatus } from '../api.js';
import { CaseMessagesSection } from '../../case-messages/CaseMessagesSection.js';
import { DocumentsSummary } from '../components/DocumentsSummary.js';
import { InformationProvidedNotice } from '../components/InformationProvidedNotice.js';
import { InformationRequestPanel } from '../components/InformationRequestPanel.js';
import { PatientsOnly } from '../components/PatientsOnly.js';
import { PdfLinks } from '../components/PdfLinks.js';
import { StatusTimeline } from '../components/StatusTimeline.js';
import { WithdrawSection } from '../components/WithdrawSection.js';
import { applicationPaths } from '../paths.js';
import { consentNeeded } from '../steps.js';

/** What the review hands over after a successful submission (router state, never the URL). */
const arrivalSchema = z.object({ submitted: submitResponseSchema });

/**
 * /applications/:caseId — where the case is, who acts now and what the person must do, how to reach a
 * person (the phone desk, open now or not), the documents, the PDFs, what happened, and withdrawal.
 */
export function CaseStatusPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  usePageTitle(t('caseStatus.page.title'));
  return (
    <Stack gap="lg" maw={600} w="100%">
      <Title order={1} size="h2">
        {t('caseStatus.page.title')}
      </Title>
      <PatientsOnly>
        <ProfileGate>{(profile) => <StatusView caseId={caseId} profile={profile} />}</ProfileGate>
      </PatientsOnly>
    </Stack>
  );
}

function StatusView({ caseId, profile }: { caseId: string; profile: HospitalProfile }) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const today = calendarDateIn(useNow(), profile.timeZone);
  const submitted = arrivalSchema.safeParse(useLocation().state).data?.submitted;
  const status = useCaseStatus(caseId);
  const detail = useCaseDetail(caseId);
  // Set by "資料を送りました": the panel goes with the status, the thanks stays until the page is left.
  const [provided, setProvided] = useState(false);
  if (status.isPending || detail.isPending) return <Loading />;
  if (status.isError || detail.isError) {
    return (
      <Alert color="red" role="alert" title={t('application.loadFailed')}>
        <Text>{errorText(status.error ?? detail.error, t)}</Text>
        <Button styles={wrapLabel} component={Link} to={applicationPaths.list} mt="sm" size="md" mih={44}>
          {t('caseStatus.list.title')}
        </Button>
      </Alert>
    );
  }
  const view = status.data;
  const current = view.case.status;
  const isDraft = current === 'draft';
  const context = { today, consentExemptUnderAge: profile.consentExemptUnderAge, departments: [] };
  const s = (key: string) => t(`caseStatus.status.${current}.${key}`);

  return (
    <Stack gap="xl" data-testid="case-status-page" data-status={current}>
      {submitted && (
        <Alert
          color="brand"
          variant="light"
          role="status"
          title={t('caseStatus.page.submittedTitle')}
          data-testid="submitted"
        >
          <Text>{t('caseStatus.page.submittedLead', { number: submitted.caseNumber })}</Text>
          {submitted.outcome === 'needs_review' && (
            <List mt="xs">
              {submitted.reasons.map((reason) => (
                <List.Item key={reason.code}>{reason.message}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      <Paper
        p="lg"
        radius="md"
        withBorder
        style={{ borderWidth: 2, borderColor: 'var(--mantine-color-brand-8)' }}
      >
        <Stack gap="sm">
          <Text data-testid="case-number">
            {view.case.caseNumber
              ? t('caseStatus.list.caseNumber', { number: view.case.caseNumber })
              : t('caseStatus.list.draft')}
          </Text>
          {view.case.submittedAt && (
            <Text size="sm" c="gray.8">
              {t('caseStatus.list.submittedAt', {
                at: formatDateTime(view.case.submittedAt, locale, profile.timeZone),
              })}
            </Text>
          )}
          <Title order={2} size="h3" data-testid="status-label">
            {s('label')}
          </Title>
          <Text>{s('explain')}</Text>
        </Stack>
      </Paper>
      {provided && <InformationProvidedNotice />}
      {current === 'awaiting_information' && (
        <InformationRequestPanel
          caseId={caseId}
          timeZone={profile.timeZone}
          onProvided={() => setProvided(true)}
        />
      )}
      <Stack gap="xs" component="section" aria-labelledby="status-next">
        <Title order={2} size="h3" id="status-next">
          {t('caseStatus.page.nextTitle')}
        </Title>
        <Text fw={700} data-testid="next-actor">
          {t(`caseStatus.nextActor.${view.nextActor}`, { centre: pick(profile.liaisonCentreName) })}
        </Text>
        <Text data-testid="status-todo">{s('todo')}</Text>
        {isDraft && (
          <Button component={Link} to={applicationPaths.edit(caseId)} size="lg" styles={wrapLabel}>
            {t('caseStatus.list.continue')}
          </Button>
        )}
      </Stack>
      {!isDraft && (
        <CaseMessagesSection
          caseId={caseId}
          centreName={pick(profile.liaisonCentreName)}
          timeZone={profile.timeZone}
        />
      )}
      <DocumentsSummary
        caseId={caseId}
        documentsPath={
          isDraft ? applicationPaths.edit(caseId, 'documents') : applicationPaths.documents(caseId)
        }
      />
      <PdfLinks caseId={caseId} withConsentForm={consentNeeded(detail.data.application, context)} />
      <Stack gap="sm" component="section" aria-labelledby="status-phone">
        <Title order={2} size="h3" id="status-phone">
          {t('caseStatus.page.phoneTitle')}
        </Title>
        <Text>{t('caseStatus.page.phoneLead', { number: view.case.caseNumber ?? '' })}</Text>
        <PhoneDeskCard profile={profile} />
      </Stack>
      <StatusTimeline timeline={view.timeline} timeZone={profile.timeZone} />
      {view.canWithdraw && <WithdrawSection caseId={caseId} />}
      <Button
        styles={wrapLabel}
        component={Link}
        to={applicationPaths.list}
        variant="subtle"
        size="md"
        mih={44}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('caseStatus.page.backToList')}
      </Button>
    </Stack>
  );
}
