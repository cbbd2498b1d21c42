import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import yauzl, { type Entry } from 'yauzl';
import { decodeEntryName } from '../validation/zip-entry-name.js';
import { defaultZipLimits, type ZipLimits } from '../validation/zip-guard.js';

/**
 * Reads one entry of a zipped imaging CD stored encrypted, with no plaintext copy on disk and memory
 * bounded by the entry. The stored file decrypts only as a stream, so yauzl reads the archive through
 * ranges cut from fresh decrypting streams: one pass over the whole archive keeps its end (the central
 * directory) and checks the encryption's tag; one more, up to the entry, reads its header and, for
 * an entry of up to a megabyte (a typical slice), its data too.
 */

/** Opens a fresh stream of the archive's plaintext, from its first byte. */
export type PlaintextOpener = () => Promise<Readable>;

// The central directory of any CD the upload accepted (zip-guard's limit), and the whole of a small CD,
// which then decrypts once.
const MAX_DIRECTORY_BYTES = defaultZipLimits.maxDirectoryBytes;
// A small read (a local header) brings this much with it: the entry's data usually follows.
const WINDOW_BYTES = 1024 ** 2;
const SMALL_READ_BYTES = 1024;

type Cached = { start: number; bytes: Buffer };

/** A failure of the stored file (I/O, a changed byte): worth retrying, unlike a verdict on the archive. */
class StoredFileError extends Error {}

/** The plaintext bytes [start, end); the stream is left (and decryption stops) once `end` is reached. */
async function* plaintextRange(open: PlaintextOpener, start: number, end: number): AsyncGenerator<Buffer> {
  const source = await open();
  const chunks = (source as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  let position = 0;
  try {
    while (position < end) {
      let next: IteratorResult<Buffer>;
      try {
        next = await chunks.next();
      } catch (error) {
        throw new StoredFileError('could not read the stored archive', { cause: error });
      }
      if (next.done) return;
      const chunk = next.value;
      const from = Math.max(0, start - position);
      const to = Math.min(chunk.length, end - position);
      position += chunk.length;
      if (to > from) yield chunk.subarray(from, to);
    }
  } finally {
    source.destroy();
  }
}

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

/** The last `bytes` of the plaintext, read to its very end so that decryption checks the file's tag. */
async function tailOf(open: PlaintextOpener, bytes: number): Promise<Buffer> {
  const kept: Buffer[] = [];
  let keptBytes = 0;
  for await (const chunk of (await open()) as AsyncIterable<Buffer>) {
    kept.push(chunk);
    keptBytes += chunk.length;
    while (kept[0] && keptBytes - kept[0].length >= bytes) keptBytes -= kept.shift()?.length ?? 0;
  }
  const tail = Buffer.concat(kept);
  return tail.subarray(Math.max(0, tail.length - bytes));
}

class PlaintextReader extends yauzl.RandomAccessReader {
  private window: Cached | null = null;

  constructor(
    private readonly open: PlaintextOpener,
    private readonly size: number,
    private readonly tail: Cached,
  ) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const cached = [this.tail, this.window].find(
      (one) => one && start >= one.start && end <= one.start + one.bytes.length,
    );
    if (cached) return Readable.from([cached.bytes.subarray(start - cached.start, end - cached.start)]);
    if (end - start > SMALL_READ_BYTES) return Readable.from(plaintextRange(this.open, start, end));
    const windowed = async function* (reader: PlaintextReader): AsyncGenerator<Buffer> {
      const windowEnd = Math.min(reader.size, start + WINDOW_BYTES);
      const bytes = await collect(plaintextRange(reader.open, start, windowEnd));
      reader.window = { start, bytes };
      yield bytes.subarray(0, end - start);
    };
    return Readable.from(windowed(this));
  }
}

/** The checks of the upload's zip guard that concern one entry: no encryption, no bomb, not too large. */
function isReadable(entry: Entry, limits: ZipLimits, maxEntryBytes: number): boolean {
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  const bomb = entry.uncompressedSize >= limits.ratioCheckMinBytes && ratio > limits.maxCompressionRatio;
  return !entry.isEncrypted() && !bomb && entry.uncompressedSize <= maxEntryBytes;
}

/**
 * The bytes of the entry named `entryName` (as the upload's zip guard decoded it) of the archive of
 * `size` bytes; null if it is not there or is refused by the limits. yauzl checks on the way that the
 * entry inflates to exactly its declared size. Errors of the stored file (I/O, a changed byte) propagate.
 */
export async function readStoredZipEntry(
  open: PlaintextOpener,
  size: number,
  entryName: string,
  options: {
    maxEntryBytes: number;
    limits?: ZipLimits;
    /** How much of the archive's end the first pass keeps (default 16 MiB: a small CD, whole). */
    tailBytes?: number;
  },
): Promise<Buffer | null> {
  const limits = options.limits ?? defaultZipLimits;
  const tail = await tailOf(open, Math.min(size, options.tailBytes ?? MAX_DIRECTORY_BYTES));
  const reader = new PlaintextReader(open, size, { start: size - tail.length, bytes: tail });
  try {
    return await findEntry(reader, size, entryName, limits, options.maxEntryBytes);
  } catch (error) {
    if (error instanceof StoredFileError) throw error.cause;
    // The archive passed the zip guard at upload; one that no longer reads has no preview, for good.
    return null;
  }
}

async function findEntry(
  reader: PlaintextReader,
  size: number,
  entryName: string,
  limits: ZipLimits,
  maxEntryBytes: number,
): Promise<Buffer | null> {
  const zip = await yauzl.fromRandomAccessReaderPromise(reader, size, {
    lazyEntries: true,
    autoClose: false,
    decodeStrings: false,
  });
  try {
    if (zip.entryCount > limits.maxEntries) return null;
    for await (const entry of zip.eachEntry()) {
      if (decodeEntryName(entry) !== entryName) continue;
      if (!isReadable(entry, limits, maxEntryBytes)) return null;
      return await buffer(await zip.openReadStreamPromise(entry));
    }
    return null;
  } finally {
    zip.close();
  }
}
