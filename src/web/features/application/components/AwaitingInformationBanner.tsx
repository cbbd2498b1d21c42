import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { wrapLabel } from '../../precheck/components/wrap-label.js';
import { useCaseStatus } from '../api.js';
import { applicationPaths } from '../paths.js';

/**
 * On the upload page while the centre waits for material: uploading alone does not tell the centre the
 * material is complete, so this points back to "資料を送りました" on the status page.
 */
export function AwaitingInformationBanner({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const status = useCaseStatus(caseId);
  if (status.data?.case.status !== 'awaiting_information') return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('caseStatus.request.uploadBanner.title')}
      data-testid="awaiting-information-banner"
    >
      <Text>{t('caseStatus.request.uploadBanner.body')}</Text>
      <Button
        component={Link}
        to={applicationPaths.status(caseId)}
        mt="sm"
        size="md"
        mih={44}
        variant="outline"
        styles={wrapLabel}
        data-testid="awaiting-information-back"
      >
        {t('caseStatus.request.uploadBanner.back')}
      </Button>
    </Alert>
  );
}
