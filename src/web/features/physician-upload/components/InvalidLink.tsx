import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PhoneDeskCard } from '../../../components/PhoneDeskCard.js';
import { useHospitalProfile } from '../../../api/profile.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { useFocusHeading } from '../../precheck/use-focus-heading.js';

/**
 * A link that is expired, finished or incomplete: what that means, and whom to ask for a new one.
 * `moved`: shown in place of the upload page (the link closed meanwhile), so the reader is taken to it.
 */
export function InvalidLink({ moved }: { moved: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const profile = useHospitalProfile().data;
  const heading = useFocusHeading<HTMLHeadingElement>(moved);
  return (
    <Stack gap="lg" data-testid="physician-link-invalid">
      <Title order={1} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {t('physicianUpload.invalid.title')}
      </Title>
      <Alert color="caution" variant="light">
        <Text>{t('physicianUpload.invalid.body')}</Text>
      </Alert>
      {profile && (
        <Card withBorder padding="md" component="section" aria-labelledby="physician-invalid-contact">
          <Stack gap="xs">
            <Title order={2} size="h4" id="physician-invalid-contact">
              {t('physicianUpload.invalid.contact')}
            </Title>
            <Text>{pick(profile.name)}</Text>
            <PhoneDeskCard profile={profile} />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
