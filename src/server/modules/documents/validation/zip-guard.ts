import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { decodeEntryName, isUnsafeEntryName } from './zip-entry-name.js';

/**
 * Inspects an uploaded ZIP (a patient's zipped imaging CD) from its central directory, without
 * extracting anything to disk. Everything that can be judged from the directory — names, links,
 * encryption, counts, sizes, ratios, overlapping entries — is judged before a single byte is inflated;
 * entries are then streamed to the caller with yauzl checking that no entry inflates past its declared
 * size, so the declared sizes that passed the limits are the real ones.
 */

export type ZipLimits = {
  /** A CT series alone can hold a thousand slices; a CD with several studies, many thousands. */
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxTotalUncompressedBytes: number;
  /** Uncompressed ÷ compressed per entry; real DICOM compresses a few times, a bomb about a thousand. */
  maxCompressionRatio: number;
  /** Smaller entries are not held to the ratio: a tiny file of padding compresses well and harms no one. */
  ratioCheckMinBytes: number;
  /**
   * The central directory (names, extra fields, comments): 20 000 entries of a real CD take a few MB. A
   * larger one only makes every later read of the archive (thumbnails) cost more passes.
   */
  maxDirectoryBytes: number;
};

/** The central directory's fixed part per entry, before its name, extra field and comment. */
const DIRECTORY_RECORD_BYTES = 46;

export const defaultZipLimits: ZipLimits = {
  maxEntries: 20_000,
  maxTotalUncompressedBytes: 4 * 1024 ** 3, // a full DVD
  maxCompressionRatio: 100,
  ratioCheckMinBytes: 1024 ** 2,
  maxDirectoryBytes: 16 * 1024 ** 2,
};

export type ZipRefusal =
  | 'zip_unreadable'
  | 'zip_unsafe_entry'
  | 'zip_encrypted'
  | 'zip_too_many_entries'
  | 'zip_too_large'
  | 'zip_bomb';

export type ZipEntryInfo = {
  /** Decoded name, '/'-separated, as the archive gives it (already checked to be safe). */
  name: string;
  isDirectory: boolean;
  compressedBytes: number;
  uncompressedBytes: number;
};

export type ZipInspection =
  | { ok: true; entries: ZipEntryInfo[]; totalUncompressedBytes: number }
  | { ok: false; reason: ZipRefusal; entryName: string | null };

/** Called once per file entry, in directory order; `open` streams its inflated bytes. */
export type ZipEntryVisitor = (entry: ZipEntryInfo, open: () => Promise<Readable>) => Promise<void>;

type Checked = { entry: Entry; info: ZipEntryInfo };
type Refused = Extract<ZipInspection, { ok: false }>;

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const LOCAL_HEADER_MIN_BYTES = 30;

const refuse = (reason: ZipRefusal, entryName: string | null = null): Refused => ({
  ok: false,
  reason,
  entryName,
});

/** Symlinks, devices and FIFOs (Unix mode in the high 16 bits) have no place in a folder of images. */
function isSpecialFile(entry: Entry): boolean {
  const type = (entry.externalFileAttributes >>> 16) & S_IFMT;
  return type !== 0 && type !== S_IFREG && type !== S_IFDIR;
}

function checkEntry(entry: Entry, info: ZipEntryInfo, limits: ZipLimits): Refused | null {
  if (isUnsafeEntryName(info.name) || isSpecialFile(entry)) return refuse('zip_unsafe_entry', info.name);
  // Encrypted content cannot be classified or scanned for malware.
  if (entry.isEncrypted()) return refuse('zip_encrypted', info.name);
  if (info.isDirectory) return null;
  const ratio = info.uncompressedBytes / Math.max(info.compressedBytes, 1);
  if (info.uncompressedBytes >= limits.ratioCheckMinBytes && ratio > limits.maxCompressionRatio) {
    return refuse('zip_bomb', info.name);
  }
  return null;
}

/**
 * Entries whose data overlap reuse the same compressed bytes many times over (the "non-recursive zip
 * bomb"); in an honest archive each entry's data ends before the next local header starts.
 */
