import { Alert, Center, Loader, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { versionContentUrl } from '../api.js';
import { fileBlob } from './use-file-viewer.js';

export type ViewedImage = {
  caseId: string;
  documentId: string;
  version: number;
  fileName: string;
  title: string;
};

/** An image of the case (an ID card, a photo of a letter) in a large panel, loaded in the background. */
export function ImageViewer({ image, onClose }: { image: ViewedImage | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={image !== null}
      onClose={onClose}
      size="90%"
      title={
        image ? t('liaison.case.documents.viewerTitle', { title: image.title, name: image.fileName }) : ''
      }
      closeButtonProps={{ 'aria-label': t('liaison.common.close') }}
    >
      {image && <ImageBody image={image} />}
    </Modal>
  );
}

function ImageBody({ image }: { image: ViewedImage }) {
  const { t } = useTranslation();
  const url = versionContentUrl(image.caseId, image.documentId, image.version);
  const file = useQuery({
    queryKey: ['liaison', 'file', url],
    queryFn: () => fileBlob(url),
    staleTime: Infinity,
    gcTime: 60_000,
  });
  const src = useMemo(() => (file.data ? URL.createObjectURL(file.data) : null), [file.data]);
  useEffect(() => () => (src ? URL.revokeObjectURL(src) : undefined), [src]);
  if (file.isError) {
    return (
      <Alert color="red" role="alert">
        {t('liaison.case.documents.viewFailed')}
      </Alert>
    );
  }
  if (!src) {
    return (
      <Center py="xl">
        <Stack align="center" role="status">
          <Loader aria-hidden />
          <Text>{t('app.loading')}</Text>
        </Stack>
      </Center>
    );
  }
  return (
    <img
      src={src}
      alt={t('liaison.case.documents.imageAlt', { title: image.title, name: image.fileName })}
      style={{ maxWidth: '100%', maxHeight: '75vh', display: 'block', margin: '0 auto' }}
      data-testid="image-viewer"
    />
  );
}
