import { describe, expect, it } from 'vitest';
import { decodeDicomText } from './character-sets.js';

/** Bytes written as in charset/FileInfo.txt: one character per byte, \x escapes. */
const bytes = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('decodeDicomText', () => {
  it('ISO 2022 IR 87: ESC $ B kanji and hiragana between ASCII groups (chrH31)', () => {
    const raw = bytes('Yamada^Tarou=\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B=\x1b$B$d$^$@\x1b(B^\x1b$B$?$m$&\x1b(B');
    expect(decodeDicomText(raw, ['', 'ISO 2022 IR 87'])).toBe('Yamada^Tarou=山田^太郎=やまだ^たろう');
  });

  it('ISO 2022 IR 13 + IR 87: half-width katakana in G1, kanji after ESC $ B, back with ESC ( J (chrH32)', () => {
    const raw = bytes(
      '\xd4\xcf\xc0\xde^\xc0\xdb\xb3=\x1b$B;3ED\x1b(J^\x1b$BB@O:\x1b(J=\x1b$B$d$^$@\x1b(J^\x1b$B$?$m$&\x1b(J',
    );
    expect(decodeDicomText(raw, ['ISO 2022 IR 13', 'ISO 2022 IR 87'])).toBe(
      'ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう',
    );
  });

  it('maps JIS X 0201 katakana 0xA1–0xDF onto U+FF61–U+FF9F', () => {
    expect(decodeDicomText(bytes('\xa1\xb1\xdd\xde\xdf'), ['ISO_IR 13'])).toBe('｡ｱﾝﾞﾟ');
  });

  it('keeps 0x5E (^), 0x3D (=) and 0x5C (\\) inside a JIS X 0208 character: ま is 0x24 0x5E', () => {
    expect(decodeDicomText(bytes('\x1b$B$^\x1b(B'), ['', 'ISO 2022 IR 87'])).toBe('ま');
    expect(decodeDicomText(bytes('\x1b$B$\\\x1b(B'), ['', 'ISO 2022 IR 87'])).toBe('ぼ');
  });

  it('decodes JIS X 0208 via EUC-JP exactly as the WHATWG ISO-2022-JP decoder does', () => {
    const stream = '\x1b$B;3ED!!B@O:$d$^$@%d%^%@#A#1\x1b(B';
    const reference = new TextDecoder('iso-2022-jp').decode(bytes(stream));
    expect(decodeDicomText(bytes(stream), ['', 'ISO 2022 IR 87'])).toBe(reference);
    expect(reference).toBe('山田\u3000太郎やまだヤマダＡ１');
  });

  it('ISO 2022 IR 159: JIS X 0212 supplementary kanji after ESC $ ( D (ISO-2022-JP cannot)', () => {
    expect(decodeDicomText(bytes('\x1b$(D0!\x1b(B'), ['', 'ISO 2022 IR 159'])).toBe('丂');
  });

  it('returns to value 1 (no G1 set) at the ^ and = delimiters', () => {
    // ESC ) I puts katakana in G1 for the first component only; after '^' a high byte is undeclared.
    const decoded = decodeDicomText(bytes('\x1b)I\xb1^\xb1'), ['', 'ISO 2022 IR 13']);
    expect(decoded).toBe('ｱ^±');
  });

  it('ISO_IR 192: UTF-8, empty phonetic group kept (chrX1)', () => {
    const raw = bytes('Wang^XiaoDong=\xe7\x8e\x8b^\xe5\xb0\x8f\xe6\x9d\xb1=');
    expect(decodeDicomText(raw, ['ISO_IR 192'])).toBe('Wang^XiaoDong=王^小東=');
  });

  it('GB18030 (chrX2)', () => {
    expect(decodeDicomText(bytes('Wang^XiaoDong=\xcd\xf5^\xd0\xa1\xb6\xab='), ['GB18030'])).toBe(
      'Wang^XiaoDong=王^小东=',
    );
  });

  it('ISO 2022 IR 149: Korean in G1, designated per component (chrI2)', () => {
    const raw = bytes(
      'Hong^Gildong=\x1b$)C\xfb\xf3^\x1b$)C\xd1\xce\xd4\xd7=\x1b$)C\xc8\xab^\x1b$)C\xb1\xe6\xb5\xbf',
    );
    expect(decodeDicomText(raw, ['', 'ISO 2022 IR 149'])).toBe('Hong^Gildong=洪^吉洞=홍^길동');
  });

  it('ISO_IR 100 is ISO 8859-1 proper, not windows-1252', () => {
    expect(decodeDicomText(bytes('Buc^J\xe9r\xf4me'), ['ISO_IR 100'])).toBe('Buc^Jérôme');
    expect(decodeDicomText(bytes('\x80'), ['ISO_IR 100'])).toBe('\u0080');
  });

  it('other single-byte sets through their ISO 8859 part (chrGreek, chrRuss)', () => {
    expect(decodeDicomText(bytes('\xc4\xe9\xef\xed\xf5\xf3\xe9\xef\xf2'), ['ISO_IR 126'])).toBe('Διονυσιος');
    expect(decodeDicomText(bytes('\xbb\xee\xdace\xdc\xd1yp\xd3'), ['ISO_IR 144'])).toBe('Люкceмбypг');
  });

  it('without a declared set: ASCII, then UTF-8 if the high bytes are UTF-8, else Latin-1', () => {
    expect(decodeDicomText(bytes('Doe^John'), [])).toBe('Doe^John');
    expect(decodeDicomText(bytes('\xe5\xb1\xb1\xe7\x94\xb0'), [])).toBe('山田');
    expect(decodeDicomText(bytes('J\xe9r\xf4me'), [])).toBe('Jérôme');
  });

  it('reads Japanese escapes even when the file forgot to declare them', () => {
    expect(decodeDicomText(bytes('\x1b$B;3ED\x1b(B'), [])).toBe('山田');
  });

  it('accepts sloppy spellings of the defined terms', () => {
    expect(decodeDicomText(bytes('\xe7\x8e\x8b'), ['ISO_IR_192'])).toBe('王');
    expect(decodeDicomText(bytes('\xe9'), [' iso_ir 100 '])).toBe('é');
  });

  it('never throws on broken input: stray escapes, half characters', () => {
    for (const raw of ['\x1b', '\x1b$', '\x1b$B;', '\x1b$B;3E', '\x1b)I\xff', '\x1b$)C\xb0', '\x1bZ abc']) {
      expect(() => decodeDicomText(bytes(raw), ['', 'ISO 2022 IR 87'])).not.toThrow();
    }
    expect(decodeDicomText(bytes('\x1b$B;3E'), ['', 'ISO 2022 IR 87'])).toBe('山\ufffd');
  });
});
