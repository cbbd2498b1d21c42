import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSummary } from '../../../../shared/contracts/cases.js';
import type { DepartmentView } from '../../../../shared/contracts/departments.js';
import type { HospitalProfile } from '../../../../shared/contracts/profile.js';
import { errorText } from '../../../api/error-text.js';
import { Loading } from '../../../components/Loading.js';
import { ProfileGate } from '../../../components/ProfileGate.js';
import { formatDateTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { usePageTitle } from '../../../hooks/use-page-title.js';
import { useDepartments } from '../../precheck/api.js';
import { precheckPath } from '../../precheck/PrecheckCallout.js';
import { wrapLabel } from '../../precheck/components/wrap-label.js';
import { useCaseList } from '../api.js';
import { PatientsOnly } from '../components/PatientsOnly.js';
import { applicationPaths } from '../paths.js';

/** /applications — my applications: each with its case number, where it stands in words, and the way on. */
export function ApplicationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('caseStatus.list.title'));
  return (
    <Stack gap="lg" maw={600} w="100%">
      <Title order={1} size="h2">
        {t('caseStatus.list.title')}
      </Title>
      <PatientsOnly>
        <ProfileGate>{(profile) => <CaseList profile={profile} />}</ProfileGate>
      </PatientsOnly>
    </Stack>
  );
}

function CaseList({ profile }: { profile: HospitalProfile }) {
  const { t } = useTranslation();
  const list = useCaseList();
  const departments = useDepartments().data?.departments ?? [];
  if (list.isPending) return <Loading />;
  if (list.isError) {
    return (
      <Alert color="red" role="alert" title={t('application.loadFailed')}>
        <Text>{errorText(list.error, t)}</Text>
        <Button styles={wrapLabel} mt="sm" size="md" mih={44} onClick={() => void list.refetch()}>
          {t('app.retry')}
        </Button>
      </Alert>
    );
  }
  const cases = [...list.data.cases].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <Stack gap="lg">
      {cases.length === 0 ? (
        <Stack gap="sm">
          <Text>{t('caseStatus.list.empty')}</Text>
          <Button component={Link} to={precheckPath} variant="outline" size="md" mih={44} styles={wrapLabel}>
            {t('caseStatus.list.precheck')}
          </Button>
        </Stack>
      ) : (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {cases.map((item) => (
            <CaseCard key={item.id} item={item} departments={departments} timeZone={profile.timeZone} />
          ))}
        </Stack>
      )}
      <Button
        component={Link}
        to={applicationPaths.create}
        size="lg"
        styles={wrapLabel}
        data-testid="new-application"
      >
        {t('caseStatus.list.new')}
      </Button>
    </Stack>
  );
}

function CaseCard({
  item,
  departments,
  timeZone,
}: {
  item: CaseSummary;
  departments: readonly DepartmentView[];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const department = departments.find((candidate) => candidate.code === item.departmentCode);
  const draft = item.status === 'draft';
  const titleId = `case-${item.id}`;
  return (
    <Card
      component="li"
      withBorder
      radius="md"
      padding="md"
      aria-labelledby={titleId}
      data-testid="case-card"
      data-status={item.status}
    >
      <Stack gap="xs">
        <Title order={2} size="h4" id={titleId}>
          {item.caseNumber
            ? t('caseStatus.list.caseNumber', { number: item.caseNumber })
            : t('caseStatus.list.draft')}
        </Title>
        <Text fw={700} data-testid="case-status">
          {t(`caseStatus.status.${item.status}.label`)}
        </Text>
        {department && <Text>{t('caseStatus.list.department', { department: pick(department.name) })}</Text>}
        <Text size="sm" c="gray.8">
          {item.submittedAt
            ? t('caseStatus.list.submittedAt', { at: formatDateTime(item.submittedAt, locale, timeZone) })
            : t('caseStatus.list.updatedAt', { at: formatDateTime(item.updatedAt, locale, timeZone) })}
        </Text>
        <Group>
          <Button
            component={Link}
            to={draft ? applicationPaths.edit(item.id) : applicationPaths.status(item.id)}
            size="md"
            mih={44}
            styles={wrapLabel}
            aria-describedby={titleId}
          >
            {draft ? t('caseStatus.list.continue') : t('caseStatus.list.seeStatus')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
