/**
 * Names in kana as the hospital's forms want them: full-width katakana. People type what their phone
 * offers — hiragana, half-width katakana from an older keyboard, a full-width space — and all of it is
 * the same reading, so it is converted rather than refused.
 */

/** ぁ…ゖ and the iteration marks ゝゞ; their katakana are exactly 0x60 higher (ァ…ヶ, ヽヾ). */
const HIRAGANA = /[\u3041-\u3096\u309d\u309e]/g;
const SPACES = /\s+/g;

/**
 * NFKC first (half-width ｶﾀｶﾅ → full width with its voiced marks joined, ｰ → ー, U+3000 → space),
 * then hiragana → katakana, runs of spaces → one, trimmed.
 */
export function toKatakana(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(HIRAGANA, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60))
    .replace(SPACES, ' ')
    .trim();
}

/** Katakana (ァ…ヺ), the middle dot, the long-vowel mark, the iteration marks and single spaces. */
const KATAKANA_NAME = /^[\u30a1-\u30fe]+( [\u30a1-\u30fe]+)*$/;

/** True when the text, once converted, is a reading in katakana (no kanji, no Latin letters). */
export function isKanaName(raw: string): boolean {
  return KATAKANA_NAME.test(toKatakana(raw));
}
