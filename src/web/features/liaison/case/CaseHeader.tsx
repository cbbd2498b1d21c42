import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LiaisonCaseView } from '../../../../shared/contracts/liaison.js';
import { formatDateTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { liaisonPaths } from '../paths.js';
import { useDepartments } from '../use-departments.js';
import { fullName } from './person.js';

const DAY_MS = 86_400_000;

/** The case at a glance: number, patient, department, status, waiting time and who decides. */
export function CaseHeader({ view, now }: { view: LiaisonCaseView; now: Date }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { nameOf } = useDepartments();
  const summary = view.case;
  const waiting = summary.submittedAt
    ? Math.max(0, Math.floor((now.getTime() - new Date(summary.submittedAt).getTime()) / DAY_MS))
    : null;
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={liaisonPaths.queue} size="sm" w="fit-content">
        {t('liaison.case.backToQueue')}
      </Anchor>
      <Group gap="md" align="baseline" wrap="wrap">
        {/* The page title says "a case" only: a name never goes into the title or the URL. */}
        <Title order={1} size="h2" data-testid="case-number">
          {t('liaison.case.heading', { number: summary.caseNumber ?? '—' })}
        </Title>
        <Text fw={700} size="lg" data-testid="case-patient">
          {fullName(view.application.patient?.name)}
        </Text>
        <Badge
          size="lg"
          radius="sm"
          tt="none"
          variant="filled"
          color="brand.9"
          data-testid="case-status"
          data-status={summary.status}
        >
          {t(`liaison.status.${summary.status}`)}
        </Badge>
      </Group>
      <Group gap="lg" wrap="wrap">
        <Text size="sm">{t('liaison.case.department', { name: nameOf(summary.departmentCode) || '—' })}</Text>
        {summary.submittedAt && (
          <Text size="sm">
            {t('liaison.case.submitted', { at: formatDateTime(summary.submittedAt, locale) })}
          </Text>
        )}
        {waiting !== null && <Text size="sm">{t('liaison.case.waiting', { count: waiting })}</Text>}
        <Text size="sm">
          {view.specialist
            ? t('liaison.case.specialist', { name: view.specialist.name })
            : t('liaison.case.noSpecialist')}
        </Text>
        {view.unreadMessages > 0 && (
          <Anchor href="#messages-title" size="sm" fw={700}>
            {t('liaison.case.unread', { count: view.unreadMessages })}
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}