function overlappingEntry(checked: readonly Checked[]): string | null {
  const byOffset = [...checked].sort(
    (a, b) => a.entry.relativeOffsetOfLocalHeader - b.entry.relativeOffsetOfLocalHeader,
  );
  for (let index = 1; index < byOffset.length; index += 1) {
    const previous = byOffset[index - 1];
    const current = byOffset[index];
    if (!previous || !current) continue;
    const end =
      previous.entry.relativeOffsetOfLocalHeader + LOCAL_HEADER_MIN_BYTES + previous.entry.compressedSize;
    if (end > current.entry.relativeOffsetOfLocalHeader) return current.info.name;
  }
  return null;
}

async function readDirectory(zip: ZipFile, limits: ZipLimits): Promise<Checked[] | Refused> {
  if (zip.entryCount > limits.maxEntries) return refuse('zip_too_many_entries');
  const checked: Checked[] = [];
  let total = 0;
  let directoryBytes = 0;
  for await (const entry of zip.eachEntry()) {
    directoryBytes +=
      DIRECTORY_RECORD_BYTES + entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength;
    // Said as "too many files": a directory this large means too many or absurdly long entries.
    if (directoryBytes > limits.maxDirectoryBytes) return refuse('zip_too_many_entries');
    const name = decodeEntryName(entry);
    const info: ZipEntryInfo = {
      name,
      isDirectory: name.endsWith('/'),
      compressedBytes: entry.compressedSize,
      uncompressedBytes: entry.uncompressedSize,
    };
    const refusal = checkEntry(entry, info, limits);
    if (refusal) return refusal;
    total += info.uncompressedBytes;
    if (total > limits.maxTotalUncompressedBytes) return refuse('zip_too_large', name);
    checked.push({ entry, info });
  }
  const overlap = overlappingEntry(checked);
  return overlap === null ? checked : refuse('zip_bomb', overlap);
}

/** yauzl reports an entry that inflates past its declared size as "too many bytes in the stream". */
function refusalOfStreamError(error: Error, entryName: string): Refused {
  return refuse(/too many bytes/.test(error.message) ? 'zip_bomb' : 'zip_unreadable', entryName);
}

async function visitEntries(zip: ZipFile, checked: readonly Checked[], visit: ZipEntryVisitor) {
  for (const { entry, info } of checked) {
    if (info.isDirectory) continue;
    // Failures of the archive's own bytes are recorded here: they are a verdict on the upload, while
    // any other error the visitor throws is the caller's and propagates.
    const failure: { error: Error | null } = { error: null };
    const open = async (): Promise<Readable> => {
      try {
        const stream = await zip.openReadStreamPromise(entry);
        stream.on('error', (error: Error) => {
          failure.error ??= error;
        });
        return stream;
      } catch (error) {
        failure.error = error instanceof Error ? error : new Error(String(error));
        throw error;
      }
    };
    try {
      await visit(info, open);
    } catch (error) {
      if (!failure.error) throw error;
    }
    if (failure.error) return refusalOfStreamError(failure.error, info.name);
  }
  return null;
}

/**
 * Judges the ZIP at `path` and lists its entries; with `onEntry`, also streams each file entry to it.
 * Limits not given fall back to {@link defaultZipLimits}.
 */
export async function inspectZip(
  path: string,
  options: { limits?: Partial<ZipLimits>; onEntry?: ZipEntryVisitor } = {},
): Promise<ZipInspection> {
  const limits = { ...defaultZipLimits, ...options.limits };
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false });
  } catch {
    return refuse('zip_unreadable');
  }
  try {
    let checked: Checked[] | Refused;
    try {
      checked = await readDirectory(zip, limits);
    } catch {
      return refuse('zip_unreadable');
    }
    if (!Array.isArray(checked)) return checked;
    if (options.onEntry) {
      const refusal = await visitEntries(zip, checked, options.onEntry);
      if (refusal) return refusal;
    }
    const entries = checked.map(({ info }) => info);
    const totalUncompressedBytes = entries.reduce((sum, entry) => sum + entry.uncompressedBytes, 0);
    return { ok: true, entries, totalUncompressedBytes };
  } finally {
    zip.close();
  }
}
