import { describe, expect, it } from 'vitest';
import { formatBytes, formatSpeed, formatTimeLeft, percentOf } from './size-format.js';

describe('formatBytes', () => {
  it('words small files in bytes', () => {
    expect(formatBytes(0, 'ja')).toBe('0 バイト');
    expect(formatBytes(1, 'en')).toBe('1 byte');
    expect(formatBytes(2, 'en')).toBe('2 bytes');
    expect(formatBytes(1023, 'ja')).toBe('1,023 バイト');
  });

  it('counts in 1024s like Windows, one decimal under 10', () => {
    expect(formatBytes(1024, 'ja')).toBe('1 KB');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(240 * 1024 ** 2, 'ja')).toBe('240 MB');
    expect(formatBytes(2.5 * 1024 ** 3, 'en')).toBe('2.5 GB');
    expect(formatBytes(1024 ** 4, 'ja')).toBe('1 TB');
  });

  it('never rounds a size up to the next limit', () => {
    expect(formatBytes(1024 ** 3 - 1, 'ja')).toBe('1,023 MB');
    expect(formatBytes(1.99 * 1024 ** 2, 'en')).toBe('1.9 MB');
  });

  it('groups thousands in both languages', () => {
    expect(formatBytes(5000 * 1024 ** 4, 'en')).toBe('5,000 TB');
  });
});

describe('formatSpeed', () => {
  it('adds per second in each language', () => {
    expect(formatSpeed(2.5 * 1024 ** 2, 'ja')).toBe('2.5 MB/秒');
    expect(formatSpeed(300 * 1024, 'en')).toBe('300 KB/s');
  });
});

describe('formatTimeLeft', () => {
  it('says less than a minute below 60 seconds', () => {
    expect(formatTimeLeft(59, 'ja')).toBe('1分未満');
    expect(formatTimeLeft(0, 'en')).toBe('less than a minute');
  });

  it('counts whole minutes, rounding up, up to 10', () => {
    expect(formatTimeLeft(60, 'ja')).toBe('約1分');
    expect(formatTimeLeft(61, 'ja')).toBe('約2分');
    expect(formatTimeLeft(600, 'en')).toBe('about 10 minutes');
    expect(formatTimeLeft(60, 'en')).toBe('about 1 minute');
  });

  it('steps by five minutes above 10 so the number does not flicker', () => {
    expect(formatTimeLeft(601, 'ja')).toBe('約15分');
    expect(formatTimeLeft(3600, 'ja')).toBe('約1時間');
    expect(formatTimeLeft(3601, 'ja')).toBe('約1時間5分');
    expect(formatTimeLeft(2 * 3600 + 20 * 60, 'en')).toBe('about 2 hours 20 minutes');
    expect(formatTimeLeft(3600, 'en')).toBe('about 1 hour');
  });

  it('treats an unknown wait as short rather than showing Infinity', () => {
    expect(formatTimeLeft(Number.POSITIVE_INFINITY, 'ja')).toBe('1分未満');
  });
});

describe('percentOf', () => {
  it('shows 100 only when everything is done', () => {
    expect(percentOf(996, 1000)).toBe(99);
    expect(percentOf(1000, 1000)).toBe(100);
    expect(percentOf(1, 3)).toBe(33);
  });

  it('is 0 for nothing to send or a negative count', () => {
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(-5, 100)).toBe(0);
  });
});
