import { Button, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { wrapLabel } from './components/wrap-label.js';

export const precheckPath = '/precheck';

/** The way into the pre-check from the guide: one sentence on what it does and one large button. */
export function PrecheckCallout() {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" bg="brand.0" data-testid="precheck-callout">
      <Stack gap="sm">
        <Text>{t('precheck.linkLead')}</Text>
        <Button component={Link} to={precheckPath} size="lg" styles={wrapLabel}>
          {t('precheck.link')}
        </Button>
      </Stack>
    </Card>
  );
}
