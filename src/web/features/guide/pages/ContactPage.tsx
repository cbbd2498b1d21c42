import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PhoneDeskCard } from '../../../components/PhoneDeskCard.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { GuidePage } from '../GuidePage.js';

/** Guide §11: the phone desk (open now or when next) and the postal address (R-CONTACT-01…03, R-DOC-08). */
export function ContactPage() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  return (
    <GuidePage section="contact">
      {(profile) => (
        <>
          <Card withBorder component="section" aria-labelledby="phone-title">
            <Title order={2} size="h3" id="phone-title" mb="xs">
              {t('contact.phoneTitle')}
            </Title>
            <PhoneDeskCard profile={profile} />
          </Card>
          <Card withBorder component="section" aria-labelledby="postal-title">
            <Title order={2} size="h3" id="postal-title" mb="xs">
              {t('contact.postalTitle')}
            </Title>
            <Text size="sm" mb="xs">
              {t('contact.postalNote')}
            </Text>
            <address data-testid="postal-address" style={{ fontStyle: 'normal' }}>
              <Text>{t('contact.postalCode', { code: profile.postalAddress.postalCode })}</Text>
              <Text>{pick(profile.postalAddress.address)}</Text>
              <Text>{pick(profile.postalAddress.institution)}</Text>
              <Text fw={700}>
                {t('contact.addressee', { recipient: pick(profile.postalAddress.recipient) })}
              </Text>
            </address>
          </Card>
          <section>
            <Title order={2} size="h3">
              {t('contact.helpTitle')}
            </Title>
            <Text mt="xs">{t('contact.help')}</Text>
          </section>
          <section>
            <Title order={2} size="h3">
              {t('contact.privacyTitle')}
            </Title>
            <Text mt="xs">{pick(profile.privacyPolicy)}</Text>
          </section>
        </>
      )}
    </GuidePage>
  );
}
