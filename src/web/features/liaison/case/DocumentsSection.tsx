import { Alert, Anchor, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDocument, DocumentVersionView } from '../../../../shared/contracts/documents.js';
import type { LiaisonCaseView } from '../../../../shared/contracts/liaison.js';
import { documentTitle } from '../../../../shared/i18n/rules-messages.js';
import { formatDateTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { formatBytes } from '../../documents/size-format.js';
import { versionContentUrl } from '../api.js';
import { ImageViewer, type ViewedImage } from './ImageViewer.js';
import { PdfViewer, type ViewedPdf } from './PdfViewer.js';
import { ReviewDialog, type ReviewTarget } from './ReviewDialog.js';
import { ScanStateText } from './ScanStateText.js';
import { Section } from './Section.js';
import { showableInline, useOpenPdf, viewableOf } from './use-file-viewer.js';

const reviewColour = { received: undefined, accepted: 'brand.9', rejected: 'red.9' } as const;

/**
 * The documents as they arrived (DICOM images are summed up here and shown as a study tree below):
 * each with its newest version, the earlier ones on request, SHA-256, scan state and the review.
 */
export function DocumentsSection({ view, patientName }: { view: LiaisonCaseView; patientName: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const caseId = view.case.id;
  const [image, setImage] = useState<ViewedImage | null>(null);
  const [shownPdf, setShownPdf] = useState<ViewedPdf | null>(null);
  const [review, setReview] = useState<ReviewTarget | null>(null);
  const [expanded, setExpanded] = useState<string | null>(null);
  const pdf = useOpenPdf();
  const order = view.checklist.map((item) => item.code);
  const files = view.documents
    .filter((document) => document.dicom === null)
    .sort((a, b) => order.indexOf(a.checklistItem) - order.indexOf(b.checklistItem));
  const images = view.documents.filter((document) => document.dicom !== null);
  const canReview = view.abilities.reviewDocuments;

  const titleOf = (document: CaseDocument) => documentTitle(locale, document.checklistItem);
  const versionLine = (document: CaseDocument, version: DocumentVersionView) => (
    <Stack gap={0}>
      <Text inherit fw={700} style={{ overflowWrap: 'anywhere' }} data-testid="document-name">
        {version.fileName}
      </Text>
      <Text inherit size="xs" c="gray.7">
        {t('liaison.case.documents.versionLine', {
          version: version.version,
          kind: version.kind.toUpperCase(),
          size: formatBytes(version.bytes, locale),
          at: formatDateTime(version.uploadedAt, locale),
          by: t(`liaison.case.documents.uploaders.${version.uploadedBy}`),
        })}
      </Text>
      <Text inherit size="xs" c="gray.7">
        SHA-256{' '}
        <Code fz="xs" title={version.sha256} data-testid="document-hash">
          {version.sha256.slice(0, 16)}…
        </Code>
      </Text>
      {document.duplicateOf && (
        <Text inherit size="xs" c="caution.9" fw={700}>
          {t('liaison.case.documents.duplicate')}
        </Text>
      )}
    </Stack>
  );
  const openButtons = (document: CaseDocument, version: DocumentVersionView) => {
    const viewable = viewableOf(version);
    const name = version.fileName;
    const viewed = {
      caseId,
      documentId: document.id,
      version: version.version,
      fileName: name,
      title: titleOf(document),
    };
    return (
      <Group gap={4}>
        {viewable === 'image' && (
          <Button
            size="compact-sm"
            variant="light"
            aria-label={t('liaison.case.documents.viewLabel', { name })}
            onClick={() => setImage(viewed)}
          >
            {t('liaison.case.documents.view')}
          </Button>
        )}
        {viewable === 'pdf' && showableInline(version) && (
          <Button
            size="compact-sm"
            variant="light"
            aria-label={t('liaison.case.documents.viewLabel', { name })}
            onClick={() => setShownPdf(viewed)}
            data-testid="view-pdf"
          >
            {t('liaison.case.documents.view')}
          </Button>
        )}
        {viewable === 'pdf' && (
          <Button
            size="compact-sm"
            variant="light"
            aria-label={t('liaison.case.documents.openPdfLabel', { name })}
            onClick={() => void pdf.open(caseId, document.id, version.version)}
            data-testid="open-pdf"
          >
            {t('liaison.case.documents.openPdf')}
          </Button>
        )}
        <Anchor
          href={versionContentUrl(caseId, document.id, version.version)}
          download={name}
          size="sm"
          aria-label={t('liaison.case.documents.downloadLabel', { name })}
        >
          {t('liaison.case.documents.download')}
        </Anchor>
      </Group>
    );
  };

  return (
    <Section id="documents" title={t('liaison.case.documents.title')}>
      {pdf.failed && (
        <Alert color="red" role="alert">
          {t('liaison.case.documents.viewFailed')}
        </Alert>
      )}
      {files.length === 0 ? (
        <Text size="sm">{t('liaison.case.documents.none')}</Text>
      ) : (
        <Table.ScrollContainer
          minWidth={860}
          type="native"
          tabIndex={0}
          aria-label={t('liaison.case.documents.title')}
        >
          <Table withTableBorder verticalSpacing={6} fz="sm" data-testid="documents-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={220}>
                  {t('liaison.case.documents.item')}
                </Table.Th>
                <Table.Th scope="col">{t('liaison.case.documents.file')}</Table.Th>
                <Table.Th scope="col" miw={210}>
                  {t('liaison.case.documents.scanTitle')}
                </Table.Th>
                <Table.Th scope="col" miw={110}>
                  {t('liaison.case.documents.review')}
                </Table.Th>
                <Table.Th scope="col" w={230}>
                  {t('liaison.case.documents.actions')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {files.map((document) => {
                const [newest, ...older] = document.versions;
                if (!newest) return null;
                const open = expanded === document.id;
                return (
                  <Fragment key={document.id}>
                    <Table.Tr
                      data-testid="document-row"
                      data-code={document.checklistItem}
                      data-review={document.review}
                    >
                      <Table.Td>{titleOf(document)}</Table.Td>
                      <Table.Td>
                        {versionLine(document, newest)}
                        {older.length > 0 && (
                          <Button
                            variant="subtle"
                            size="compact-xs"
                            px={0}
                            aria-expanded={open}
                            onClick={() => setExpanded(open ? null : document.id)}
                          >
                            {t('liaison.case.documents.olderVersions', { count: older.length })}
                          </Button>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <ScanStateText state={newest.scanState} />
                      </Table.Td>
                      <Table.Td>
                        <Text
                          inherit
                          fw={700}
                          c={reviewColour[document.review]}
                          data-testid="document-review"
                        >
                          {t(`liaison.case.documents.reviews.${document.review}`)}
                        </Text>
                        {document.rejectionReason && (
                          <Text inherit size="xs">
                            {t('liaison.case.documents.rejectionReason', {
                              reason: document.rejectionReason,
                            })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4}>
                          {openButtons(document, newest)}
                          {canReview && (
                            <Group gap={4}>
                              {document.review !== 'accepted' && newest.scanState !== 'infected' && (
                                <Button
                                  size="compact-sm"
                                  variant="outline"
                                  aria-label={t('liaison.case.documents.acceptLabel', {
                                    name: newest.fileName,
                                  })}
                                  onClick={() =>
                                    setReview(targetOf(document, newest, 'accepted', titleOf(document)))
                                  }
                                  data-testid="document-accept"
                                >
                                  {t('liaison.case.documents.accept')}
                                </Button>
                              )}
                              {document.review !== 'rejected' && (
                                <Button
                                  size="compact-sm"
                                  variant="outline"
                                  color="red.9"
                                  aria-label={t('liaison.case.documents.rejectLabel', {
                                    name: newest.fileName,
                                  })}
                                  onClick={() =>
                                    setReview(targetOf(document, newest, 'rejected', titleOf(document)))
                                  }
                                  data-testid="document-reject"
                                >
                                  {t('liaison.case.documents.reject')}
                                </Button>
                              )}
                            </Group>
                          )}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                    {open &&
                      older.map((version) => (
                        <Table.Tr key={`${document.id}-${version.version}`} bg="gray.0">
                          <Table.Td />
                          <Table.Td>{versionLine(document, version)}</Table.Td>
                          <Table.Td>
                            <ScanStateText state={version.scanState} />
                          </Table.Td>
                          <Table.Td />
                          <Table.Td>{openButtons(document, version)}</Table.Td>
                        </Table.Tr>
                      ))}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {images.length > 0 && (
        <Text size="sm" data-testid="dicom-files">
          {t('liaison.case.documents.dicomFiles', { count: images.length })}
        </Text>
      )}
      <ImageViewer image={image} onClose={() => setImage(null)} />
      <PdfViewer pdf={shownPdf} onClose={() => setShownPdf(null)} />
      <ReviewDialog
        caseId={caseId}
        patientName={patientName}
        target={review}
        onClose={() => setReview(null)}
      />
    </Section>
  );
}

function targetOf(
  document: CaseDocument,
  version: DocumentVersionView,
  decision: ReviewTarget['decision'],
  title: string,
): ReviewTarget {
  return { documentId: document.id, decision, title, fileName: version.fileName, version: version.version };
}
