import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/i18n/locale.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { formatBytes, percentOf } from '../size-format.js';
import type { UploadController } from '../upload-controller.js';
import { fileSummary } from '../upload-schedule.js';
import type { Refusal, UploadEntry, UploadPhase } from '../upload-state.js';
import { ProgressBlock } from './ProgressBlock.js';
import { StatusIcon, type StatusIconName } from './StatusIcon.js';
import { useFailureKey } from './upload-wording.js';

const phaseIcons: Record<UploadPhase, StatusIconName> = {
  queued: 'waiting',
  hashing: 'waiting',
  uploading: 'arrowUp',
  paused: 'pause',
  finalizing: 'waiting',
  received: 'check',
  refused: 'cross',
  failed: 'alert',
  skipped: 'check',
};

const phaseColors: Partial<Record<UploadPhase, string>> = {
  received: 'brand.9',
  skipped: 'brand.9',
  refused: 'red.9',
  failed: 'red.9',
};

export function refusalText(refusal: Refusal, t: TFunction, locale: Locale): string {
  if (refusal.source === 'server') return refusal.detail;
  const { refusal: local } = refusal;
  switch (local.code) {
    case 'empty':
      return t('caseDocuments.upload.local.empty');
    case 'tooLarge':
      return t('caseDocuments.upload.local.tooLarge', { limit: formatBytes(local.maxFileBytes, locale) });
    case 'caseFull':
      return t('caseDocuments.upload.local.caseFull', {
        remaining: formatBytes(local.remainingBytes, locale),
      });
  }
}

type UploadRowProps = {
  entry: UploadEntry;
  controller: UploadController;
  /** The time of the snapshot; only an uploading file's time left needs it (0 otherwise, for memo). */
  now: number;
  /** Show the path inside the folder (CD files share names like IM000001). */
  showPath?: boolean;
};

/** One file being sent: its name, where it stands in words, its progress, and what can be done. */
export const UploadRow = memo(function UploadRow({
  entry,
  controller,
  now,
  showPath = false,
}: UploadRowProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const failureKey = useFailureKey();
  const name = entry.fileName;
  const { phase } = entry;
  const summary = fileSummary(entry, now);
  const phaseText =
    phase === 'hashing'
      ? t('caseDocuments.upload.phase.hashing', { percent: percentOf(entry.hashedBytes, entry.bytes) })
      : t(`caseDocuments.upload.phase.${phase}`);

  return (
    <Stack
      component="li"
      gap={6}
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      data-testid="upload-row"
      data-phase={phase}
      data-name={name}
    >
      <Group justify="space-between" align="baseline" gap="xs" wrap="wrap">
        <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
          {showPath ? entry.path : name}
        </Text>
        <Text size="sm">{formatBytes(entry.bytes, locale)}</Text>
      </Group>
      <Group gap={6} wrap="nowrap" align="flex-start" c={phaseColors[phase]}>
        <StatusIcon name={phaseIcons[phase]} firstLine />
        <Text size="sm" fw={phase === 'received' ? 700 : 400} data-testid="upload-phase">
          {phaseText}
        </Text>
      </Group>
      {phase === 'hashing' && (
        <ProgressBlock
          label={t('caseDocuments.upload.hashProgressLabel', { name })}
          percent={percentOf(entry.hashedBytes, entry.bytes)}
          doneBytes={entry.hashedBytes}
          totalBytes={entry.bytes}
          moving={false}
          bytesPerSecond={null}
          secondsLeft={null}
          color="gray.7"
        />
      )}
      {(phase === 'uploading' || phase === 'paused' || phase === 'finalizing' || phase === 'failed') && (
        <ProgressBlock
          label={t('caseDocuments.upload.progressLabel', { name })}
          percent={summary.percent}
          doneBytes={summary.doneBytes}
          totalBytes={summary.bytes}
          moving={phase === 'uploading'}
          bytesPerSecond={summary.bytesPerSecond}
          secondsLeft={summary.secondsLeft}
        />
      )}
      {phase === 'received' && entry.scanState && (
        <Text size="sm" data-testid="upload-scan">
          {t(`caseDocuments.scan.${entry.scanState}`)}
        </Text>
      )}
      {phase === 'refused' && entry.refusal && (
        <Alert color="red" variant="light" p="xs" data-testid="upload-refusal">
          {refusalText(entry.refusal, t, locale)}
        </Alert>
      )}
      {phase === 'failed' && entry.failure && (
        <Alert color="caution" variant="light" p="xs" data-testid="upload-failure">
          {t(failureKey(entry.failure))}
        </Alert>
      )}
      <RowActions entry={entry} controller={controller} />
    </Stack>
  );
});

function RowActions({ entry, controller }: { entry: UploadEntry; controller: UploadController }) {
  const { t } = useTranslation();
  const name = entry.fileName;
  const { phase, id } = entry;
  const pausable = phase === 'queued' || phase === 'hashing' || phase === 'uploading';
  const cancellable = pausable || phase === 'paused' || phase === 'failed';
  if (!pausable && phase !== 'paused' && phase !== 'failed') return null;
  return (
    <Group gap="xs">
      {pausable && (
        <Button
          variant="outline"
          size="md"
          mih={44}
          onClick={() => controller.pause(id)}
          aria-label={t('caseDocuments.upload.pauseLabel', { name })}
        >
          {t('caseDocuments.upload.pause')}
        </Button>
      )}
      {phase === 'paused' && (
        <Button
          size="md"
          mih={44}
          onClick={() => controller.resume(id)}
          aria-label={t('caseDocuments.upload.resumeLabel', { name })}
        >
          {t('caseDocuments.upload.resume')}
        </Button>
      )}
      {phase === 'failed' && (
        <Button
          size="md"
          mih={44}
          onClick={() => controller.retry(id)}
          aria-label={t('caseDocuments.upload.retryLabel', { name })}
        >
          {t('caseDocuments.upload.retry')}
        </Button>
      )}
      {cancellable && (
        <Button
          variant="subtle"
          // Not "gray.9": Mantine draws subtle text with a given shade in at most shade 6, below AA.
          color="gray"
          size="md"
          mih={44}
          onClick={() => controller.remove(id)}
          aria-label={t('caseDocuments.upload.cancelLabel', { name })}
        >
          {t('caseDocuments.upload.cancel')}
        </Button>
      )}
    </Group>
  );
}
