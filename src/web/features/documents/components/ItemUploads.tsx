import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../../shared/contracts/documents.js';
import type { UploadController, UploadSnapshot } from '../upload-controller.js';
import { finalPhases } from '../upload-state.js';
import { UploadGroupView } from './UploadGroupView.js';

/**
 * What this page is sending (or has sent) for one checklist item, grouped as it was chosen, with a way
 * to tidy away the finished ones. Used by the applicant's checklist and by the physician's upload page.
 */
export function ItemUploads({
  item,
  controller,
  snapshot,
  clearable = true,
}: {
  item: Pick<ChecklistItem, 'code' | 'title'>;
  controller: UploadController;
  snapshot: UploadSnapshot;
  /** Off where these rows are the sender's only receipt (the physician cannot list the documents). */
  clearable?: boolean;
}) {
  const { t } = useTranslation();
  const { state, now } = snapshot;
  const groups = state.groups.filter((group) => group.checklistItem === item.code);
  if (groups.length === 0) return null;
  const finished = groups.some((group) =>
    group.entryIds.some((id) => {
      const phase = state.entries[id]?.phase;
      return phase !== undefined && finalPhases.has(phase);
    }),
  );
  return (
    <Stack
      component="section"
      gap="md"
      aria-label={t('caseDocuments.upload.listLabel', { title: item.title })}
      data-testid="item-uploads"
    >
      {groups.map((group) => (
        <UploadGroupView key={group.id} group={group} state={state} controller={controller} now={now} />
      ))}
      {finished && clearable && (
        <Button
          variant="subtle"
          size="md"
          mih={44}
          w="fit-content"
          onClick={() => controller.clearFinished(item.code)}
        >
          {t('caseDocuments.upload.clearFinished')}
        </Button>
      )}
    </Stack>
  );
}
