import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scanStates, type CaseDocument } from '../../../../shared/contracts/documents.js';
import { errorText } from '../../../api/error-text.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { documentsApi, documentsQueryKey } from '../api.js';
import type { SelectionGroup } from '../selection.js';
import { formatBytes } from '../size-format.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { DocumentRow } from './DocumentRow.js';

type DicomDocumentsProps = {
  caseId: string;
  documents: CaseDocument[];
  canCorrect: boolean;
  onCorrection: (groups: SelectionGroup<File>[], documentId: string) => void;
};

/** Removing thousands of files one request at a time, a few at once: fast, and kind to the server. */
const REMOVE_IN_PARALLEL = 4;

/**
 * The files of an imaging CD, summed up in one entry: how many, how large, how their checks stand.
 * Each file is one tap away, and a wrong CD can be removed as a whole before submission.
 */
export function DicomDocuments({ caseId, documents, canCorrect, onCorrection }: DicomDocumentsProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [expanded, setExpanded] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState<{ done: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const newest = documents.flatMap((document) => document.versions.slice(0, 1));
  const bytes = newest.reduce((sum, version) => sum + version.bytes, 0);
  // Each file is one instance: their sum is the CD's image count. Studies and series are not summed, as
  // a study spans many files and the per-file summaries cannot tell which ones share it.
  const images = documents.reduce((sum, document) => sum + (document.dicom?.instances ?? 0), 0);
  const removable = documents.every((document) => document.removable);
  const mismatch = documents.some((document) => document.dicom?.identityMismatch);
  const reasons = [
    ...new Set(documents.flatMap((document) => (document.rejectionReason ? [document.rejectionReason] : []))),
  ];

  async function removeAll() {
    setError(null);
    setRemoving({ done: 0 });
    const queue = documents.map((document) => document.id);
    let done = 0;
    try {
      await Promise.all(
        Array.from({ length: REMOVE_IN_PARALLEL }, async () => {
          for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
            await documentsApi.remove(caseId, id);
            done += 1;
            setRemoving({ done });
          }
        }),
      );
      setConfirming(false);
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setRemoving(null);
      await queryClient.invalidateQueries({ queryKey: documentsQueryKey(caseId) });
    }
  }

  return (
    <Stack
      component="li"
      gap={4}
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      data-testid="dicom-documents"
    >
      <Text fw={700}>
        {t('caseDocuments.document.imagingGroup', {
          count: documents.length,
          size: formatBytes(bytes, locale),
        })}
      </Text>
      {images > 0 && (
        <Text size="sm" data-testid="dicom-images">
          {t('caseDocuments.document.dicomImages', { count: images })}
        </Text>
      )}
      <List size="sm" spacing={2}>
        {scanStates.map((state) => {
          const count = newest.filter((version) => version.scanState === state).length;
          return count === 0 ? null : (
            <List.Item key={state}>
              {t('caseDocuments.document.scanCount', { state: t(`caseDocuments.scan.${state}`), count })}
            </List.Item>
          );
        })}
      </List>
      {mismatch && <Text size="sm">{t('caseDocuments.document.identityMismatch')}</Text>}
      {reasons.map((reason) => (
        <Alert key={reason} color="red" variant="light" p="xs">
          {t('caseDocuments.document.rejected', { reason })}
        </Alert>
      ))}
      <Group gap="xs" mt={4}>
        <Button
          variant="subtle"
          size="md"
          mih={44}
          onClick={() => setExpanded((value) => !value)}
          aria-expanded={expanded}
        >
          {expanded ? t('caseDocuments.document.hideFiles') : t('caseDocuments.document.showFiles')}
        </Button>
        {removable && (
          <Button variant="outline" color="red.9" size="md" mih={44} onClick={() => setConfirming(true)}>
            {t('caseDocuments.document.removeAll')}
          </Button>
        )}
      </Group>
      {expanded && (
        <Stack component="ul" gap={0} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {documents.map((document) => (
            <DocumentRow
              key={document.id}
              caseId={caseId}
              document={document}
              canCorrect={canCorrect}
              onCorrection={onCorrection}
            />
          ))}
        </Stack>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('caseDocuments.document.removeAllTitle')}
        body={t('caseDocuments.document.removeAllBody', { count: documents.length })}
        confirmLabel={t('caseDocuments.document.removeConfirm')}
        onConfirm={() => void removeAll()}
        onClose={() => {
          if (!removing) setConfirming(false);
        }}
        pending={removing !== null}
        error={error}
        status={
          removing && (
            <Text role="status" size="sm">
              {t('caseDocuments.document.removing', { done: removing.done, count: documents.length })}
            </Text>
          )
        }
      />
    </Stack>
  );
}
