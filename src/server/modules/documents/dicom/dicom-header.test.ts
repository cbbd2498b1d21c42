import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bytesSource,
  readDicomFile,
  readDicomFileHeader,
  readDicomFileHeaderAt,
  withStreamSource,
  type RandomAccessSource,
} from './dicom-reader.js';

/**
 * The header reader must answer exactly as the whole-file reader does, while reading only the header
 * of a file however large its pixel data.
 */

const fixtures = path.resolve(import.meta.dirname, '../../../../../../shared/fixtures/dicom');

function filesUnder(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const full = path.join(folder, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

/** A source that remembers how many bytes were asked of it, and the largest single read. */
function counting(source: RandomAccessSource) {
  const counts = { bytes: 0, largest: 0 };
  const counted: RandomAccessSource = {
    size: source.size,
    read: async (offset, length) => {
      const bytes = await source.read(offset, length);
      counts.bytes += bytes.length;
      counts.largest = Math.max(counts.largest, bytes.length);
      return bytes;
    },
  };
  return { counts, source: counted };
}

/** Reads a file by its own open per read: the test's independent check on the reader's file source. */
async function fileBytesSource(file: string): Promise<RandomAccessSource> {
  return {
    size: (await fs.stat(file)).size,
    read: async (offset, length) => {
      const handle = await fs.open(file, 'r');
      try {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
  };
}

const explicitHeader = (group: number, element: number, vr: string, length: number): Uint8Array => {
  const long = ['OB', 'OW', 'SQ', 'UN', 'UT'].includes(vr);
  const header = Buffer.alloc(long ? 12 : 8);
  header.writeUInt16LE(group, 0);
  header.writeUInt16LE(element, 2);
  header.write(vr, 4, 'latin1');
  if (long) header.writeUInt32LE(length, 8);
  else header.writeUInt16LE(length, 6);
  return header;
};

/** Offset of the Pixel Data element of an explicit VR little endian file. */
function pixelDataOffset(bytes: Uint8Array): number {
  const at = Buffer.from(bytes).lastIndexOf(Buffer.from([0xe0, 0x7f, 0x10, 0x00]));
  if (at < 0) throw new Error('no pixel data');
  return at;
}

describe('readDicomFileHeader: every fixture reads as readDicomFile reads it', () => {
  it.each(filesUnder(fixtures).map((file) => [path.relative(fixtures, file)]))('%s', async (name) => {
    const file = path.join(fixtures, name);
    const bytes = new Uint8Array(readFileSync(file));
    const expected = readDicomFile(bytes);
    expect(await readDicomFileHeaderAt(file)).toEqual(expected);
    expect(await readDicomFileHeader(bytesSource(bytes))).toEqual(expected);
    // As a decrypting reader gives it: a stream from the start, in small uneven chunks.
    const chunked = () =>
      Readable.from(
        Array.from({ length: Math.ceil(bytes.length / 333) }, (_, i) =>
          Buffer.from(bytes.subarray(i * 333, (i + 1) * 333)),
        ),
      );
    expect(await withStreamSource(bytes.length, chunked, (source) => readDicomFileHeader(source))).toEqual(
      expected,
    );
  });

  it('reads the Japanese names and the DICOMDIR records, not only their kinds', async () => {
    const jap = await readDicomFileHeaderAt(path.join(fixtures, 'charset/chrH31.dcm'));
    expect(jap).toMatchObject({ kind: 'instance', patient: { name: { ideographic: { family: '山田' } } } });
    const dir = await readDicomFileHeaderAt(path.join(fixtures, 'cd-dicomdir/DICOMDIR'));
    expect(dir.kind === 'dicomdir' && dir.records.length).toBeGreaterThan(30);
  });
});

describe('readDicomFileHeader: a 2 GiB image, read with bounded memory', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dicom-header-'));
  });
  afterAll(() => fs.rm(folder, { recursive: true, force: true }));

  /** Writes `parts` at their offsets into a sparse file of `size` bytes: nothing else is written. */
  async function sparseFile(name: string, size: number, parts: [number, Uint8Array][]): Promise<string> {
    const file = path.join(folder, name);
    const handle = await fs.open(file, 'w');
    try {
      await handle.truncate(size);
      for (const [at, bytes] of parts) await handle.write(bytes, 0, bytes.length, at);
    } finally {
      await handle.close();
    }
    return file;
  }

  it('native pixels of 2 GiB, and trailing padding after them', async () => {
    const ct = new Uint8Array(readFileSync(path.join(fixtures, 'single/CT_small.dcm')));
    const header = ct.subarray(0, pixelDataOffset(ct));
    const pixelBytes = 2 ** 31;
    const pixels = explicitHeader(0x7fe0, 0x0010, 'OW', pixelBytes);
    const paddingAt = header.length + pixels.length + pixelBytes;
    const padding = explicitHeader(0xfffc, 0xfffc, 'OB', 0);
    const file = await sparseFile('large.dcm', paddingAt + padding.length, [
      [0, header],
      [header.length, pixels],
      [paddingAt, padding],
    ]);

    const before = process.memoryUsage().arrayBuffers;
    const { counts, source } = counting(await fileBytesSource(file));
    const result = await readDicomFileHeader(source);
    expect(result).toEqual({ ...readDicomFile(ct), hasPixelData: true });
    expect(counts.largest).toBeLessThanOrEqual(64 * 1024);
    expect(counts.bytes).toBeLessThan(256 * 1024);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 ** 2);
    // The path convenience reads the same file.
    expect(await readDicomFileHeaderAt(file)).toEqual(result);
  });

  it('as a stream from the start (a decrypting reader): one stream suffices, the walk moves forward', async () => {
    const ct = new Uint8Array(readFileSync(path.join(fixtures, 'single/CT_small.dcm')));
    // A long text value in the header, across several of the reader's 64 KiB windows.
    const text = Buffer.alloc(200 * 1024, 'x');
    const header = Buffer.concat([
      ct.subarray(0, pixelDataOffset(ct)),
      explicitHeader(0x0040, 0xa160, 'UT', text.length),
      text,
    ]);
    const pixelBytes = 256 * 1024 ** 2;
    const pixels = explicitHeader(0x7fe0, 0x0010, 'OW', pixelBytes);
    const paddingAt = header.length + pixels.length + pixelBytes;
    const padding = explicitHeader(0xfffc, 0xfffc, 'OB', 0);
    const size = paddingAt + padding.length;
    const file = await sparseFile('streamed.dcm', size, [
      [0, header],
      [header.length, pixels],
      [paddingAt, padding],
    ]);
    let opens = 0;
    const open = () => {
      opens += 1;
      return createReadStream(file, { highWaterMark: 1024 ** 2 });
    };
    const result = await withStreamSource(size, open, (source) => readDicomFileHeader(source));
    expect(result).toEqual({ ...readDicomFile(ct), hasPixelData: true });
    expect(opens).toBe(1);
  });

  it('encapsulated pixels: two fragments of 1 GiB are stepped over by their headers', async () => {
    const j2k = new Uint8Array(readFileSync(path.join(fixtures, 'single/JPEG2000.dcm')));
    const header = j2k.subarray(0, pixelDataOffset(j2k));
    const fragment = 2 ** 30;
    const item = (length: number) => {
      const bytes = Buffer.alloc(8);
      bytes.writeUInt16LE(0xfffe, 0);
      bytes.writeUInt16LE(0xe000, 2);
      bytes.writeUInt32LE(length, 4);
      return bytes;
    };
    const end = Buffer.from([0xfe, 0xff, 0xdd, 0xe0, 0, 0, 0, 0]);
    const parts: [number, Uint8Array][] = [
      [0, header],
      [header.length, explicitHeader(0x7fe0, 0x0010, 'OB', 0xffffffff)],
      [header.length + 12, item(0)], // empty Basic Offset Table
    ];
    let at = header.length + 20;
    for (let index = 0; index < 2; index++) {
      parts.push([at, item(fragment)]);
      at += 8 + fragment;
    }
    parts.push([at, end]);
    const file = await sparseFile('large-j2k.dcm', at + end.length, parts);

    expect(await readDicomFileHeaderAt(file)).toEqual(readDicomFile(j2k));
    const { counts, source } = counting(await fileBytesSource(file));
    expect(await readDicomFileHeader(source)).toEqual(readDicomFile(j2k));
    expect(counts.bytes).toBeLessThan(256 * 1024); // the header, the fragments' 8-byte item headers
    // Cut inside the last fragment: the whole-file reader would say truncated, and so does the header.
    await fs.truncate(file, at - 100);
    expect(await readDicomFileHeaderAt(file)).toEqual({ kind: 'invalid', reason: 'truncated' });
  });

  it('steps over any large binary value of the data set, not only pixel data', async () => {
    const ct = new Uint8Array(readFileSync(path.join(fixtures, 'single/CT_small.dcm')));
    const at = pixelDataOffset(ct);
    const privateBlob = new Uint8Array(1024 ** 2).fill(7);
    const bytes = new Uint8Array(
      Buffer.concat([
        ct.subarray(0, at),
        explicitHeader(0x0029, 0x1010, 'OB', privateBlob.length),
        privateBlob,
        ct.subarray(at),
      ]),
    );
    const { counts, source } = counting(bytesSource(bytes));
    expect(await readDicomFileHeader(source)).toEqual(readDicomFile(bytes));
    // The 64 KiB lead holds the blob's start; the rest of it is never read.
    expect(counts.bytes).toBeLessThan(200 * 1024);
  });

  it('a header larger than maxHeaderBytes is refused as unreadable', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(fixtures, 'cd-dicomdir/DICOMDIR')));
    expect(await readDicomFileHeader(bytesSource(bytes), { maxHeaderBytes: 4096 })).toEqual({
      kind: 'invalid',
      reason: 'unreadable',
    });
    expect((await readDicomFileHeader(bytesSource(bytes), { maxHeaderBytes: 16384 })).kind).toBe('dicomdir');
  });
});

