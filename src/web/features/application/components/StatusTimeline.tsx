import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatusView } from '../../../../shared/contracts/cases.js';
import { formatDateTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';

type Entry = CaseStatusView['timeline'][number];

/**
 * What happened so far, newest first, in plain words. An event this page does not know yet is said by
 * the status it led to, so a new kind of event never shows up as a code.
 */
export function StatusTimeline({ timeline, timeZone }: { timeline: readonly Entry[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const { locale } = useLocale();
  const words = (entry: Entry) => {
    const key = `caseStatus.timeline.types.${entry.type}`;
    if (i18n.exists(key)) return t(key);
    if (entry.toStatus)
      return t('caseStatus.timeline.movedTo', { status: t(`caseStatus.status.${entry.toStatus}.label`) });
    return t('caseStatus.timeline.other');
  };
  const entries = [...timeline].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Stack gap="sm" component="section" aria-labelledby="status-timeline" data-testid="status-timeline">
      <Title order={2} size="h3" id="status-timeline">
        {t('caseStatus.timeline.title')}
      </Title>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {entries.map((entry, index) => (
          <Stack
            key={`${entry.at}-${index}`}
            component="li"
            gap={2}
            pl="md"
            style={{ borderLeft: '3px solid var(--mantine-color-brand-8)' }}
            data-type={entry.type}
          >
            <Text size="sm" c="gray.8">
              {formatDateTime(entry.at, locale, timeZone)}
            </Text>
            <Text fw={700}>{words(entry)}</Text>
            <Text size="sm">{t(`caseStatus.timeline.actors.${entry.actor}`)}</Text>
            {entry.note && <Text style={{ whiteSpace: 'pre-wrap' }}>{entry.note}</Text>}
          </Stack>
        ))}
      </Stack>
    </Stack>
  );
}
