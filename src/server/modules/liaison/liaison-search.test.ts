import { describe, expect, it } from 'vitest';
import { containsPattern, searchTermsOf } from './liaison-search.js';

describe('what a coordinator types in the search box', () => {
  it('is a name key without separators, kana as hiragana, half-width widened', () => {
    expect(searchTermsOf('ﾔﾏﾀﾞ　ﾀﾛｳ')).toEqual({
      nameKey: 'やまだたろう',
      caseNumber: null,
      phoneDigits: null,
    });
    expect(searchTermsOf('山田・太郎').nameKey).toBe('山田太郎');
  });

  it('is a case number or phone digits when it is a number', () => {
    expect(searchTermsOf('2026-00042')).toEqual({
      nameKey: null,
      caseNumber: '2026-00042',
      phoneDigits: '202600042',
    });
    expect(searchTermsOf('(03) 3812-0000')).toEqual({
      nameKey: null,
      caseNumber: null,
      phoneDigits: '0338120000',
    });
    expect(searchTermsOf('０９０')).toEqual({ nameKey: null, caseNumber: '090', phoneDigits: null });
  });

  it('matches itself, never as a LIKE pattern', () => {
    expect(containsPattern('50%_\\')).toBe('%50\\%\\_\\\\%');
  });
});
