import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LiaisonCaseView } from '../../../../shared/contracts/liaison.js';
import { documentCodeSchema } from '../../../../shared/contracts/profile.js';
import type { Locale } from '../../../../shared/i18n/locale.js';
import { documentTitle } from '../../../../shared/i18n/rules-messages.js';
import { formatDateTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { Section } from './Section.js';

type Entry = LiaisonCaseView['timeline'][number];

/** A document code in words; anything else as it came. */
function codeText(value: string, locale: Locale): string {
  const parsed = documentCodeSchema.safeParse(value);
  return parsed.success ? documentTitle(locale, parsed.data) : value;
}

/** The event's details that help a reader, in words (codes and ids only ever reach here). */
export function detailText(
  entry: Entry,
  t: TFunction,
  locale: Locale,
  exists: (key: string) => boolean,
): string {
  const words = (group: string, value: string) => {
    const key = `liaison.timeline.values.${group}.${value}`;
    return exists(key) ? t(key) : value;
  };
  const parts: string[] = [];
  const { details } = entry;
  if (Array.isArray(details.items) && details.items.length > 0) {
    parts.push(
      t('liaison.timeline.items', { items: details.items.map((code) => codeText(code, locale)).join('、') }),
    );
  }
  if (typeof details.checklistItem === 'string') parts.push(codeText(details.checklistItem, locale));
  if (typeof details.version === 'number')
    parts.push(t('liaison.timeline.version', { version: details.version }));
  for (const group of ['decision', 'reasonCode', 'scanState', 'outcome', 'channel', 'method'] as const) {
    const value = details[group];
    if (typeof value === 'string') parts.push(words(group, value));
  }
  return parts.join(' · ');
}

/** What happened, newest first; internal notes (calls, identity checks) are marked as staff-only. */
export function TimelineSection({ timeline }: { timeline: LiaisonCaseView['timeline'] }) {
  const { t, i18n } = useTranslation();
  const { locale } = useLocale();
  const exists = (key: string) => i18n.exists(key);
  const what = (entry: Entry) => {
    const key = entry.kind ? `liaison.timeline.kinds.${entry.kind}` : `liaison.timeline.types.${entry.type}`;
    if (exists(key)) return t(key);
    if (entry.toStatus)
      return t('liaison.timeline.movedTo', { status: t(`liaison.status.${entry.toStatus}`) });
    return entry.type;
  };
  const entries = [...timeline].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Section id="timeline" title={t('liaison.case.timeline.title')}>
      <Table.ScrollContainer
        minWidth={640}
        maxHeight={420}
        type="native"
        tabIndex={0}
        aria-label={t('liaison.case.timeline.title')}
      >
        <Table stickyHeader withTableBorder verticalSpacing={4} fz="sm" data-testid="timeline">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('liaison.case.timeline.at')}</Table.Th>
              <Table.Th scope="col">{t('liaison.case.timeline.what')}</Table.Th>
              <Table.Th scope="col">{t('liaison.case.timeline.who')}</Table.Th>
              <Table.Th scope="col">{t('liaison.case.timeline.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry, index) => (
              <Table.Tr key={`${entry.at}-${index}`} data-testid="timeline-entry" data-type={entry.type}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, locale)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text inherit fw={700}>
                    {what(entry)}
                  </Text>
                  {entry.type === 'internal_note' && (
                    <Text inherit size="xs" c="gray.7">
                      {t('liaison.timeline.internal')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {entry.actor.user?.name ??
                    t(`liaison.timeline.actors.${entry.actor.kind}`, { defaultValue: entry.actor.kind })}
                </Table.Td>
                <Table.Td>
                  <Text inherit size="xs">
                    {detailText(entry, t, locale, exists)}
                  </Text>
                  {entry.note && (
                    <Text inherit size="xs" style={{ whiteSpace: 'pre-wrap' }} data-testid="timeline-note">
                      {t('liaison.timeline.toldApplicant', { note: entry.note })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
