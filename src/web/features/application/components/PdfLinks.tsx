import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pdfUrl, type PdfKind } from '../api.js';

/**
 * The paper forms as PDFs, filled in from the saved answers, for those who want to print or keep them.
 * The consent form only when the family attends alone for an adult patient (R-ELIG-02).
 */
export function PdfLinks({ caseId, withConsentForm }: { caseId: string; withConsentForm: boolean }) {
  const { t } = useTranslation();
  const kinds: PdfKind[] = [
    'application',
    'consultation-sheet',
    ...(withConsentForm ? (['consent-form'] as const) : []),
  ];
  return (
    <Stack gap="xs" component="section" aria-labelledby="application-pdfs" data-testid="pdf-links">
      <Title order={3} size="h4" id="application-pdfs">
        {t('application.pdfs.title')}
      </Title>
      <Text>{t('application.pdfs.lead')}</Text>
      <List spacing="xs">
        {kinds.map((kind) => (
          <List.Item key={kind}>
            <Anchor
              href={pdfUrl(caseId, kind)}
              download
              underline="always"
              data-pdf={kind}
              display="inline-block"
              py={8}
            >
              {t(`application.pdfs.${kind}`)}
            </Anchor>
          </List.Item>
        ))}
      </List>
      {withConsentForm && <Text size="sm">{t('application.pdfs.consentNote')}</Text>}
    </Stack>
  );
}
