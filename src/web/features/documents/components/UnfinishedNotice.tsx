import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../hooks/use-locale.js';
import type { UnfinishedUpload } from '../resume-list.js';
import { formatBytes } from '../size-format.js';

/**
 * After a reload or a closed tab: the uploads this device had not finished, by name and size, and what
 * to do — choose the same files again and they continue where they stopped.
 */
export function UnfinishedNotice({
  unfinished,
  onForget,
}: {
  unfinished: readonly UnfinishedUpload[];
  onForget: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [forgetting, setForgetting] = useState(false);
  if (unfinished.length === 0) return null;
  return (
    <Alert
      color="caution"
      variant="light"
      title={t('caseDocuments.unfinished.title')}
      data-testid="unfinished-uploads"
    >
      <Stack gap="sm">
        <Text>{t('caseDocuments.unfinished.body')}</Text>
        <List spacing={2}>
          {unfinished.map((upload) => (
            <List.Item key={upload.storageKeys.join(' ')} style={{ overflowWrap: 'anywhere' }}>
              {t('caseDocuments.unfinished.item', {
                name: upload.fileName,
                size: formatBytes(upload.bytes, locale),
              })}
            </List.Item>
          ))}
        </List>
        <Button
          variant="outline"
          color="gray.9"
          size="md"
          mih={44}
          w="fit-content"
          loading={forgetting}
          onClick={() => {
            setForgetting(true);
            void onForget().finally(() => setForgetting(false));
          }}
        >
          {t('caseDocuments.unfinished.forget')}
        </Button>
      </Stack>
    </Alert>
  );
}
