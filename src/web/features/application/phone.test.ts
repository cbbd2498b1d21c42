import { describe, expect, it } from 'vitest';
import { formatPhone, isJapanesePhone, normalisePhone } from './phone.js';

describe('R-DOC-07 the contact phone is a Japanese number', () => {
  it('accepts landlines and mobiles, with or without hyphens', () => {
    expect(isJapanesePhone('03-5800-8630')).toBe(true);
    expect(isJapanesePhone('0358008630')).toBe(true);
    expect(isJapanesePhone('090-1234-5678')).toBe(true);
    expect(isJapanesePhone('09012345678')).toBe(true);
    expect(isJapanesePhone('+81 3-5800-8630')).toBe(true);
  });

  it('tolerates full-width digits and dash look-alikes', () => {
    expect(normalisePhone('０３－５８００－８６３０')).toBe('03-5800-8630');
    expect(isJapanesePhone('０９０ー１２３４ー５６７８')).toBe(true);
  });

  it('refuses numbers that are too short, foreign, free-dial or not numbers', () => {
    expect(isJapanesePhone('0120-13-1540')).toBe(false);
    expect(isJapanesePhone('03-5800-863')).toBe(false);
    expect(isJapanesePhone('090-1234-567')).toBe(false);
    expect(isJapanesePhone('+1 212 555 0100')).toBe(false);
    expect(isJapanesePhone('でんわ')).toBe(false);
    expect(isJapanesePhone('')).toBe(false);
  });

  it('writes a valid number in the national form, and leaves others as typed', () => {
    expect(formatPhone('0358008630')).toBe('03-5800-8630');
    expect(formatPhone('+81 90 1234 5678')).toBe('090-1234-5678');
    expect(formatPhone('０３５８００')).toBe('035800');
  });
});
