import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { dicomFixture } from '../records/testing/document-test-kit.js';
import { buildZip, zipEntriesOfFolder, type ZipFixtureEntry } from '../validation/zip-fixtures.testing.js';
import { readStoredZipEntry } from './stored-zip-entry.js';

const CHUNK = 64 * 1024;
const MAX = 256 * 1024 ** 2;
// Only the directory and what follows it in the first pass, as for a CD larger than the kept tail.
const TAIL = 128 * 1024; // yauzl looks for the end record in the last 64 KiB

/** A stored archive as the store hands it out: a fresh stream per open, counted. */
function storedArchive(zip: Buffer) {
  const counts = { opens: 0, bytes: 0 };
  const open = () => {
    counts.opens += 1;
    const chunks = function* () {
      for (let at = 0; at < zip.length; at += CHUNK) {
        const chunk = zip.subarray(at, at + CHUNK);
        counts.bytes += chunk.length;
        yield chunk;
      }
    };
    return Promise.resolve(Readable.from(chunks()));
  };
  return { open, counts };
}

// Not all zeros: a 3 MiB slice of noise stored uncompressed, like an already compressed image.
const noise = Buffer.from(Array.from({ length: 3 * 1024 ** 2 }, (_, i) => (i * 2654435761) >>> 24));
const cd = zipEntriesOfFolder(dicomFixture('cd-dicomdir'));
const entries: ZipFixtureEntry[] = [
  ...cd,
  { name: 'BIG/NOISE', data: noise },
  { name: 'BIG/ZEROS', data: Buffer.alloc(2 * 1024 ** 2), deflate: true },
];
const zip = buildZip(entries);
const dataOf = (name: string) => entries.find((entry) => entry.name === name)?.data;

describe('readStoredZipEntry', () => {
  it('reads an image of the CD byte for byte in two passes: the directory, then its header and data', async () => {
    const { open, counts } = storedArchive(zip);
    const read = await readStoredZipEntry(open, zip.length, '98892001/CT5N/2693', {
      maxEntryBytes: MAX,
      tailBytes: TAIL,
    });
    expect(read).toEqual(Buffer.from(dataOf('98892001/CT5N/2693') ?? []));
    expect(counts.opens).toBe(2);
    // The second pass stops a window past the entry instead of decrypting the rest of the archive.
    expect(counts.bytes).toBeLessThan(zip.length + 1024 ** 2 + 2 * CHUNK);
  });

  it('streams a large entry in a range of its own', async () => {
    const { open, counts } = storedArchive(zip);
    const read = await readStoredZipEntry(open, zip.length, 'BIG/NOISE', {
      maxEntryBytes: MAX,
      tailBytes: TAIL,
    });
    // Buffer.equals: vitest compares megabytes byte by byte for many seconds.
    expect(read?.equals(noise)).toBe(true);
    expect(counts.opens).toBe(3);
  });

  it('an entry that is not there, or larger than allowed, is null', async () => {
    const { open } = storedArchive(zip);
    expect(
      await readStoredZipEntry(open, zip.length, 'NOT/THERE', { maxEntryBytes: MAX, tailBytes: TAIL }),
    ).toBeNull();
    expect(await readStoredZipEntry(open, zip.length, 'BIG/NOISE', { maxEntryBytes: 1024 ** 2 })).toBeNull();
  });

  it('holds entries to the zip guard: a bomb ratio, or an entry inflating past its declared size', async () => {
    const { open } = storedArchive(zip);
    expect(
      await readStoredZipEntry(open, zip.length, 'BIG/ZEROS', { maxEntryBytes: MAX, tailBytes: TAIL }),
    ).toBeNull();
    const lying = buildZip([{ name: 'IM0', data: Buffer.alloc(5000, 1), deflate: true, declaredSize: 100 }]);
    const stored = storedArchive(lying);
    expect(
      await readStoredZipEntry(stored.open, lying.length, 'IM0', { maxEntryBytes: MAX, tailBytes: TAIL }),
    ).toBeNull();
  });

  it('a failure of the stored file propagates, to be retried', async () => {
    const failing = () =>
      Promise.resolve(
        Readable.from(
          (function* () {
            yield zip.subarray(0, CHUNK);
            throw new Error('authentication tag mismatch');
          })(),
        ),
      );
    await expect(
      readStoredZipEntry(failing, zip.length, '98892001/CT5N/2693', { maxEntryBytes: MAX, tailBytes: TAIL }),
    ).rejects.toThrow('authentication tag mismatch');
  });

  it('an archive that no longer reads as a ZIP is null', async () => {
    const garbage = Buffer.from(readFileSync(dicomFixture('single/CT_small.dcm')));
    const { open } = storedArchive(garbage);
    expect(
      await readStoredZipEntry(open, garbage.length, 'IM0', { maxEntryBytes: MAX, tailBytes: TAIL }),
    ).toBeNull();
  });
});
