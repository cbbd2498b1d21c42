import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../../api/error-text.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../hooks/use-page-title.js';
import { RequireSignIn } from '../account/RequireSignIn.js';
import { adminApi } from './api.js';
import { filtersFrom, paramsOf, type AuditFilters } from './audit-filters.js';
import { AuditFilterForm } from './AuditFilterForm.js';
import { AuditTable } from './AuditTable.js';

const pageSize = 100;

/** Admins: search the audit trail by patient, user, period and action; export what matches as CSV. */
export function AuditPage() {
  return <RequireSignIn ability="viewAuditTrail">{() => <Audit />}</RequireSignIn>;
}

function Audit() {
  const { t } = useTranslation();
  usePageTitle(t('admin.audit.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const query = paramsOf(filters);
  const queryString = query.toString();

  const events = useInfiniteQuery({
    queryKey: ['admin', 'audit', queryString],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams(queryString);
      params.set('limit', String(pageSize));
      if (pageParam) params.set('cursor', pageParam);
      return adminApi.auditEvents(params);
    },
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = events.data?.pages.flatMap((page) => page.events) ?? [];
  const apply = (next: AuditFilters) => setSearchParams(paramsOf(next));
  const csvHref = `/api/v1/admin/audit-events.csv${queryString ? `?${queryString}` : ''}`;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('admin.audit.title')}</Title>
      <Card withBorder component="section" aria-label={t('admin.audit.filtersTitle')}>
        <AuditFilterForm key={queryString} initial={filters} onApply={apply} />
      </Card>
      <Group justify="space-between">
        <Text aria-live="polite">{events.isSuccess && t('admin.audit.count', { count: rows.length })}</Text>
        <Button component="a" href={csvHref} variant="outline" download data-testid="audit-csv">
          {t('admin.audit.csv')}
        </Button>
      </Group>
      {events.isPending && <Loading />}
      {events.isError && (
        <Alert color="red" role="alert">
          {errorText(events.error, t)}
        </Alert>
      )}
      {events.isSuccess && rows.length === 0 && <Text>{t('admin.audit.empty')}</Text>}
      {rows.length > 0 && (
        <AuditTable events={rows} onFilter={(key, value) => apply({ ...filters, [key]: value })} />
      )}
      {events.hasNextPage && (
        <Button
          variant="light"
          w="fit-content"
          loading={events.isFetchingNextPage}
          onClick={() => void events.fetchNextPage()}
        >
          {t('admin.audit.more')}
        </Button>
      )}
    </Stack>
  );
}
