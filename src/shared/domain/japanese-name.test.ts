import { describe, expect, it } from 'vitest';
import { normalizeKana, sameJapaneseName } from './japanese-name.js';

describe('normalizeKana', () => {
  it.each([
    ['half-width katakana with voiced marks', 'ﾔﾏﾀﾞ ﾀﾛｳ', 'やまだ たろう'],
    ['half-width semi-voiced mark', 'ﾎﾟﾝﾊﾟﾝ', 'ぽんぱん'],
    ['full-width katakana', 'ヤマダ　タロウ', 'やまだ たろう'],
    ['hiragana stays', 'やまだ たろう', 'やまだ たろう'],
    ['ヴ and small ヶ have hiragana', 'ヴィヶ', 'ゔぃゖ'],
    ['the prolonged sound mark stays', 'ユーコ', 'ゆーこ'],
    ['DICOM component separator', 'ヤマダ^タロウ', 'やまだ たろう'],
    ['middle dot between foreign name parts', 'スミス・ジョン', 'すみす じょん'],
    ['runs of spaces collapse, ends trimmed', '  山田 \u3000 太郎 ', '山田 太郎'],
    ['full-width ASCII becomes ASCII', 'ＹＡＭＡＤＡ', 'YAMADA'],
    ['kanji are untouched', '髙橋', '髙橋'],
    ['empty', '', ''],
  ])('%s: %s → %s', (_case, input, expected) => {
    expect(normalizeKana(input)).toBe(expected);
  });
});

describe('sameJapaneseName', () => {
  it('ignores the space or separator between family and given name', () => {
    expect(sameJapaneseName('山田 太郎', '山田^太郎')).toBe(true);
    expect(sameJapaneseName('山田太郎', '山田　太郎')).toBe(true);
  });

  it('equates katakana, half-width katakana and hiragana readings', () => {
    expect(sameJapaneseName('ヤマダ タロウ', 'やまだ^たろう')).toBe(true);
    expect(sameJapaneseName('ﾔﾏﾀﾞ ﾀﾛｳ', 'ヤマダ タロウ')).toBe(true);
  });

  it('tells voiced from unvoiced kana (ﾀﾞ is not ﾀ)', () => {
    expect(sameJapaneseName('ﾔﾏﾀ ﾀﾛｳ', 'やまだ たろう')).toBe(false);
  });

  it('does not equate old and new kanji forms (旧字体): a coordinator decides', () => {
    expect(sameJapaneseName('髙橋 一郎', '高橋 一郎')).toBe(false);
    expect(sameJapaneseName('山﨑 花子', '山崎 花子')).toBe(false);
  });

  it('never matches empty names', () => {
    expect(sameJapaneseName('', '')).toBe(false);
    expect(sameJapaneseName(' ^ ', '')).toBe(false);
  });

  it('does not match a different person', () => {
    expect(sameJapaneseName('山田 太郎', '山田 次郎')).toBe(false);
  });
});
