import { Alert, Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import type { HospitalProfile } from '../../../../shared/contracts/profile.js';
import { errorText } from '../../../api/error-text.js';
import { Loading } from '../../../components/Loading.js';
import { ProfileGate } from '../../../components/ProfileGate.js';
import { usePageTitle } from '../../../hooks/use-page-title.js';
import { useDepartments } from '../../precheck/api.js';
import { ApplicationEditor } from '../ApplicationEditor.js';
import { useCaseDetail } from '../api.js';
import { PatientsOnly } from '../components/PatientsOnly.js';
import { applicationPaths } from '../paths.js';
import { wrapLabel } from '../../precheck/components/wrap-label.js';

/** /applications/:caseId/edit/:step — the application, one screen at a time. */
export function ApplicationEditPage() {
  const { t } = useTranslation();
  const { caseId = '', step } = useParams();
  // The title never carries an answer (no patient data in page titles).
  usePageTitle(t('application.title'));
  return (
    <Stack gap="lg" maw={600} w="100%">
      <Title order={1} size="h2">
        {t('application.title')}
      </Title>
      <PatientsOnly>
        <ProfileGate>
          {(profile) => <EditorLoader caseId={caseId} step={step} profile={profile} />}
        </ProfileGate>
      </PatientsOnly>
    </Stack>
  );
}

function EditorLoader({
  caseId,
  step,
  profile,
}: {
  caseId: string;
  step: string | undefined;
  profile: HospitalProfile;
}) {
  const { t } = useTranslation();
  const departments = useDepartments();
  const detail = useCaseDetail(caseId);
  if (departments.isPending || detail.isPending) return <Loading />;
  if (detail.isError || departments.isError) {
    const error = detail.error ?? departments.error;
    return (
      <Alert color="red" role="alert" title={t('application.loadFailed')}>
        {errorText(error, t)}
        <Button
          styles={wrapLabel}
          component={Link}
          to={applicationPaths.list}
          mt="sm"
          size="md"
          mih={44}
          display="block"
          w="fit-content"
        >
          {t('caseStatus.list.title')}
        </Button>
      </Alert>
    );
  }
  // A sent application is read on its status page; only drafts are edited.
  if (!detail.data.abilities.editApplication)
    return <Navigate to={applicationPaths.status(caseId)} replace />;
  return (
    <ApplicationEditor
      key={caseId}
      detail={detail.data}
      departments={departments.data.departments}
      profile={profile}
      stepParam={step}
    />
  );
}
