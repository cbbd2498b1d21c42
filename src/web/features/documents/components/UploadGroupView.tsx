import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../hooks/use-locale.js';
import type { UploadController } from '../upload-controller.js';
import { batchMoving, needsAttention, summarize } from '../upload-schedule.js';
import type { UploadEntry, UploadGroup, UploadState } from '../upload-state.js';
import { ProgressBlock } from './ProgressBlock.js';
import { refusalText, UploadRow } from './UploadRow.js';

type UploadGroupViewProps = {
  group: UploadGroup;
  state: UploadState;
  controller: UploadController;
  now: number;
};

const rowNow = (entry: UploadEntry, now: number) => (entry.phase === 'uploading' ? now : 0);

/**
 * What one choice became. Files chosen one by one, or an ordinary folder, show a row per file. An
 * imaging CD shows one line ("画像CD（DICOM）: N files") with its overall progress, and rows only for
 * the files moving now or needing attention; the full list is one tap away.
 */
export function UploadGroupView({ group, state, controller, now }: UploadGroupViewProps) {
  const { t } = useTranslation();
  const entries = group.entryIds.flatMap((id) => state.entries[id] ?? []);
  const skipped = <SkippedNotes group={group} empty={entries.length === 0} />;

  if (group.kind === 'files') {
    return (
      <Stack gap={4} data-testid="upload-group" data-kind="files">
        {group.folderName !== null && (
          <Text fw={700}>
            {t('caseDocuments.upload.folder', { folder: group.folderName, count: entries.length })}
          </Text>
        )}
        {skipped}
        <Stack component="ul" gap={0} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {entries.map((entry) => (
            <UploadRow key={entry.id} entry={entry} controller={controller} now={rowNow(entry, now)} />
          ))}
        </Stack>
      </Stack>
    );
  }
  return (
    <ImagingCdGroup
      group={group}
      entries={entries}
      controller={controller}
      now={now}
      state={state}
      skipped={skipped}
    />
  );
}

function ImagingCdGroup({
  group,
  entries,
  controller,
  now,
  state,
  skipped,
}: {
  group: UploadGroup;
  entries: UploadEntry[];
  controller: UploadController;
  now: number;
  state: UploadState;
  skipped: ReactNode;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [showAll, setShowAll] = useState(false);
  // The CD's files are too small for each to settle a speed: the page's overall speed stands for them.
  const summary = summarize(entries, state.totalMeter, now);
  const title = t('caseDocuments.upload.imagingCd', { count: entries.length });
  const problems = summary.count.refused + summary.count.failed;
  const open =
    summary.count.queued + summary.count.hashing + summary.count.uploading + summary.count.finalizing;
  const wholeRefusal = entries.find(
    (entry) => entry.refusal?.source === 'local' && entry.refusal.refusal.code === 'caseFull',
  );
  const shown = showAll ? entries : entries.filter(needsAttention);
  const done = summary.count.received + summary.count.skipped;

  return (
    <Stack gap="xs" data-testid="upload-group" data-kind="imagingCd">
      <Text fw={700} data-testid="imaging-cd-title">
        {title}
      </Text>
      {group.folderName !== null && (
        <Text size="sm">{t('caseDocuments.upload.fromFolder', { folder: group.folderName })}</Text>
      )}
      {skipped}
      {wholeRefusal?.refusal ? (
        <Alert color="red" variant="light" data-testid="imaging-cd-refused">
          {refusalText(wholeRefusal.refusal, t, locale)}
        </Alert>
      ) : (
        <>
          <ProgressBlock
            label={t('caseDocuments.upload.groupProgressLabel', { group: title })}
            percent={summary.percent}
            doneBytes={summary.doneBytes}
            totalBytes={summary.bytes}
            moving={batchMoving(summary.count)}
            bytesPerSecond={summary.bytesPerSecond}
            secondsLeft={summary.secondsLeft}
          />
          <List spacing={2} size="sm">
            <List.Item>
              {t('caseDocuments.upload.groupPrepared', { done: summary.hashedFiles, count: entries.length })}
            </List.Item>
            <List.Item>{t('caseDocuments.upload.groupReceived', { done, count: entries.length })}</List.Item>
            {problems > 0 && (
              <List.Item>{t('caseDocuments.upload.groupProblems', { count: problems })}</List.Item>
            )}
          </List>
          {done === entries.length && entries.length > 0 && (
            <Text fw={700} c="brand.9" data-testid="imaging-cd-done">
              {t('caseDocuments.upload.groupDone')}
            </Text>
          )}
          <Group gap="xs">
            {open > 0 && (
              <Button variant="outline" size="md" mih={44} onClick={() => controller.pauseAll(group.id)}>
                {t('caseDocuments.upload.pause')}
              </Button>
            )}
            {summary.count.paused > 0 && (
              <Button size="md" mih={44} onClick={() => controller.resumeAll(group.id)}>
                {t('caseDocuments.upload.resume')}
              </Button>
            )}
          </Group>
        </>
      )}
      {shown.length > 0 && (
        <Stack component="ul" gap={0} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {shown.map((entry) => (
            <UploadRow
              key={entry.id}
              entry={entry}
              controller={controller}
              now={rowNow(entry, now)}
              showPath
            />
          ))}
        </Stack>
      )}
      {entries.length > 0 && !wholeRefusal && (
        <Button
          variant="subtle"
          size="md"
          mih={44}
          w="fit-content"
          onClick={() => setShowAll((value) => !value)}
          aria-expanded={showAll}
        >
          {showAll
            ? t('caseDocuments.upload.hideAllFiles')
            : t('caseDocuments.upload.showAllFiles', { count: entries.length })}
        </Button>
      )}
    </Stack>
  );
}

function SkippedNotes({ group, empty }: { group: UploadGroup; empty: boolean }) {
  const { t } = useTranslation();
  const { system, programs, empty: emptyFiles } = group.skipped;
  if (!empty && system + programs + emptyFiles === 0) return null;
  return (
    <Stack gap={2}>
      {empty && <Text size="sm">{t('caseDocuments.upload.nothingToSend')}</Text>}
      {system > 0 && <Text size="sm">{t('caseDocuments.upload.skippedSystem', { count: system })}</Text>}
      {programs > 0 && (
        <Text size="sm">{t('caseDocuments.upload.skippedPrograms', { count: programs })}</Text>
      )}
      {emptyFiles > 0 && (
        <Text size="sm">{t('caseDocuments.upload.skippedEmpty', { count: emptyFiles })}</Text>
      )}
    </Stack>
  );
}
