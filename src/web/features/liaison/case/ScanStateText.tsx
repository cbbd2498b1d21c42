import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScanStateName } from '../../../../shared/contracts/documents.js';
import { StatusIcon, type StatusIconName } from '../../documents/components/StatusIcon.js';

const icons: Record<ScanStateName, StatusIconName> = {
  pending: 'waiting',
  clean: 'check',
  infected: 'cross',
  unscannable: 'alert',
};

/** The malware scan of a version in staff words, with an icon of its own shape (never colour alone). */
export function ScanStateText({ state }: { state: ScanStateName }) {
  const { t } = useTranslation();
  return (
    <Group
      gap={4}
      wrap="nowrap"
      c={state === 'infected' ? 'red.9' : state === 'unscannable' ? 'caution.9' : undefined}
    >
      <StatusIcon name={icons[state]} size={16} />
      <Text
        inherit
        size="sm"
        fw={state === 'infected' ? 700 : undefined}
        data-testid="scan-state"
        data-scan={state}
      >
        {t(`liaison.case.documents.scan.${state}`)}
      </Text>
    </Group>
  );
}
