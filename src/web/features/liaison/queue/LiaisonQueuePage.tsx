import { Alert, Button, Card, Group, Stack, Title, VisuallyHidden } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { errorText } from '../../../api/error-text.js';
import { Loading } from '../../../components/Loading.js';
import { usePageTitle } from '../../../hooks/use-page-title.js';
import { liaisonApi, liaisonKeys } from '../api.js';
import { liaisonPaths } from '../paths.js';
import { apiQueryOf, filtersFrom, paramsOf, searchBodyOf, type QueueFilters } from '../queue-filters.js';
import { movedSelection } from '../shortcuts.js';
import { StaffOnly } from '../StaffOnly.js';
import { useQueueShortcuts } from '../use-shortcuts.js';
import { FilterBar } from './FilterBar.js';
import { QueueSearch } from './QueueSearch.js';
import { QueueTable } from './QueueTable.js';
import { ShortcutsHelp } from './ShortcutsHelp.js';
import { StatusChips } from './StatusChips.js';

const PAGE_SIZE = 50;

/** /liaison — the work queue of coordinators, and of doctors for their departments' cases. */
export function LiaisonQueuePage() {
  return <StaffOnly>{() => <Queue />}</StaffOnly>;
}

/** Paging and selection belong to one view (filters + search): a new view starts on its first page. */
type ViewState<T> = { view: string; value: T };

function Queue() {
  const { t } = useTranslation();
  usePageTitle(t('liaison.queue.title'));
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const urlQuery = paramsOf(filters).toString();
  const [search, setSearch] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);

  const view = `${urlQuery}\n${search}`;
  const [paging, setPaging] = useState<ViewState<string[]>>({ view, value: [''] });
  const cursors = paging.view === view ? paging.value : [''];
  const cursor = cursors[cursors.length - 1] ?? '';
  const [selection, setSelection] = useState<ViewState<number | null>>({ view: '', value: null });
  const selected = selection.view === `${view}\n${cursor}` ? selection.value : null;
  const select = (index: number | null) => setSelection({ view: `${view}\n${cursor}`, value: index });

  const queue = useQuery({
    queryKey: liaisonKeys.queue(urlQuery, search, cursor),
    queryFn: () => {
      const page = { limit: PAGE_SIZE, cursor };
      return search
        ? liaisonApi.search(searchBodyOf(filters, search, page))
        : liaisonApi.queue(apiQueryOf(filters, page));
    },
    placeholderData: keepPreviousData,
    // The queue is open all day: new cases appear without a reload.
    refetchInterval: 60_000,
  });
  const data = queue.data;
  const rows = data?.cases ?? [];

  const apply = (next: QueueFilters) => setSearchParams(paramsOf(next));
  const nextPage = () => {
    if (data?.nextCursor) setPaging({ view, value: [...cursors, data.nextCursor] });
  };
  const previousPage = () => {
    if (cursors.length > 1) setPaging({ view, value: cursors.slice(0, -1) });
  };
  const focusRow = (index: number | null) => {
    select(index);
    if (index === null) return;
    tableRef.current?.querySelector<HTMLElement>(`[data-row-index="${index}"] a`)?.focus();
  };

  useQueueShortcuts(
    {
      focusSearch: () => searchRef.current?.focus(),
      next: () => focusRow(movedSelection(selected, 1, rows.length)),
      previous: () => focusRow(movedSelection(selected, -1, rows.length)),
      open: () => {
        const row = selected === null ? undefined : rows[selected];
        if (row) void navigate(liaisonPaths.case(row.id));
      },
      nextPage,
      previousPage,
      help: () => setHelpOpen(true),
    },
    !helpOpen,
  );

  const from = (cursors.length - 1) * PAGE_SIZE + 1;
  const caption = data
    ? rows.length === 0
      ? t('liaison.queue.empty')
      : t('liaison.queue.range', { total: data.total, from, to: from + rows.length - 1 })
    : '';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('liaison.queue.title')}</Title>
        <Button variant="subtle" size="sm" onClick={() => setHelpOpen(true)} data-testid="shortcuts-open">
          {t('liaison.shortcuts.open')}
        </Button>
      </Group>
      <Card withBorder component="section" aria-label={t('liaison.queue.filtersTitle')} padding="sm">
        <Stack gap="sm">
          <QueueSearch ref={searchRef} active={search} onSearch={setSearch} />
          <FilterBar filters={filters} onChange={apply} />
        </Stack>
      </Card>
      {data && (
        <StatusChips
          counts={data.counts}
          selected={filters.status}
          onChange={(status) => apply({ ...filters, status })}
        />
      )}
      {queue.isPending && <Loading />}
      {queue.isError && (
        <Alert color="red" role="alert">
          {errorText(queue.error, t)}
        </Alert>
      )}
      <VisuallyHidden role="status" data-testid="queue-announce">
        {queue.isFetching ? t('liaison.queue.updating') : caption}
      </VisuallyHidden>
      {data && (
        <QueueTable ref={tableRef} rows={rows} selected={selected} onSelect={select} caption={caption} />
      )}
      {data && (cursors.length > 1 || data.nextCursor) && (
        <Group gap="sm">
          <Button variant="default" size="sm" disabled={cursors.length <= 1} onClick={previousPage}>
            {t('liaison.queue.previousPage')}
          </Button>
          <Button
            variant="default"
            size="sm"
            disabled={!data.nextCursor}
            onClick={nextPage}
            data-testid="next-page"
          >
            {t('liaison.queue.nextPage')}
          </Button>
        </Group>
      )}
      <ShortcutsHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
    </Stack>
  );
}
