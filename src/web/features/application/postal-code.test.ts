import { describe, expect, it } from 'vitest';
import { isPostalCode, normalisePostalCode } from './postal-code.js';

describe('postal codes', () => {
  it('accepts 7 digits with or without a hyphen, full width or not', () => {
    expect(normalisePostalCode('1138655')).toBe('113-8655');
    expect(normalisePostalCode('113-8655')).toBe('113-8655');
    expect(normalisePostalCode('１１３－８６５５')).toBe('113-8655');
    expect(normalisePostalCode('１１３ー８６５５')).toBe('113-8655');
    expect(normalisePostalCode('〒113 8655')).toBe('113-8655');
    expect(normalisePostalCode('113‐8655')).toBe('113-8655');
  });

  it('does not guess at anything shorter or longer', () => {
    expect(normalisePostalCode('113-865')).toBe('113-865');
    expect(isPostalCode('113-865')).toBe(false);
    expect(isPostalCode('11386550')).toBe(false);
    expect(isPostalCode('')).toBe(false);
    expect(isPostalCode('１１３８６５５')).toBe(true);
  });
});
