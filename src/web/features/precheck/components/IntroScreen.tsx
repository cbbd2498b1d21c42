import { Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wrapLabel } from './wrap-label.js';

/** What the pre-check is, how long it takes and where the answers go, before the first question. */
export function IntroScreen({ onStart }: { onStart: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Text size="lg">{t('precheck.intro.lead')}</Text>
      <List spacing="xs">
        <List.Item>{t('precheck.intro.points.time')}</List.Item>
        <List.Item>{t('precheck.intro.points.noAccount')}</List.Item>
        <List.Item>{t('precheck.intro.points.family')}</List.Item>
        <List.Item>{t('precheck.intro.points.device')}</List.Item>
      </List>
      <Text>{t('precheck.intro.have')}</Text>
      <Button size="lg" styles={wrapLabel} onClick={onStart} data-testid="precheck-start">
        {t('precheck.intro.start')}
      </Button>
    </Stack>
  );
}
