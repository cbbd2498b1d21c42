import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PhoneDeskCard } from '../../../components/PhoneDeskCard.js';
import { useHospitalProfile } from '../../../api/profile.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { useFocusHeading } from '../../precheck/use-focus-heading.js';

/** After the physician closed the link: thanks, what arrived, and whom to call. */
export function ThankYou({ files }: { files: number }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const profile = useHospitalProfile().data;
  // In place of the page the physician was at the bottom of: bring them to the top.
  const heading = useFocusHeading<HTMLHeadingElement>(true);
  return (
    <Stack gap="lg" data-testid="physician-thank-you">
      <Title order={1} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {t('physicianUpload.done.title')}
      </Title>
      <Alert color="brand" variant="light" role="status">
        <Stack gap="xs">
          <Text>{t('physicianUpload.done.body')}</Text>
          <Text fw={700}>{t('physicianUpload.done.count', { count: files })}</Text>
        </Stack>
      </Alert>
      {profile && (
        <Card withBorder padding="md">
          <Stack gap="xs">
            <Text>{t('physicianUpload.done.contact')}</Text>
            <Text>{pick(profile.name)}</Text>
            <PhoneDeskCard profile={profile} />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
