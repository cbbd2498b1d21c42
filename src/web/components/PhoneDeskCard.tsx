import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HospitalProfile } from '../../shared/contracts/profile.js';
import { phoneDeskStatus } from '../../shared/domain/phone-desk.js';
import { formatDayAndTime, formatMonthDay, formatTime, formatWeekday } from '../format.js';
import { useLocale } from '../hooks/use-locale.js';
import { useNow } from '../hooks/use-now.js';

/** The phone desk: number, menu option, hours and whether someone answers right now (R-CONTACT-01). */
export function PhoneDeskCard({ profile, compact = false }: { profile: HospitalProfile; compact?: boolean }) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const now = useNow();
  const desk = profile.phoneDesk;
  const status = phoneDeskStatus(now, desk, profile.timeZone);
  const closedDays = [
    ...desk.closedWeekdays.map((day) => formatWeekday(day, locale)),
    ...(desk.closedOnNationalHolidays ? [t('phoneDesk.holidays')] : []),
    ...(desk.yearEndBreak
      ? [
          t('phoneDesk.yearEnd', {
            from: formatMonthDay(desk.yearEndBreak.from, locale),
            to: formatMonthDay(desk.yearEndBreak.to, locale),
          }),
        ]
      : []),
  ].join(t('departments.listSeparator'));

  return (
    <Stack gap={4} data-testid="phone-desk">
      {!compact && <Text fw={700}>{pick(desk.name)}</Text>}
      <Anchor
        href={`tel:${desk.number.replace(/[^\d+]/g, '')}`}
        fz={compact ? 'md' : 'xl'}
        fw={700}
        aria-label={t('phoneDesk.call', { number: desk.number })}
      >
        {desk.number}
      </Anchor>
      {desk.menuOption && <Text size="sm">{t('phoneDesk.option', { option: desk.menuOption })}</Text>}
      <Text size="sm">
        {t('phoneDesk.hours', { opensAt: desk.opensAt, closesAt: desk.closesAt })}
        {!compact && (
          <>
            {' / '}
            {t('phoneDesk.closedDays', { days: closedDays })}
          </>
        )}
      </Text>
      <Badge
        data-testid="phone-desk-status"
        data-open={status.open}
        color={status.open ? 'brand.9' : 'gray.8'}
        variant="filled"
        size="lg"
        radius="sm"
        styles={{
          root: { textTransform: 'none', height: 'auto', whiteSpace: 'normal', paddingBlock: 6 },
          label: { whiteSpace: 'normal' },
        }}
      >
        {status.open && status.closesAt
          ? t('phoneDesk.openNow', { closesAt: formatTime(status.closesAt, locale, profile.timeZone) })
          : t('phoneDesk.closedNow', {
              nextOpensAt: status.nextOpensAt
                ? formatDayAndTime(status.nextOpensAt, locale, profile.timeZone)
                : '—',
            })}
      </Badge>
    </Stack>
  );
}
