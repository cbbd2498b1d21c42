import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DocumentChecklistPanel } from '../../documents/DocumentChecklistPanel.js';
import { PhysicianLinkForm } from '../components/PhysicianLinkForm.js';
import type { MissingDocument } from '../api.js';
import type { StepProps } from './step-props.js';

/**
 * The documents of this application: the checklist the server computed from the saved answers, each
 * with its uploader, and the physician's upload link. Files can also come later; the review says what
 * is still missing, and sending is refused until the required ones are in.
 */
export function DocumentsStep({
  caseId,
  draft,
  profile,
  missing,
}: StepProps & { missing: readonly MissingDocument[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      {missing.length > 0 && (
        <Alert
          color="caution"
          role="alert"
          title={t('application.documents.missingTitle')}
          data-testid="documents-missing"
        >
          <Text>{t('application.documents.missingLead')}</Text>
          <List mt="xs">
            {missing.map((document) => (
              <List.Item key={document.code}>{document.title}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <DocumentChecklistPanel caseId={caseId} />
      <PhysicianLinkForm
        caseId={caseId}
        suggestedEmail={draft.physician?.email}
        timeZone={profile.timeZone}
      />
    </Stack>
  );
}
