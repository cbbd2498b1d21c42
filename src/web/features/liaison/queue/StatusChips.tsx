import { Button, Chip, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QueuePage } from '../../../../shared/contracts/liaison.js';
import type { CaseStatus } from '../../../../shared/domain/case-status.js';

/**
 * The counts per status as toggles: each chip narrows the queue to that status (several may be on);
 * "all" clears them. Statuses with no case are left out unless chosen, so the row stays short.
 */
export function StatusChips({
  counts,
  selected,
  onChange,
}: {
  counts: QueuePage['counts'];
  selected: CaseStatus[];
  onChange: (statuses: CaseStatus[]) => void;
}) {
  const { t } = useTranslation();
  const all = counts.reduce((sum, entry) => sum + entry.count, 0);
  const shown = counts.filter((entry) => entry.count > 0 || selected.includes(entry.status));
  const order = counts.map((entry) => entry.status);
  return (
    <Group gap="xs" role="group" aria-label={t('liaison.queue.statusFilter')} data-testid="status-chips">
      <Button
        size="compact-sm"
        variant={selected.length === 0 ? 'filled' : 'default'}
        aria-pressed={selected.length === 0}
        onClick={() => onChange([])}
        data-testid="status-all"
      >
        {t('liaison.queue.allStatuses', { count: all })}
      </Button>
      {shown.map((entry) => (
        <Chip
          key={entry.status}
          size="sm"
          radius="sm"
          variant="outline"
          checked={selected.includes(entry.status)}
          onChange={(checked) => {
            const next = checked
              ? [...selected, entry.status]
              : selected.filter((status) => status !== entry.status);
            onChange(order.filter((status) => next.includes(status)));
          }}
          wrapperProps={{ 'data-testid': 'status-chip', 'data-status': entry.status }}
        >
          {t('liaison.queue.statusCount', {
            status: t(`liaison.status.${entry.status}`),
            count: entry.count,
          })}
        </Chip>
      ))}
    </Group>
  );
}
