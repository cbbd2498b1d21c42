import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../../hooks/use-page-title.js';
import { RequireSignIn } from '../account/RequireSignIn.js';
import { AwaitingInformationBanner } from '../application/components/AwaitingInformationBanner.js';
import { DocumentChecklistPanel, useCaseDocuments } from './DocumentChecklistPanel.js';

/** /applications/:caseId/documents: what to send, how, what happens next, and the documents panel. */
export function CaseDocumentsPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  usePageTitle(t('caseDocuments.page.title'));
  return (
    <RequireSignIn>
      {() => (
        <Stack gap="lg">
          <Title order={1}>{t('caseDocuments.page.title')}</Title>
          <AwaitingInformationBanner caseId={caseId} />
          <Text>{t('caseDocuments.page.lead')}</Text>
          <WhatToSend caseId={caseId} />
          <Stack gap="xs" component="section" aria-labelledby="documents-how">
            <Title order={2} size="h3" id="documents-how">
              {t('caseDocuments.page.howTitle')}
            </Title>
            <List spacing="xs">
              <List.Item>{t('caseDocuments.page.how1')}</List.Item>
              <List.Item>{t('caseDocuments.page.how2')}</List.Item>
              <List.Item>{t('caseDocuments.page.how3')}</List.Item>
            </List>
          </Stack>
          <DocumentChecklistPanel caseId={caseId} />
          <Stack gap="xs" component="section" aria-labelledby="documents-next">
            <Title order={2} size="h3" id="documents-next">
              {t('caseDocuments.page.nextTitle')}
            </Title>
            <List spacing="xs" type="ordered">
              <List.Item>{t('caseDocuments.page.next1')}</List.Item>
              <List.Item>{t('caseDocuments.page.next2')}</List.Item>
              <List.Item>{t('caseDocuments.page.next3')}</List.Item>
            </List>
          </Stack>
        </Stack>
      )}
    </RequireSignIn>
  );
}

/** The checklist's titles in one short list, before the details (the same query as the panel's). */
function WhatToSend({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const documents = useCaseDocuments(caseId);
  if (!documents.data) return null;
  const toSend = documents.data.checklist.filter((item) => !item.filledOnline);
  return (
    <Stack gap="xs" component="section" aria-labelledby="documents-what">
      <Title order={2} size="h3" id="documents-what">
        {t('caseDocuments.page.whatTitle')}
      </Title>
      {toSend.length === 0 ? (
        <Text>{t('caseDocuments.page.whatEmpty')}</Text>
      ) : (
        <List spacing="xs">
          {toSend.map((item) => (
            <List.Item key={item.code}>{item.title}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
