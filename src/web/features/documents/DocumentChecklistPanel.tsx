import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseDocument } from '../../../shared/contracts/documents.js';
import { errorText } from '../../api/error-text.js';
import { Loading } from '../../components/Loading.js';
import { useLocale } from '../../hooks/use-locale.js';
import { documentsApi, documentsQueryKey } from './api.js';
import { ChecklistItemCard } from './components/ChecklistItemCard.js';
import { UnfinishedNotice } from './components/UnfinishedNotice.js';
import { UploadAnnouncer } from './components/UploadAnnouncer.js';
import { UploadTotals } from './components/UploadTotals.js';
import { remainingBytes } from './limits.js';
import { pendingBytes } from './upload-schedule.js';
import { formatBytes } from './size-format.js';
import { useLeaveWarning, useUploadController, useUploadSnapshot } from './use-uploads.js';

export const useCaseDocuments = (caseId: string) =>
  useQuery({ queryKey: documentsQueryKey(caseId), queryFn: () => documentsApi.list(caseId) });

/**
 * The documents of a case: one card per required document with what arrived and a place to add more,
 * the uploads in progress with their totals, and what an earlier visit left unfinished.
 */
export function DocumentChecklistPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const documents = useCaseDocuments(caseId);
  const controller = useUploadController(caseId, documents.data);
  const snapshot = useUploadSnapshot(controller);
  useLeaveWarning(snapshot);

  if (documents.isPending) return <Loading />;
  if (documents.isError) {
    return (
      <Alert color="red" role="alert" title={t('caseDocuments.checklist.loadFailed')}>
        <Text>{errorText(documents.error, t)}</Text>
        <Button mt="sm" size="md" mih={44} onClick={() => void documents.refetch()}>
          {t('caseDocuments.checklist.retry')}
        </Button>
      </Alert>
    );
  }

  const { checklist, canUpload, limits } = documents.data;
  const byId = new Map(documents.data.documents.map((document) => [document.id, document]));
  const documentsOf = (ids: readonly string[]): CaseDocument[] => ids.flatMap((id) => byId.get(id) ?? []);

  return (
    <Stack gap="lg" data-testid="document-checklist">
      <UploadAnnouncer announcements={snapshot.announcements} />
      <UnfinishedNotice unfinished={snapshot.unfinished} onForget={() => controller.forgetUnfinished()} />
      <UploadTotals controller={controller} snapshot={snapshot} />
      <Stack gap="sm" component="section" aria-labelledby="document-checklist-title">
        <Title order={2} size="h3" id="document-checklist-title">
          {t('caseDocuments.checklist.title')}
        </Title>
        {canUpload && (
          <Text size="sm" data-testid="document-space">
            {t('caseDocuments.checklist.space', {
              remaining: formatBytes(remainingBytes(limits, pendingBytes(snapshot.state)), locale),
              perFile: formatBytes(limits.maxFileBytes, locale),
            })}
          </Text>
        )}
        <Stack component="ul" gap="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {checklist.map((item) => (
            <ChecklistItemCard
              key={item.code}
              caseId={caseId}
              item={item}
              documents={documentsOf(item.documentIds)}
              canUpload={canUpload}
              controller={controller}
              snapshot={snapshot}
            />
          ))}
        </Stack>
      </Stack>
    </Stack>
  );
}
