import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiaisonCaseView } from '../../../../shared/contracts/liaison.js';
import { formatDateTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { Section } from './Section.js';

/** Who has opened this case (from the audit trail), newest first. */
export function ViewersSection({ viewers }: { viewers: LiaisonCaseView['viewers'] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Section id="viewers" title={t('liaison.case.viewers.title')}>
      {viewers.length === 0 ? (
        <Text size="sm">{t('liaison.case.viewers.none')}</Text>
      ) : (
        <List size="sm" spacing={2} data-testid="viewers">
          {viewers.map((viewer) => (
            <List.Item key={viewer.user.id}>
              {t('liaison.case.viewers.entry', {
                name: viewer.user.name,
                role: viewer.role ? t(`account.roles.${viewer.role}`, { defaultValue: viewer.role }) : '—',
                at: formatDateTime(viewer.lastViewedAt, locale),
                count: viewer.views,
              })}
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}
