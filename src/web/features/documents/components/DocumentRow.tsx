import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDocument, ScanStateName } from '../../../../shared/contracts/documents.js';
import { errorText } from '../../../api/error-text.js';
import { formatDateTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { contentUrl, documentsApi, documentsQueryKey } from '../api.js';
import type { SelectionGroup } from '../selection.js';
import { formatBytes } from '../size-format.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { FilePicker } from './FilePicker.js';
import { StatusIcon, type StatusIconName } from './StatusIcon.js';

const scanIcons: Record<ScanStateName, StatusIconName> = {
  pending: 'waiting',
  clean: 'check',
  infected: 'cross',
  unscannable: 'alert',
};

export function ScanState({ state }: { state: ScanStateName }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" c={state === 'infected' ? 'red.9' : undefined}>
      <StatusIcon name={scanIcons[state]} firstLine />
      <Text size="sm" data-testid="document-scan" data-scan={state}>
        {t(`caseDocuments.scan.${state}`)}
      </Text>
    </Group>
  );
}

type DocumentRowProps = {
  caseId: string;
  document: CaseDocument;
  /** After submission a corrected file is sent as a new version of this one. */
  canCorrect: boolean;
  onCorrection: (groups: SelectionGroup<File>[], documentId: string) => void;
};

/** One document as it arrived: its newest version, its checks, download, and remove or correct. */
export function DocumentRow({ caseId, document, canCorrect, onCorrection }: DocumentRowProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const remove = useMutation({
    mutationFn: () => documentsApi.remove(caseId, document.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: documentsQueryKey(caseId) });
      setConfirming(false);
    },
  });
  // The contract lists the newest version first and guarantees at least one.
  const [newest] = document.versions;
  if (!newest) return null;
  const name = newest.fileName;

  return (
    <Stack
      component="li"
      gap={4}
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      data-testid="document"
      data-name={name}
    >
      <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
        {name}
      </Text>
      <Text size="sm">{t('caseDocuments.document.size', { size: formatBytes(newest.bytes, locale) })}</Text>
      <Text size="sm">
        {t('caseDocuments.document.uploadedAt', { at: formatDateTime(newest.uploadedAt, locale) })}
      </Text>
      {newest.uploadedBy !== 'applicant' && (
        <Text size="sm" data-testid="document-sender" data-sender={newest.uploadedBy}>
          {t(
            newest.uploadedBy === 'physician'
              ? 'caseDocuments.document.fromPhysician'
              : 'caseDocuments.document.fromStaff',
          )}
        </Text>
      )}
      {document.versions.length > 1 && (
        <Text size="sm">{t('caseDocuments.document.versions', { count: document.versions.length })}</Text>
      )}
      <ScanState state={newest.scanState} />
      {document.dicom && (
        <Text size="sm">
          {t('caseDocuments.document.dicom', {
            studies: document.dicom.studies,
            series: document.dicom.series,
            instances: document.dicom.instances,
          })}
        </Text>
      )}
      {document.dicom?.identityMismatch && (
        <Text size="sm">{t('caseDocuments.document.identityMismatch')}</Text>
      )}
      {document.duplicateOf && <Text size="sm">{t('caseDocuments.document.duplicate')}</Text>}
      {document.review === 'rejected' && document.rejectionReason && (
        <Alert color="red" variant="light" p="xs">
          {t('caseDocuments.document.rejected', { reason: document.rejectionReason })}
        </Alert>
      )}
      <Group gap="xs" mt={4}>
        <Button
          component="a"
          href={contentUrl(caseId, document.id, newest.version)}
          download={name}
          variant="outline"
          size="md"
          mih={44}
          aria-label={t('caseDocuments.document.downloadLabel', { name })}
        >
          {t('caseDocuments.document.download')}
        </Button>
        {document.removable && (
          <Button
            variant="outline"
            color="red.9"
            size="md"
            mih={44}
            onClick={() => {
              remove.reset();
              setConfirming(true);
            }}
            aria-label={t('caseDocuments.document.removeLabel', { name })}
          >
            {t('caseDocuments.document.remove')}
          </Button>
        )}
        {canCorrect && !document.removable && (
          <Button
            variant="outline"
            size="md"
            mih={44}
            onClick={() => setCorrecting((value) => !value)}
            aria-expanded={correcting}
            aria-label={t('caseDocuments.document.replaceLabel', { name })}
          >
            {t('caseDocuments.document.replace')}
          </Button>
        )}
      </Group>
      {correcting && (
        <FilePicker
          title={name}
          single
          onPicked={(groups) => {
            onCorrection(groups, document.id);
            setCorrecting(false);
          }}
        />
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('caseDocuments.document.removeTitle')}
        body={t('caseDocuments.document.removeBody', { name })}
        confirmLabel={t('caseDocuments.document.removeConfirm')}
        onConfirm={() => remove.mutate()}
        onClose={() => setConfirming(false)}
        pending={remove.isPending}
        error={remove.isError ? errorText(remove.error, t) : null}
      />
    </Stack>
  );
}
