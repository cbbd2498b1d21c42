import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequiredDocument } from '../../../../shared/contracts/eligibility.js';

/** The person's own checklist (R-DOC-01…05), as the API worded it for these answers. */
export function DocumentChecklist({
  documents,
  forReference,
}: {
  documents: readonly RequiredDocument[];
  /** After a refusal the list is only what an application would need. */
  forReference: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="precheck-documents" gap="sm">
      <Title order={3} id="precheck-documents" size="h4">
        {t('precheck.outcome.documentsTitle')}
      </Title>
      <Text>
        {forReference ? t('precheck.outcome.documentsLeadIneligible') : t('precheck.outcome.documentsLead')}
      </Text>
      <List spacing="xs" data-testid="document-checklist">
        {documents.map((document) => (
          <List.Item key={document.code} data-document={document.code}>
            {document.title}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
