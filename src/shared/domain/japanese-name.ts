/**
 * Japanese personal names, normalised for comparison: the same person is written 山田 太郎 on the
 * application, 山田^太郎 in DICOM, ﾔﾏﾀﾞ ﾀﾛｳ by an older modality and やまだ たろう in a phonetic group.
 *
 * Deliberately not normalised: old and variant kanji forms (旧字体・異体字 such as 髙/高, 﨑/崎, 邊/辺).
 * They are distinct characters in Unicode, no table maps them reliably, and which one a person's name
 * uses is part of their legal identity. A difference there is left for a coordinator to judge; the
 * kana reading usually still matches.
 */

const KATAKANA = /[\u30a1-\u30f6]/g; // ァ … ヶ; their hiragana are 0x60 lower (ぁ … ゖ)
const SEPARATORS = /[\s^・]+/g; // spaces (incl. U+3000), the DICOM component separator, the middle dot

/**
 * NFKC (half-width katakana → full width with their voiced marks, full-width letters → ASCII,
 * ideographic space → space), katakana → hiragana, separators → one space, trimmed.
 */
export function normalizeKana(text: string): string {
  return text
    .normalize('NFKC')
    .replace(KATAKANA, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60))
    .replace(SEPARATORS, ' ')
    .trim();
}

/** Same name after normalisation, ignoring where (or whether) family and given name are separated. */
export function sameJapaneseName(a: string, b: string): boolean {
  const key = (name: string) => normalizeKana(name).replace(/ /g, '');
  const left = key(a);
  return left !== '' && left === key(b);
}
