import { Button, Group, Stack, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HospitalProfile } from '../../../shared/contracts/profile.js';
import { ProfileGate } from '../../components/ProfileGate.js';
import { useLocale } from '../../hooks/use-locale.js';
import { guideSections, type GuideSectionKey } from './sections.js';

/** One section of the guide: its heading, the page title, and links to the previous and next sections. */
export function GuidePage({
  section,
  children,
}: {
  section: GuideSectionKey;
  children: (profile: HospitalProfile) => ReactNode;
}) {
  const { t } = useTranslation();
  const index = guideSections.findIndex((candidate) => candidate.key === section);
  const previous = guideSections[index - 1];
  const next = guideSections[index + 1];

  return (
    <ProfileGate>
      {(profile) => (
        <Stack gap="lg">
          <PageHeading section={section} profile={profile} />
          {children(profile)}
          <Group justify="space-between" component="nav" aria-label={t('nav.guideSections')}>
            {previous ? (
              <Button component={Link} to={previous.path} variant="subtle" mih={44}>
                ← {t(`nav.${previous.key}`)}
              </Button>
            ) : (
              <span />
            )}
            {next && (
              <Button component={Link} to={next.path} mih={44}>
                {t(`nav.${next.key}`)} →
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </ProfileGate>
  );
}

/** The h1 and the document title (which never carries patient data). */
function PageHeading({ section, profile }: { section: GuideSectionKey; profile: HospitalProfile }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const heading = section === 'home' ? pick(profile.serviceName) : t(`nav.${section}`);
  const title = [section === 'home' ? null : heading, pick(profile.serviceName), pick(profile.name)]
    .filter(Boolean)
    .join(' | ');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return <Title order={1}>{heading}</Title>;
}
