/**
 * File names as the sender typed them are shown to staff and offered back on download, so they are
 * cleaned once at upload: kept readable (Japanese stays Japanese) but unable to name another folder,
 * hide their real extension, or break a header or a Windows download.
 */

const DEFAULT_MAX_BYTES = 200;
const FALLBACK_NAME = 'file';
const MAX_EXTENSION_CHARS = 10;

// Format characters: bidi overrides that make "gpj.exe" display as "exe.jpg", zero-width spaces, BOM.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
// Reserved in Windows file names; their full-width forms (＜＞：) are ordinary characters and stay.
const WINDOWS_RESERVED_CHARACTERS = /[<>:"/\\|?*]/g;
// Devices Windows opens instead of a file, whatever the extension ("CON.pdf" is the console).
const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const encoder = new TextEncoder();
const byteLength = (text: string): number => encoder.encode(text).length;
const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

function lastPathPart(name: string): string {
  const parts = name.split(/[/\\]/);
  return parts[parts.length - 1] ?? '';
}

function splitExtension(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || name.length - dot - 1 > MAX_EXTENSION_CHARS) return { stem: name, extension: '' };
  return { stem: name.slice(0, dot), extension: name.slice(dot) };
}

/** Cuts whole characters (never half a surrogate pair or a base without its dakuten) to fit the bytes. */
function truncateToBytes(text: string, maxBytes: number): string {
  let result = '';
  for (const { segment } of graphemes.segment(text)) {
    if (byteLength(result + segment) > maxBytes) break;
    result += segment;
  }
  return result;
}

/**
 * A safe display and download name: NFC (macOS sends NFD, where "ガ" is two characters), no folders,
 * control or bidi characters, nothing Windows reserves, at most `maxBytes` of UTF-8 with the extension
 * kept. Never empty.
 */
export function sanitizeFileName(name: string, maxBytes = DEFAULT_MAX_BYTES): string {
  const cleaned = lastPathPart(name.normalize('NFC'))
    .replace(INVISIBLE, '')
    .replace(WINDOWS_RESERVED_CHARACTERS, '_')
    .replace(/\s+/gu, ' ')
    // Leading dots hide a file on Unix; trailing dots and spaces are dropped by Windows.
    .replace(/^[. ]+|[. ]+$/g, '');
  if (cleaned === '') return FALLBACK_NAME;

  const { stem, extension } = splitExtension(cleaned);
  const firstPart = stem.split('.')[0] ?? stem;
  const safeStem = WINDOWS_RESERVED_NAMES.test(firstPart.trim()) ? `_${stem}` : stem;
  const shortStem = truncateToBytes(safeStem, maxBytes - byteLength(extension)).replace(/[. ]+$/, '');
  return `${shortStem || FALLBACK_NAME}${extension}`;
}

/** RFC 5987 value characters; encodeURIComponent leaves ' ( ) * as they are, which the RFC does not allow. */
function encodeRfc5987(text: string): string {
  return encodeURIComponent(text).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The ASCII-only `filename=` for clients that ignore `filename*`: non-ASCII runs become "_", and a
 * name with no ASCII letters or digits left becomes "file" plus its extension. (ISO-8859-1 is allowed
 * there, but proxies and old clients mangle it, so plain ASCII is the safe fallback.)
 */
function asciiFallback(name: string): string {
  const { stem, extension } = splitExtension(name);
  const ascii = (text: string) => text.replace(/[^\x20-\x7e]+/g, '_').replace(/["\\%]/g, '_');
  const asciiStem = ascii(stem);
  return `${/[a-z0-9]/i.test(asciiStem) ? asciiStem : FALLBACK_NAME}${ascii(extension)}`;
}

/**
 * A `Content-Disposition` value (RFC 6266) that always downloads: files are never rendered inline from
 * our origin, whatever they claim to be.
 */
export function contentDisposition(name: string): string {
  const safe = sanitizeFileName(name);
  return `attachment; filename="${asciiFallback(safe)}"; filename*=UTF-8''${encodeRfc5987(safe)}`;
}
