import { describe, expect, it } from 'vitest';
import { isKanaName, toKatakana } from './kana.js';

describe('kana names are kept as full-width katakana', () => {
  it('turns hiragana into katakana', () => {
    expect(toKatakana('やまだ')).toBe('ヤマダ');
    expect(toKatakana('ぢゅうゔぁ')).toBe('ヂュウヴァ');
    expect(toKatakana('さゝき')).toBe('サヽキ');
  });

  it('joins half-width katakana with their voiced marks', () => {
    expect(toKatakana('ﾔﾏﾀﾞ ﾀﾛｳ')).toBe('ヤマダ タロウ');
    expect(toKatakana('ﾊﾟｰｸ')).toBe('パーク');
  });

  it('leaves katakana alone and tidies spaces, full-width ones included', () => {
    expect(toKatakana('  サトウ　　ハナコ ')).toBe('サトウ ハナコ');
    expect(toKatakana('ヤマダ')).toBe('ヤマダ');
  });

  it('accepts readings only: no kanji, no Latin letters, not empty', () => {
    expect(isKanaName('やまだ')).toBe(true);
    expect(isKanaName('ﾔﾏﾀﾞ')).toBe(true);
    expect(isKanaName('スミス・ジョン')).toBe(true);
    expect(isKanaName('山田')).toBe(false);
    expect(isKanaName('Yamada')).toBe(false);
    expect(isKanaName('   ')).toBe(false);
  });
});
