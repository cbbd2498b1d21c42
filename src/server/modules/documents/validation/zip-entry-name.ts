import { crc32 } from 'node:zlib';

/**
 * Names inside a ZIP, decoded and judged. yauzl's own decoding is switched off because it silently
 * turns backslashes into slashes and reads unflagged names as CP437, which garbles the Shift_JIS names
 * that Japanese Windows ("送る → 圧縮フォルダー") writes without setting the UTF-8 flag.
 */

const UTF8_FLAG = 0x800;
const INFO_ZIP_UNICODE_PATH = 0x7075;

export type RawEntryName = {
  fileNameRaw: Buffer;
  generalPurposeBitFlag: number;
  extraFields: readonly { id: number; data: Buffer }[];
};

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The Info-ZIP Unicode Path extra field: a UTF-8 name, valid only while its CRC matches the raw name. */
function unicodePathOf(entry: RawEntryName): string | null {
  const field = entry.extraFields.find((extra) => extra.id === INFO_ZIP_UNICODE_PATH);
  if (!field || field.data.length < 5 || field.data[0] !== 1) return null;
  if (field.data.readUInt32LE(1) !== crc32(entry.fileNameRaw)) return null;
  return decodeStrict(field.data.subarray(5), 'utf-8');
}

export function decodeEntryName(entry: RawEntryName): string {
  if (entry.generalPurposeBitFlag & UTF8_FLAG) {
    return new TextDecoder('utf-8').decode(entry.fileNameRaw);
  }
  return (
    unicodePathOf(entry) ??
    decodeStrict(entry.fileNameRaw, 'utf-8') ??
    decodeStrict(entry.fileNameRaw, 'shift_jis') ??
    new TextDecoder('windows-1252').decode(entry.fileNameRaw)
  );
}

/**
 * Whether a name could point outside the folder it would be extracted to, or be read differently by
 * another tool: absolute paths, drive letters, backslashes (Windows tools treat them as separators),
 * components of only dots and spaces (Windows trims "... " to ".."), and control characters.
 * Nothing is extracted here, but the archive is stored and may be unpacked by staff later.
 */
export function isUnsafeEntryName(name: string): boolean {
  if (name.length === 0) return true;
  if (name.startsWith('/') || /^[a-z]:/i.test(name)) return true;
  if (name.includes('\\')) return true;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is searched for
  if (/[\u0000-\u001f\u007f]/.test(name)) return true;
  const parts = name.replace(/\/$/, '').split('/');
  return parts.some((part) => part.length === 0 || /^[. ]+$/.test(part) || part.includes(':'));
}
