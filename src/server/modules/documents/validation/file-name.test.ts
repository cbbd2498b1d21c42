import { describe, expect, it } from 'vitest';
import { contentDisposition, sanitizeFileName } from './file-name.js';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('sanitizeFileName', () => {
  it.each([
    ['keeps Japanese names as they are', '紹介状（山田太郎）.pdf', '紹介状（山田太郎）.pdf'],
    ['composes macOS decomposed kana (NFD → NFC)', 'カ\u3099ソ\u3099ウ.jpg', 'ガゾウ.jpg'],
    ['strips a Unix path', '/home/user/docs/letter.pdf', 'letter.pdf'],
    ['strips a Windows path', 'C:\\Users\\山田\\Desktop\\letter.pdf', 'letter.pdf'],
    ['strips backslash traversal', '..\\..\\x', 'x'],
    ['strips slash traversal', '../../etc/passwd', 'passwd'],
    ['removes the right-to-left override that disguises an extension', 'photo\u202Egpj.exe', 'photogpj.exe'],
    ['removes other bidi and zero-width characters', '\u2067診断\u200B書\u2069.pdf', '診断書.pdf'],
    ['removes control characters', 'a\u0000b\u0007c\r\n.pdf', 'abc.pdf'],
    ['replaces characters Windows reserves', 'what?<now>|"a":b*.pdf', 'what__now___a__b_.pdf'],
    ['keeps full-width look-alikes, which are ordinary', '検査：結果？.pdf', '検査：結果？.pdf'],
    ['prefixes device names Windows would open instead', 'CON.pdf', '_CON.pdf'],
    ['…in any case and with several extensions', 'lpt1.tar.gz', '_lpt1.tar.gz'],
    ['…and without an extension', 'nul', '_nul'],
    ['leaves names that only start like a device', 'CONSENT.pdf', 'CONSENT.pdf'],
    ['drops leading dots (hidden files) and trailing dots and spaces', '..hidden.pdf. . ', 'hidden.pdf'],
    ['never returns an empty name', '\u202E\u0000/..', 'file'],
    ['gives a name of only an extension a stem', '.pdf', 'pdf'],
  ])('%s', (_label, input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('trims a long name to the byte limit, keeping the extension and whole characters', () => {
    const name = sanitizeFileName(`${'画像'.repeat(200)}.dcm`, 100);
    expect(name.endsWith('.dcm')).toBe(true);
    expect(bytes(name)).toBeLessThanOrEqual(100);
    expect(name).toBe(`${'画像'.repeat(16)}.dcm`);
  });

  it('never splits a character made of several code points', () => {
    // A flag is two code points (8 bytes): cutting by code points would leave half of the second one.
    expect(sanitizeFileName(`${'🇯🇵'.repeat(5)}.jpg`, 14)).toBe('🇯🇵.jpg');
  });

  it('treats a very long "extension" as part of the name', () => {
    expect(sanitizeFileName(`report.${'x'.repeat(300)}`, 50)).toBe(`report.${'x'.repeat(43)}`);
  });
});

describe('contentDisposition', () => {
  it('always says attachment, with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987)', () => {
    expect(contentDisposition('紹介状 (Yamada) 2024*.pdf')).toBe(
      'attachment; filename="_ (Yamada) 2024_.pdf"; filename*=UTF-8\'\'%E7%B4%B9%E4%BB%8B%E7%8A%B6%20%28Yamada%29%202024_.pdf',
    );
  });

  it('falls back to "file" when no ASCII letter or digit is left', () => {
    expect(contentDisposition('紹介状.pdf')).toBe(
      'attachment; filename="file.pdf"; filename*=UTF-8\'\'%E7%B4%B9%E4%BB%8B%E7%8A%B6.pdf',
    );
  });

  it('keeps plain ASCII names readable in both parameters', () => {
    expect(contentDisposition("CT_2024-01-19 it's.dcm")).toBe(
      "attachment; filename=\"CT_2024-01-19 it's.dcm\"; filename*=UTF-8''CT_2024-01-19%20it%27s.dcm",
    );
  });

  it('cannot be broken out of: quotes, semicolons and line breaks stay inside the value', () => {
    const header = contentDisposition('a";\r\nSet-Cookie: x=1; filename="evil.html');
    expect(header).not.toMatch(/[\r\n]/);
    expect(
      header.startsWith('attachment; filename="a_;Set-Cookie_ x=1; filename=_evil.html"; filename*='),
    ).toBe(true);
    expect(header.split('"').length).toBe(3);
  });
});
