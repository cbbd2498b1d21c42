import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistState } from '../../../../shared/contracts/documents.js';
import { StatusIcon, type StatusIconName } from './StatusIcon.js';

const looks: Record<ChecklistState, { color: string; icon: StatusIconName }> = {
  missing: { color: 'gray', icon: 'waiting' },
  received: { color: 'blue', icon: 'check' },
  accepted: { color: 'brand', icon: 'doubleCheck' },
  rejected: { color: 'red', icon: 'alert' },
};

/** A checklist item's state: words, an icon and a colour, so no one depends on the colour alone. */
export function StateBadge({ state }: { state: ChecklistState }) {
  const { t } = useTranslation();
  const { color, icon } = looks[state];
  return (
    <Badge
      color={color}
      variant="light"
      size="lg"
      radius="sm"
      tt="none"
      fw={700}
      leftSection={<StatusIcon name={icon} size={16} />}
      styles={{
        root: { height: 'auto', minHeight: 28, whiteSpace: 'normal' },
        label: { overflow: 'visible' },
      }}
      data-testid="checklist-state"
      data-state={state}
    >
      {t(`caseDocuments.checklist.state.${state}`)}
    </Badge>
  );
}
