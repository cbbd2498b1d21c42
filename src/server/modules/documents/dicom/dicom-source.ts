import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';

/**
 * Random access to a file's bytes, so a DICOM header can be read without holding the file: a file on
 * disk, a decrypting reader, or bytes already in memory.
 */
export interface RandomAccessSource {
  /** Total size in bytes. */
  readonly size: number;
  /** The bytes at [offset, offset + length); fewer only where the source ends. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A failure of the source itself (I/O, decryption): the caller's problem, never a verdict on the file. */
export class SourceReadError extends Error {}

export function bytesSource(bytes: Uint8Array): RandomAccessSource {
  return {
    size: bytes.length,
    read: (offset, length) =>
      Promise.resolve(bytes.subarray(offset, Math.min(bytes.length, offset + Math.max(0, length)))),
  };
}

/** Opens the file at `path` as a source for the duration of `use`. */
export async function withFileSource<T>(
  path: string,
  use: (source: RandomAccessSource) => Promise<T>,
): Promise<T> {
  const handle = await fs.open(path, 'r');
  try {
    const { size } = await handle.stat();
    const read = async (offset: number, length: number): Promise<Uint8Array> => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      let done = 0;
      while (done < buffer.length) {
        const { bytesRead } = await handle.read(buffer, done, buffer.length - done, offset + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return buffer.subarray(0, done);
    };
    return await use({ size, read });
  } finally {
    await handle.close();
  }
}

/**
 * A source over a stream that can only be read from its start (a decrypting reader). A read ahead of
 * the last one continues the open stream, skipping what lies between; a read behind it starts a new
 * stream. The header reader reads forward, so a file is decrypted about once and never held.
 */
class ForwardStreamSource implements RandomAccessSource {
  private stream: Readable | null = null;
  private chunks: AsyncIterator<Buffer> | null = null;
  /** Offset of `pending`'s first byte: the next byte the stream gives. */
  private position = 0;
  private pending: Buffer = Buffer.alloc(0);

  constructor(
    readonly size: number,
    private readonly open: () => Readable | Promise<Readable>,
  ) {}

  async read(offset: number, length: number): Promise<Uint8Array> {
    if (!this.chunks || offset < this.position) await this.restart();
    const wanted = Math.max(0, Math.min(length, this.size - offset));
    const parts: Buffer[] = [];
    let collected = 0;
    while (collected < wanted) {
      const chunk = await this.nextChunk();
      if (!chunk) break;
      // A chunk wholly before `offset` is skipped: from = to = its length.
      const from = Math.min(chunk.length, Math.max(0, offset - this.position));
      const to = Math.min(chunk.length, from + wanted - collected);
      this.position += to;
      this.pending = chunk.subarray(to);
      if (to > from) {
        parts.push(chunk.subarray(from, to));
        collected += to - from;
      }
    }
    return parts.length === 1 && parts[0] ? parts[0] : Buffer.concat(parts);
  }

  private async nextChunk(): Promise<Buffer | null> {
    if (this.pending.length > 0) return this.pending;
    const next = await this.chunks?.next();
    return next && !next.done ? next.value : null;
  }

  private async restart(): Promise<void> {
    this.close();
    this.stream = await this.open();
    this.chunks = (this.stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    this.position = 0;
    this.pending = Buffer.alloc(0);
  }

  close(): void {
    this.stream?.destroy();
    this.stream = null;
    this.chunks = null;
  }
}

/**
 * A source over the plaintext stream `open` gives from the file's first byte (e.g. a decrypting
 * reader), of `size` bytes, for the duration of `use`.
 */
export async function withStreamSource<T>(
  size: number,
  open: () => Readable | Promise<Readable>,
  use: (source: RandomAccessSource) => Promise<T>,
): Promise<T> {
  const source = new ForwardStreamSource(size, open);
  try {
    return await use(source);
  } finally {
    source.close();
  }
}

const WINDOW_BYTES = 64 * 1024;

/**
 * Reads a source through a window: walking the thousands of element headers of a DICOMDIR or a long
 * sequence costs a few reads, not one per header.
 */
export class SourceCursor {
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;

  /** `start`, if given, is the file's first bytes, already read. */
  constructor(
    private readonly source: RandomAccessSource,
    start?: Uint8Array,
  ) {
    if (start) this.window = start;
  }

  get size(): number {
    return this.source.size;
  }

  /**
   * The bytes at [offset, offset + length), fewer where the source ends. `readAhead` false is for a
   * lone header far from the next one (the fragments of a long cine loop): no window is filled.
   */
  async bytes(offset: number, length: number, readAhead = true): Promise<Uint8Array> {
    const end = Math.min(offset + length, this.size);
    const windowEnd = this.windowStart + this.window.length;
    if (offset >= this.windowStart && end <= windowEnd) {
      return this.window.subarray(offset - this.windowStart, end - this.windowStart);
    }
    if (offset >= this.windowStart && offset < windowEnd) {
      // Starts in the window: only the rest is read, forward, as a stream source can without restarting.
      const known = this.window.subarray(offset - this.windowStart);
      const rest = await this.bytes(windowEnd, end - windowEnd, readAhead);
      const joined = new Uint8Array(known.length + rest.length);
      joined.set(known);
      joined.set(rest, known.length);
      return joined;
    }
    const fetched = await this.read(offset, readAhead ? Math.max(length, WINDOW_BYTES) : length);
    if (readAhead) {
      this.window = fetched;
      this.windowStart = offset;
    }
    return fetched.subarray(0, Math.max(0, end - offset));
  }

  /** A direct read, bypassing the window. */
  async read(offset: number, length: number): Promise<Uint8Array> {
    try {
      return await this.source.read(offset, Math.max(0, Math.min(length, this.size - offset)));
    } catch (error) {
      throw new SourceReadError('could not read the source', { cause: error });
    }
  }
}
