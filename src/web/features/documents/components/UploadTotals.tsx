import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UploadController, UploadSnapshot } from '../upload-controller.js';
import { batchMoving, orderedEntries, summarize } from '../upload-schedule.js';
import { ProgressBlock } from './ProgressBlock.js';

/**
 * Everything this page is sending, in one place: files and bytes done, speed, time left, and pause or
 * resume for all of it. Shown while anything is on the list.
 */
export function UploadTotals({
  controller,
  snapshot,
}: {
  controller: UploadController;
  snapshot: UploadSnapshot;
}) {
  const { t } = useTranslation();
  const { state, now } = snapshot;
  const entries = orderedEntries(state);
  if (entries.length === 0) return null;
  const summary = summarize(entries, state.totalMeter, now);
  const { count } = summary;
  const active = count.queued + count.hashing + count.uploading;
  const counted = summary.files - count.refused - count.skipped;
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="upload-totals"
      data-testid="upload-totals"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="upload-totals">
          {t('caseDocuments.upload.totalTitle')}
        </Title>
        <Text data-testid="upload-totals-files">
          {t('caseDocuments.upload.totalFiles', { done: count.received, count: counted })}
        </Text>
        <ProgressBlock
          label={t('caseDocuments.upload.totalProgressLabel')}
          percent={summary.percent}
          doneBytes={summary.doneBytes}
          totalBytes={summary.bytes}
          moving={batchMoving(count)}
          bytesPerSecond={summary.bytesPerSecond}
          secondsLeft={summary.secondsLeft}
        />
        <Group gap="xs">
          {active > 0 && (
            <Button
              variant="outline"
              size="md"
              mih={44}
              onClick={() => controller.pauseAll()}
              data-testid="pause-all"
            >
              {t('caseDocuments.upload.pauseAll')}
            </Button>
          )}
          {count.paused > 0 && (
            <Button size="md" mih={44} onClick={() => controller.resumeAll()} data-testid="resume-all">
              {t('caseDocuments.upload.resumeAll')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
