import { Anchor, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { versionContentUrl, versionInlineUrl } from '../api.js';
import type { ViewedImage } from './ImageViewer.js';

export type ViewedPdf = ViewedImage;

/**
 * A PDF of the case in a large panel: the browser's own viewer in a frame of the inline endpoint (the
 * server sandboxes it and allows only our pages to frame it), with the download as the way out when the
 * browser shows no PDFs in frames.
 */
export function PdfViewer({ pdf, onClose }: { pdf: ViewedPdf | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={pdf !== null}
      onClose={onClose}
      size="90%"
      title={pdf ? t('liaison.case.documents.viewerTitle', { title: pdf.title, name: pdf.fileName }) : ''}
      closeButtonProps={{ 'aria-label': t('liaison.common.close') }}
    >
      {pdf && (
        <Stack gap="xs">
          <iframe
            src={versionInlineUrl(pdf.caseId, pdf.documentId, pdf.version)}
            title={t('liaison.case.documents.pdfTitle', { title: pdf.title, name: pdf.fileName })}
            style={{ width: '100%', height: '75vh', border: '1px solid var(--mantine-color-gray-4)' }}
            data-testid="pdf-viewer"
          />
          <Text size="sm">
            {t('liaison.case.documents.pdfFallback')}{' '}
            <Anchor
              href={versionContentUrl(pdf.caseId, pdf.documentId, pdf.version)}
              download={pdf.fileName}
              data-testid="pdf-download"
            >
              {t('liaison.case.documents.downloadLabel', { name: pdf.fileName })}
            </Anchor>
          </Text>
        </Stack>
      )}
    </Modal>
  );
}
