import type { Locale } from '../shared/i18n/locale.js';

const tags: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

export function formatYen(amountYen: number, locale: Locale): string {
  return new Intl.NumberFormat(tags[locale], {
    style: 'currency',
    currency: 'JPY',
    currencyDisplay: 'narrowSymbol',
  }).format(amountYen);
}

/** A moment as the hospital's clock shows it, e.g. 11月27日(金) 10:00 / Fri 27 Nov, 10:00. */
export function formatDayAndTime(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(tags[locale], {
    timeZone,
    month: locale === 'ja' ? 'numeric' : 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/**
 * A moment with its full date, for records read later (messages, requests): 2026年11月27日(金) 10:05 /
 * Fri 27 November 2026, 10:05. The weekday makes "yesterday" easy to place.
 */
export function formatFullDateAndTime(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(tags[locale], {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

export function formatTime(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(tags[locale], {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** "12-29" → 12月29日 / 29 Dec */
export function formatMonthDay(monthDay: string, locale: Locale): string {
  const [month, day] = monthDay.split('-').map(Number);
  return new Intl.DateTimeFormat(tags[locale], {
    month: locale === 'ja' ? 'numeric' : 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, (month ?? 1) - 1, day ?? 1)));
}

/** 0 = Sunday … 6 = Saturday → 月曜日 / Monday. */
export function formatWeekday(weekday: number, locale: Locale): string {
  // 2023-01-01 was a Sunday.
  return new Intl.DateTimeFormat(tags[locale], { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2023, 0, 1 + weekday)),
  );
}

/** A moment with the date, e.g. 2026/11/27 10:00 / 27 Nov 2026, 10:00 (the browser's time zone). */
export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(tags[locale], {
    timeZone,
    year: 'numeric',
    month: locale === 'ja' ? 'numeric' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}
