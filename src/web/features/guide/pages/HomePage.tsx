import { Card, List, SimpleGrid, Text, Title, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatYen } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { PrecheckCallout } from '../../precheck/PrecheckCallout.js';
import { GuidePage } from '../GuidePage.js';
import { guideSections } from '../sections.js';
import { feeTierLabel } from '../fee-tier-label.js';

export function HomePage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <GuidePage section="home">
      {(profile) => {
        const fees = profile.fees.tiers
          .map(
            (tier, index) =>
              `${feeTierLabel(t, profile.fees.tiers, index)} ${formatYen(tier.amountYen, locale)}`,
          )
          .join(locale === 'ja' ? '、' : '; ');
        return (
          <>
            <Text size="lg">{t('home.lead')}</Text>
            <PrecheckCallout />
            <Card withBorder component="section" aria-labelledby="points-title">
              <Title order={2} id="points-title" size="h3" mb="sm">
                {t('home.pointsTitle')}
              </Title>
              <List spacing="sm">
                <List.Item>{t('home.points.second')}</List.Item>
                <List.Item>{t('home.points.noTreatment')}</List.Item>
                <List.Item>{t('home.points.referral')}</List.Item>
                <List.Item>{t('home.points.video')}</List.Item>
                <List.Item>{t('home.points.selfPay', { fees })}</List.Item>
                <List.Item>{t('home.points.online')}</List.Item>
              </List>
            </Card>
            <Text fw={700}>{t('home.readFirst')}</Text>
            <SimpleGrid
              cols={{ base: 1, sm: 2 }}
              component="ol"
              spacing="sm"
              style={{ listStyle: 'none', padding: 0 }}
            >
              {guideSections
                .filter((section) => section.key !== 'home')
                .map((section, index) => (
                  <li key={section.key}>
                    <Anchor
                      component={Link}
                      to={section.path}
                      display="block"
                      p="sm"
                      mih={44}
                      style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}
                    >
                      {index + 1}. {t(`nav.${section.key}`)}
                    </Anchor>
                  </li>
                ))}
            </SimpleGrid>
          </>
        );
      }}
    </GuidePage>
  );
}
