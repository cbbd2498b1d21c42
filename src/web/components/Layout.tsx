import { Anchor, AppShell, Burger, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation, useMatches } from 'react-router';
import { AccountMenu } from '../features/account/AccountMenu.js';
import { useHospitalProfile } from '../api/profile.js';
import { guideSections } from '../features/guide/sections.js';
import { useLocale } from '../hooks/use-locale.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { PhoneDeskCard } from './PhoneDeskCard.js';

/** Every page: the hospital's name, the language switch, the guide's sections and the contact. */
export function Layout() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { pathname } = useLocation();
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const profile = useHospitalProfile().data;
  // Staff tables use the whole width; reading pages keep a comfortable line length.
  const wide = useMatches().some((match) => isWideHandle(match.handle));

  return (
    <AppShell
      // Phones: the name on its own row, the language switch and the account on a second row.
      header={{ height: { base: 112, sm: 72 } }}
      navbar={{ width: 300, breakpoint: 'md', collapsed: { mobile: !navOpen } }}
      padding="md"
    >
      {/* A new page starts at its top; back and forward return to where the reader was. */}
      <ScrollRestoration />
      <Anchor href="#main" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <div className="app-header">
          <Group gap="sm" wrap="nowrap" miw={0} className="app-header-identity">
            <Burger
              opened={navOpen}
              onClick={toggle}
              hiddenFrom="md"
              size="md"
              aria-label={t('app.menu')}
              aria-expanded={navOpen}
              aria-controls="guide-navigation"
            />
            <Anchor component={Link} to="/" underline="never" c="inherit" miw={0}>
              <Stack gap={0}>
                <Text size="xs" truncate>
                  {profile ? pick(profile.name) : ''}
                </Text>
                <Text fw={700} truncate>
                  {profile ? pick(profile.serviceName) : ''}
                </Text>
              </Stack>
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap" className="app-header-controls">
            <LanguageSwitch />
            <AccountMenu />
          </Group>
        </div>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="guide-navigation" component="nav" aria-label={t('nav.guideSections')}>
        {guideSections.map((section) => (
          <NavLink
            key={section.key}
            component={Link}
            to={section.path}
            label={t(`nav.${section.key}`)}
            active={pathname === section.path}
            aria-current={pathname === section.path ? 'page' : undefined}
            onClick={close}
            mih={44}
          />
        ))}
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <Stack maw={wide ? 1600 : 760} mx="auto" gap="xl" pb="xl">
          <Outlet />
          {profile && (
            <Stack
              component="footer"
              gap="xs"
              pt="lg"
              style={{ borderTop: '1px solid var(--mantine-color-gray-4)' }}
            >
              <Title order={2} size="h4">
                {t('footer.contact')}
              </Title>
              <Text>{pick(profile.name)}</Text>
              <PhoneDeskCard profile={profile} compact />
            </Stack>
          )}
        </Stack>
      </AppShell.Main>
    </AppShell>
  );
}

/** A route marks itself wide with `handle: { wide: true }`. */
function isWideHandle(handle: unknown): boolean {
  return typeof handle === 'object' && handle !== null && 'wide' in handle && handle.wide === true;
}
