import { describe, expect, it } from 'vitest';
import { isWeekdayReachablePhone } from './application-answers.js';

describe('R-DOC-07 weekday-daytime phone', () => {
  it.each([
    ['03-5800-8630', true],
    ['0358008630', true],
    ['090-1234-5678', true],
    ['０９０ー１２３４ー５６７８'.replace('ー', '-').replace('ー', '-'), true],
    ['+81 3 5800 8630', true],
    ['0120-13-1540', false],
    ['12345', false],
    ['+1 212 555 0100', false],
  ])('R-DOC-07 %s → %s', (phone, expected) => {
    expect(isWeekdayReachablePhone(phone)).toBe(expected);
  });
});
