import { describe, expect, it } from 'vitest';
import { charactersLeft, checkDraft, messageMaxLength } from './message-draft.js';

describe('a message draft', () => {
  it('counts what is left after the spaces the server trims', () => {
    expect(charactersLeft('')).toBe(messageMaxLength);
    expect(charactersLeft('  よろしくお願いします  \n')).toBe(messageMaxLength - 10);
    expect(charactersLeft('あ'.repeat(messageMaxLength + 5))).toBe(0);
  });

  it('counts a character outside the basic plane as the server does (two units)', () => {
    expect(charactersLeft('𠮷')).toBe(messageMaxLength - 2);
  });

  it('refuses an empty or blank draft', () => {
    expect(checkDraft('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkDraft(' \n\u3000')).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses a draft longer than the limit and accepts one at the limit', () => {
    expect(checkDraft('あ'.repeat(messageMaxLength + 1))).toEqual({ ok: false, reason: 'tooLong' });
    expect(checkDraft(` ${'あ'.repeat(messageMaxLength)} `)).toEqual({
      ok: true,
      body: 'あ'.repeat(messageMaxLength),
    });
  });
});
