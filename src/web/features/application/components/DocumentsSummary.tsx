import { Button, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseDocuments } from '../../documents/DocumentChecklistPanel.js';
import { wrapLabel } from '../../precheck/components/wrap-label.js';

/**
 * The checklist in one short list: each required document and whether it has arrived (said in words
 * and a sign), with the way to the uploads while they are open.
 */
export function DocumentsSummary({ caseId, documentsPath }: { caseId: string; documentsPath: string }) {
  const { t } = useTranslation();
  const documents = useCaseDocuments(caseId);
  if (!documents.data) return null;
  const items = documents.data.checklist.filter((item) => !item.filledOnline);
  return (
    <Stack gap="xs" component="section" aria-labelledby="documents-summary" data-testid="documents-summary">
      <Title order={3} size="h4" id="documents-summary">
        {t('application.documents.summaryTitle')}
      </Title>
      <List spacing="xs" listStyleType="none" p={0}>
        {items.map((item) => {
          const arrived = item.state === 'received' || item.state === 'accepted';
          return (
            <List.Item key={item.code} data-document={item.code} data-state={item.state}>
              <Text span fw={700} aria-hidden>
                {arrived ? '✓ ' : item.state === 'rejected' ? '× ' : '! '}
              </Text>
              {item.title}
              {' — '}
              {t(`caseDocuments.checklist.state.${item.state}`)}
            </List.Item>
          );
        })}
      </List>
      {documents.data.canUpload && (
        <Button
          component={Link}
          to={documentsPath}
          variant="outline"
          size="md"
          mih={44}
          styles={wrapLabel}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('application.documents.open')}
        </Button>
      )}
    </Stack>
  );
}
