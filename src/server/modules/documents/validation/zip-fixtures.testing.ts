import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Writes ZIP archives for tests, byte by byte, because the hostile ones (traversal names, symlinks,
 * lying sizes, overlapping entries) are exactly what real zip tools refuse to produce.
 */

export type ZipFixtureEntry = {
  name: string | Uint8Array;
  data?: Uint8Array;
  deflate?: boolean;
  /** Sets general purpose bit 11 (the name is UTF-8). Default true for string names. */
  utf8?: boolean;
  /** Unix mode in the external attributes, e.g. 0o120777 for a symlink. */
  unixMode?: number;
  /** Marks the entry encrypted (bit 0) and adds the 12-byte header; the data is not actually encrypted. */
  encrypted?: boolean;
  /** Declares this uncompressed size instead of the real one. */
  declaredSize?: number;
  /** Points this entry's directory record at the local header of entry `index` (an overlap). */
  sameDataAs?: number;
};

type Written = { header: Buffer; offset: number; compressed: number; size: number; crc: number };

function local(entry: ZipFixtureEntry): { bytes: Buffer; written: Omit<Written, 'offset' | 'header'> } {
  const name = typeof entry.name === 'string' ? Buffer.from(entry.name) : Buffer.from(entry.name);
  const data = Buffer.from(entry.data ?? new Uint8Array());
  const packed = entry.deflate ? deflateRawSync(data) : data;
  // Traditional encryption prefixes a 12-byte header, which readers count in the compressed size.
  const body = entry.encrypted ? Buffer.concat([Buffer.alloc(12), packed]) : packed;
  const size = entry.declaredSize ?? data.length;
  const utf8 = entry.utf8 ?? typeof entry.name === 'string';
  const flags = (utf8 ? 0x800 : 0) | (entry.encrypted ? 1 : 0);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(flags, 6);
  header.writeUInt16LE(entry.deflate ? 8 : 0, 8);
  header.writeUInt32LE(crc32(data), 14);
  header.writeUInt32LE(body.length, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  return {
    bytes: Buffer.concat([header, name, body]),
    written: { compressed: body.length, size, crc: crc32(data) },
  };
}

function central(entry: ZipFixtureEntry, written: Written): Buffer {
  const name = typeof entry.name === 'string' ? Buffer.from(entry.name) : Buffer.from(entry.name);
  const record = Buffer.alloc(46);
  record.writeUInt32LE(0x02014b50, 0);
  record.writeUInt16LE(entry.unixMode === undefined ? 20 : (3 << 8) | 20, 4);
  record.writeUInt16LE(20, 6);
  record.writeUInt16LE(written.header.readUInt16LE(6), 8);
  record.writeUInt16LE(written.header.readUInt16LE(8), 10);
  record.writeUInt32LE(written.crc, 16);
  record.writeUInt32LE(written.compressed, 20);
  record.writeUInt32LE(written.size, 24);
  record.writeUInt16LE(name.length, 28);
  record.writeUInt32LE(((entry.unixMode ?? 0) << 16) >>> 0, 38);
  record.writeUInt32LE(written.offset, 42);
  return Buffer.concat([record, name]);
}

export function buildZip(entries: readonly ZipFixtureEntry[]): Buffer {
  const parts: Buffer[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const shared = entry.sameDataAs === undefined ? undefined : written[entry.sameDataAs];
    if (shared) {
      written.push(shared);
      continue;
    }
    const { bytes, written: info } = local(entry);
    written.push({ ...info, offset, header: bytes.subarray(0, 30) });
    parts.push(bytes);
    offset += bytes.length;
  }
  const directory = Buffer.concat(
    entries.flatMap((entry, index) => {
      const info = written[index];
      return info ? [central(entry, info)] : [];
    }),
  );
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** Every file under `folder` (with its sub-folders as directory entries), deflated, names '/'-separated. */
export function zipEntriesOfFolder(folder: string, prefix = ''): ZipFixtureEntry[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name): ZipFixtureEntry[] => {
      const full = path.join(folder, name);
      const relative = `${prefix}${name}`;
      if (statSync(full).isDirectory()) {
        return [{ name: `${relative}/` }, ...zipEntriesOfFolder(full, `${relative}/`)];
      }
      return [{ name: relative, data: readFileSync(full), deflate: true }];
    });
}
