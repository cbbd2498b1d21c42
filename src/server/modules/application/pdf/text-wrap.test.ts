import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cachedCharMeasure, wrapText } from './text-wrap.js';

/** Full-width characters are 2 units wide, everything else 1: a rough model of a Japanese font. */
const measure = cachedCharMeasure((char) => ((char.codePointAt(0) ?? 0) > 0xff ? 2 : 1));

describe('wrapText', () => {
  it('breaks Japanese text between any two characters', () => {
    expect(wrapText('現在の診断について意見を聞きたい', 10, measure)).toEqual([
      '現在の診断',
      'について意',
      '見を聞きた',
      'い',
    ]);
  });

  it('breaks English at spaces and drops the space at the break', () => {
    expect(wrapText('second opinion on the current treatment', 16, measure)).toEqual([
      'second opinion',
      'on the current',
      'treatment',
    ]);
  });

  it('cuts a word only when it is wider than the whole line', () => {
    expect(wrapText('hanako.yamada@example.jp', 10, measure)).toEqual(['hanako.yam', 'ada@exampl', 'e.jp']);
  });

  it('keeps a Latin word whole inside Japanese text', () => {
    expect(wrapText('血圧は120/80mmHgです', 12, measure)).toEqual(['血圧は', '120/80mmHgで', 'す']);
  });

  it('does not start a line with a closing mark: the character before it comes along (追い出し)', () => {
    expect(wrapText('あいうえ。かき', 8, measure)).toEqual(['あいう', 'え。かき']);
    expect(wrapText('あいうえ」かき', 8, measure)).toEqual(['あいう', 'え」かき']);
  });

  it('does not end a line with an opening bracket', () => {
    expect(wrapText('あいう「かきく」', 8, measure)).toEqual(['あいう', '「かき', 'く」']);
  });

  it('keeps the applicant’s own line breaks and empty lines', () => {
    expect(wrapText('一行目\r\n\n三行目', 20, measure)).toEqual(['一行目', '', '三行目']);
  });

  it('prints tabs as spaces and drops other control characters', () => {
    expect(wrapText('a\tb\u0007c', 20, measure)).toEqual(['a bc']);
  });

  it('gives one empty line for an empty text', () => {
    expect(wrapText('', 20, measure)).toEqual(['']);
  });

  it('loses no character and keeps every line within the width (mixed text)', () => {
    const alphabet = Array.from('あいうえお漢字カナ。、「」ー abcXYZ09.,-@');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 300 }).map((chars) => chars.join('')),
        fc.integer({ min: 4, max: 60 }),
        (text, width) => {
          const lines = wrapText(text, width, measure);
          for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
          expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        },
      ),
      { numRuns: 500 },
    );
  });
});
