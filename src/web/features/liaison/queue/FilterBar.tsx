import { Button, Checkbox, Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { queueSorts } from '../../../../shared/contracts/liaison.js';
import {
  emptyFilters,
  filterFlags,
  isQueueSort,
  waitingChoices,
  type QueueFilters,
} from '../queue-filters.js';
import { useDepartments } from '../use-departments.js';

/** Department, waiting time, flags and sort: each change goes straight into the URL. */
export function FilterBar({
  filters,
  onChange,
}: {
  filters: QueueFilters;
  onChange: (next: QueueFilters) => void;
}) {
  const { t } = useTranslation();
  const { options } = useDepartments();
  const set = (patch: Partial<QueueFilters>) => onChange({ ...filters, ...patch });

  return (
    <Group gap="md" align="flex-end" wrap="wrap" data-testid="queue-filters">
      <NativeSelect
        size="sm"
        label={t('liaison.queue.department')}
        value={filters.department}
        onChange={(event) => set({ department: event.currentTarget.value })}
        data={[{ value: '', label: t('liaison.queue.anyDepartment') }, ...options]}
        data-testid="filter-department"
      />
      <NativeSelect
        size="sm"
        label={t('liaison.queue.waiting')}
        value={filters.waiting === null ? '' : String(filters.waiting)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          set({ waiting: value === '' ? null : Number(value) });
        }}
        data={[
          { value: '', label: t('liaison.queue.anyWaiting') },
          ...waitingChoices.map((days) => ({
            value: String(days),
            label: t('liaison.queue.waitingMore', { count: days }),
          })),
        ]}
        data-testid="filter-waiting"
      />
      <NativeSelect
        size="sm"
        label={t('liaison.queue.sort')}
        value={filters.sort}
        onChange={(event) => {
          const sort = event.currentTarget.value;
          if (isQueueSort(sort)) set({ sort });
        }}
        data={queueSorts.map((sort) => ({ value: sort, label: t(`liaison.queue.sorts.${sort}`) }))}
        data-testid="filter-sort"
      />
      <Checkbox.Group
        label={t('liaison.queue.flags')}
        value={filters.flags}
        onChange={(values) => set({ flags: filterFlags.filter((flag) => values.includes(flag)) })}
        size="sm"
      >
        <Group gap="sm" mt={6}>
          {filterFlags.map((flag) => (
            <Checkbox
              key={flag}
              value={flag}
              label={t(`liaison.flags.${flag}`)}
              data-testid={`filter-flag-${flag}`}
            />
          ))}
        </Group>
      </Checkbox.Group>
      <Button size="sm" variant="default" onClick={() => onChange(emptyFilters)} data-testid="filters-clear">
        {t('liaison.queue.clearFilters')}
      </Button>
    </Group>
  );
}