describe('readDicomFileHeader: what is not a readable DICOM file', () => {
  it.each([
    ['empty', new Uint8Array(0), 'not_dicom'],
    ['text', new TextEncoder().encode('%PDF-1.7 not an image at all, just some text'), 'not_dicom'],
    [
      'preamble and DICM only',
      Uint8Array.from({ length: 134 }, (_, i) => 'DICM'.charCodeAt(i - 128) || 0),
      'truncated',
    ],
  ])('%s → %s', async (_case, bytes, reason) => {
    expect(await readDicomFileHeader(bytesSource(bytes))).toEqual({ kind: 'invalid', reason });
    expect(readDicomFile(bytes)).toEqual({ kind: 'invalid', reason });
  });

  it('a deflated data set is read whole when small, refused beyond maxHeaderBytes', async () => {
    const ct = new Uint8Array(readFileSync(path.join(fixtures, 'single/CT_small.dcm')));
    const deflated = deflatedCopy(ct, deflateRawSync);
    const expected = readDicomFile(deflated);
    expect(expected).toMatchObject({ kind: 'instance', transferSyntaxUid: '1.2.840.10008.1.2.1.99' });
    expect(await readDicomFileHeader(bytesSource(deflated))).toEqual(expected);
    expect(await readDicomFileHeader(bytesSource(deflated), { maxHeaderBytes: 1024 })).toEqual({
      kind: 'invalid',
      reason: 'unreadable',
    });
    // Small enough to read, but inflating past the limit: refused too, memory stays bounded.
    const fits = deflated.length + 16;
    expect(fits).toBeLessThan(ct.length - 1024);
    expect(await readDicomFileHeader(bytesSource(deflated), { maxHeaderBytes: fits })).toEqual({
      kind: 'invalid',
      reason: 'unreadable',
    });
  });

  it('an error of the source itself propagates: it is no verdict on the file', async () => {
    const failing: RandomAccessSource = { size: 1000, read: () => Promise.reject(new Error('disk gone')) };
    await expect(readDicomFileHeader(failing)).rejects.toThrow('disk gone');
  });
});

/** CT_small with its data set deflated and the meta information saying so (and its length fixed). */
function deflatedCopy(ct: Uint8Array, deflate: (bytes: Uint8Array) => Buffer): Uint8Array {
  const file = Buffer.from(ct);
  const syntax = Buffer.from('1.2.840.10008.1.2.1\0');
  const syntaxAt = file.indexOf(syntax);
  const deflatedSyntax = Buffer.from('1.2.840.10008.1.2.1.99');
  // (0002,0000) group length: the bytes after it up to the data set.
  const groupLengthAt = 132 + 8;
  const datasetAt = groupLengthAt + 4 + file.readUInt32LE(groupLengthAt);
  const meta = Buffer.concat([
    file.subarray(0, syntaxAt - 2),
    Buffer.from([deflatedSyntax.length, 0]),
    deflatedSyntax,
    file.subarray(syntaxAt + syntax.length, datasetAt),
  ]);
  meta.writeUInt32LE(meta.length - (groupLengthAt + 4), groupLengthAt);
  return new Uint8Array(Buffer.concat([meta, deflate(file.subarray(datasetAt))]));
}
