import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GuidePage } from '../GuidePage.js';

/** Guide §1 and §5: what a second opinion is, what it covers and what it is not (R-SVC-01…03). */
export function AboutPage() {
  const { t } = useTranslation();
  return (
    <GuidePage section="about">
      {() => (
        <>
          <section>
            <Title order={2} size="h3">
              {t('about.whatTitle')}
            </Title>
            <Text mt="xs">{t('about.what')}</Text>
          </section>
          <section>
            <Title order={2} size="h3">
              {t('about.coversTitle')}
            </Title>
            <List mt="xs" spacing="xs">
              <List.Item>{t('about.covers.current')}</List.Item>
              <List.Item>{t('about.covers.future')}</List.Item>
            </List>
          </section>
          <section>
            <Title order={2} size="h3">
              {t('about.notTitle')}
            </Title>
            <Text mt="xs">{t('about.not')}</Text>
          </section>
          <section>
            <Title order={2} size="h3">
              {t('about.referralTitle')}
            </Title>
            <Text mt="xs">{t('about.referral')}</Text>
          </section>
          <section>
            <Title order={2} size="h3">
              {t('about.appointmentTitle')}
            </Title>
            <Text mt="xs">{t('about.appointment')}</Text>
          </section>
        </>
      )}
    </GuidePage>
  );
}
