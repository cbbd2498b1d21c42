import { describe, expect, it } from 'vitest';
import { fromDeskInput, toDeskInput } from './desk-time.js';

describe('phone log times on the hospital clock', () => {
  it('shows an instant as the wall clock of Tokyo, not of the browser', () => {
    expect(toDeskInput(new Date('2026-12-01T01:05:00Z'), 'Asia/Tokyo')).toBe('2026-12-01T10:05');
    // Just before midnight UTC is already the next morning in Tokyo.
    expect(toDeskInput(new Date('2026-12-31T23:30:00Z'), 'Asia/Tokyo')).toBe('2027-01-01T08:30');
  });

  it('reads a typed time in Tokyo and gives the instant', () => {
    expect(fromDeskInput('2026-12-01T10:00', 'Asia/Tokyo')).toBe('2026-12-01T01:00:00.000Z');
    expect(fromDeskInput('2027-01-01T00:00', 'Asia/Tokyo')).toBe('2026-12-31T15:00:00.000Z');
  });

  it('refuses what is not a real date and time', () => {
    expect(fromDeskInput('', 'Asia/Tokyo')).toBeNull();
    expect(fromDeskInput('2026-02-30T10:00', 'Asia/Tokyo')).toBeNull();
    expect(fromDeskInput('2026-12-01T25:00', 'Asia/Tokyo')).toBeNull();
    expect(fromDeskInput('2026-12-01 10:00', 'Asia/Tokyo')).toBeNull();
  });
});
