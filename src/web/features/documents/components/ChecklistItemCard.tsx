import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDocument, ChecklistItem } from '../../../../shared/contracts/documents.js';
import type { SelectionGroup } from '../selection.js';
import type { UploadController, UploadSnapshot } from '../upload-controller.js';
import { DicomDocuments } from './DicomDocuments.js';
import { DocumentRow } from './DocumentRow.js';
import { FilePicker } from './FilePicker.js';
import { ItemUploads } from './ItemUploads.js';
import { StateBadge } from './StateBadge.js';

type ChecklistItemCardProps = {
  caseId: string;
  item: ChecklistItem;
  documents: CaseDocument[];
  canUpload: boolean;
  controller: UploadController;
  snapshot: UploadSnapshot;
};

const isImage = (document: CaseDocument) => {
  const kind = document.versions[0]?.kind;
  return kind === 'dicom' || kind === 'dicomdir';
};

/** One required document: where it stands, what arrived, and where to add more. */
export function ChecklistItemCard({
  caseId,
  item,
  documents,
  canUpload,
  controller,
  snapshot,
}: ChecklistItemCardProps) {
  const { t } = useTranslation();
  const headingId = `checklist-${item.code}`;
  const images = documents.filter(isImage);
  // One or two DICOM files read fine as rows; a CD's hundreds are summed up.
  const groupedImages = images.length > 2 ? images : [];
  const rows = documents.filter((document) => !groupedImages.includes(document));
  const correct = (groups: SelectionGroup<File>[], documentId: string) =>
    controller.add(groups, item.code, documentId);

  return (
    <Card component="li" withBorder padding="md" data-testid="checklist-item" data-code={item.code}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {item.title}
        </Title>
        <div>
          <StateBadge state={item.state} />
        </div>
        {item.state === 'rejected' && item.rejectionReason && (
          <Alert color="red" variant="light" data-testid="checklist-rejection">
            {t('caseDocuments.checklist.rejectionReason', { reason: item.rejectionReason })}
          </Alert>
        )}
        {item.filledOnline ? (
          <Text>{t('caseDocuments.checklist.filledOnline')}</Text>
        ) : (
          <>
            <Stack gap={0}>
              <Text fw={700}>{t('caseDocuments.checklist.sentFiles')}</Text>
              {documents.length === 0 ? (
                <Text size="sm">{t('caseDocuments.checklist.noDocuments')}</Text>
              ) : (
                <Stack component="ul" gap={0} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {rows.map((document) => (
                    <DocumentRow
                      key={document.id}
                      caseId={caseId}
                      document={document}
                      canCorrect={canUpload}
                      onCorrection={correct}
                    />
                  ))}
                  {groupedImages.length > 0 && (
                    <DicomDocuments
                      caseId={caseId}
                      documents={groupedImages}
                      canCorrect={canUpload}
                      onCorrection={correct}
                    />
                  )}
                </Stack>
              )}
            </Stack>
            {canUpload ? (
              <>
                <FilePicker title={item.title} onPicked={(groups) => controller.add(groups, item.code)} />
                <ItemUploads item={item} controller={controller} snapshot={snapshot} />
              </>
            ) : (
              <Text size="sm">{t('caseDocuments.checklist.uploadClosed')}</Text>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
