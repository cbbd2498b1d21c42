import type { Locale } from '../../../shared/i18n/locale.js';

/**
 * Sizes, speeds and waits in words a patient reads at a glance. Sizes count in 1024s with the labels
 * KB/MB/GB, as Windows Explorer shows them and as the server words its size limit, so the number on the
 * screen matches the one the sender sees on their computer.
 */

const tags: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };
const units = ['KB', 'MB', 'GB', 'TB'] as const;

function number(value: number, locale: Locale, fractionDigits: number): string {
  return new Intl.NumberFormat(tags[locale], {
    maximumFractionDigits: fractionDigits,
    minimumFractionDigits: 0,
  }).format(value);
}

/** 1536 → "1.5 KB"; 0–1023 bytes in words ("512 バイト" / "512 bytes"). */
export function formatBytes(bytes: number, locale: Locale): string {
  const whole = Math.max(0, Math.round(bytes));
  if (whole < 1024) {
    if (locale === 'ja') return `${number(whole, locale, 0)} バイト`;
    return whole === 1 ? '1 byte' : `${number(whole, locale, 0)} bytes`;
  }
  let value = whole / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // One decimal only where it carries information (1.5 GB); 240 MB needs none. Truncated, never
  // rounded up: "1.0 GB" must not show for a file just under the 1 GB limit.
  const digits = value < 10 ? 1 : 0;
  const factor = 10 ** digits;
  const shown = Math.floor(value * factor) / factor;
  return `${number(shown, locale, digits)} ${units[unit]}`;
}

/** Bytes per second → "2.5 MB/秒" / "2.5 MB/s". */
export function formatSpeed(bytesPerSecond: number, locale: Locale): string {
  return `${formatBytes(bytesPerSecond, locale)}${locale === 'ja' ? '/秒' : '/s'}`;
}

/**
 * The time left, rounded the way a person says it: "1分未満", "約4分", "約1時間20分". Up to 10 minutes
 * in whole minutes, then in 5-minute steps: a countdown that jumps by seconds reads as nervous.
 */
export function formatTimeLeft(seconds: number, locale: Locale): string {
  if (!Number.isFinite(seconds) || seconds < 60) return locale === 'ja' ? '1分未満' : 'less than a minute';
  const minutesTotal = Math.ceil(seconds / 60);
  const rounded = minutesTotal <= 10 ? minutesTotal : Math.ceil(minutesTotal / 5) * 5;
  const hours = Math.floor(rounded / 60);
  const minutes = rounded % 60;
  if (locale === 'ja') {
    if (hours === 0) return `約${minutes}分`;
    return minutes === 0 ? `約${hours}時間` : `約${hours}時間${minutes}分`;
  }
  const h = hours === 1 ? '1 hour' : `${hours} hours`;
  const m = minutes === 1 ? '1 minute' : `${minutes} minutes`;
  if (hours === 0) return `about ${m}`;
  return minutes === 0 ? `about ${h}` : `about ${h} ${m}`;
}

/** A whole percentage that reaches 100 only when everything is done (99.6 % of bytes stays 99). */
export function percentOf(done: number, total: number): number {
  if (total <= 0) return 0;
  if (done >= total) return 100;
  return Math.min(99, Math.floor((Math.max(0, done) / total) * 100));
}
