import type { Locale } from '../../../shared/i18n/locale.js';

const tags: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

/**
 * When a message was written, on the hospital's clock, with the weekday so "yesterday" is easy to place:
 * 2026年11月27日(金) 10:05 / Fri 27 November 2026, 10:05.
 */
export function formatMessageTime(iso: string, locale: Locale, timeZone: string): string {
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
