import { describe, expect, it } from 'vitest';
import { formatFullDateAndTime } from './format.js';

describe('a moment with its full date', () => {
  it('is written the Japanese way, on the hospital’s clock (the next day in Tokyo)', () => {
    expect(formatFullDateAndTime('2026-11-26T16:05:00.000Z', 'ja', 'Asia/Tokyo')).toBe(
      '2026年11月27日(金) 01:05',
    );
  });

  it('is a full English date in English', () => {
    expect(formatFullDateAndTime('2026-11-27T01:05:00.000Z', 'en', 'Asia/Tokyo')).toMatch(
      /^Fri,? 27 November 2026(,| at) 10:05$/,
    );
  });
});
