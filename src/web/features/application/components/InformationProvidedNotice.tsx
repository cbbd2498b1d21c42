import { Alert, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The calm word after "資料を送りました": it takes the focus (the button pressed has gone with the
 * status) and is read out, so nobody wonders whether it worked.
 */
export function InformationProvidedNotice() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="brand"
      variant="light"
      role="status"
      title={t('caseStatus.request.doneTitle')}
      data-testid="information-provided-done"
    >
      <Text>{t('caseStatus.request.done')}</Text>
    </Alert>
  );
}
