import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { decrypting } from './encrypted-files.js';
import { masterKeyFrom, newMasterKeyBase64, startEncryption } from './envelope.js';
import { newSegmentedFile, sealedBytes, sealSegment, type SegmentKey } from './segmented-format.js';

const master = masterKeyFrom(newMasterKeyBase64());
const masters = new Map([[master.id, master]]);
const segmentBytes = 1000;

/** Seals `data` as a whole segmented file: the sealed records in order, and the last tag. */
function seal(key: SegmentKey, data: Buffer): { records: Buffer[]; lastTag: string } {
  const records: Buffer[] = [];
  let lastTag = '';
  for (let index = 0; index === 0 || index * segmentBytes < data.length; index += 1) {
    const start = index * segmentBytes;
    const isLast = start + segmentBytes >= data.length;
    const { ciphertext, tag } = sealSegment(key, index, data.subarray(start, start + segmentBytes), isLast);
    records.push(Buffer.concat([...ciphertext, tag]));
    lastTag = tag.toString('base64');
  }
  return { records, lastTag };
}

/** Reads `stored` back through the one decrypting reader, in chunks that do not align with records. */
function readBack(stored: Buffer, file: ReturnType<typeof newSegmentedFile>, lastTag: string) {
  const chunks = Array.from({ length: Math.ceil(stored.length / 333) }, (_, index) =>
    stored.subarray(index * 333, (index + 1) * 333),
  );
  return buffer(
    decrypting(masters, { encryption: file.encryption, authTag: lastTag }, Readable.from(chunks)),
  );
}

describe('segmented encryption format', () => {
  it.each([
    ['several segments and a short last one', 3 * segmentBytes + 17],
    ['an exact number of segments', 2 * segmentBytes],
    ['less than one segment', 5],
    ['an empty file', 0],
  ])('reads back %s byte for byte', async (_name, length) => {
    const file = newSegmentedFile(master, segmentBytes);
    const data = randomBytes(length);
    const { records, lastTag } = seal(file.key, data);
    const stored = Buffer.concat(records);
    expect(stored.length).toBe(length + 16 * records.length);
    if (length >= 32) expect(stored.includes(data.subarray(0, 32))).toBe(false);
    expect((await readBack(stored, file, lastTag)).equals(data)).toBe(true);
  });

  const damaged: [string, (records: Buffer[]) => Buffer[]][] = [
    ['a changed byte in a middle segment', (r) => r.map((x, i) => (i === 1 ? flipped(x, 10) : x))],
    [
      'a changed tag of the last segment',
      (r) => r.map((x, i) => (i === r.length - 1 ? flipped(x, x.length - 1) : x)),
    ],
    ['two segments swapped', (r) => [r[1], r[0], ...r.slice(2)].filter((x) => x !== undefined)],
    ['the last segment dropped (cut at a segment boundary)', (r) => r.slice(0, -1)],
    [
      'the file cut inside a segment',
      (r) => [...r.slice(0, -1), (r.at(-1) ?? Buffer.alloc(0)).subarray(0, 5)],
    ],
    ['a segment repeated', (r) => [r[0], ...r].filter((x) => x !== undefined)],
  ];
  it.each(damaged)('refuses %s', async (_name, damage) => {
    const file = newSegmentedFile(master, segmentBytes);
    const data = randomBytes(3 * segmentBytes + 40);
    const { records, lastTag } = seal(file.key, data);
    await expect(readBack(Buffer.concat(damage(records)), file, lastTag)).rejects.toThrow();
  });

  it('refuses segments of another file, even under the same data key', async () => {
    const file = newSegmentedFile(master, segmentBytes);
    const other = newSegmentedFile(master, segmentBytes);
    const { records, lastTag } = seal({ ...other.key, dataKey: file.key.dataKey }, randomBytes(2500));
    await expect(readBack(Buffer.concat(records), file, lastTag)).rejects.toThrow();
  });

  it('refuses a last segment sealed as not last, so a cut at a boundary cannot pass', () => {
    const file = newSegmentedFile(master, segmentBytes);
    expect(() => sealSegment(file.key, 0, Buffer.alloc(10), false)).toThrow();
    expect(sealedBytes(file.key)).toBe(segmentBytes + 16);
  });

  it('closes its source when the reader stops early (reading only the head)', async () => {
    const file = newSegmentedFile(master, segmentBytes);
    const { records, lastTag } = seal(file.key, randomBytes(500 * segmentBytes));
    let produced = 0;
    const source = Readable.from(
      (async function* () {
        for (const record of records) {
          produced += 1;
          yield record;
          await new Promise((resolve) => setImmediate(resolve));
        }
      })(),
    );
    const plaintext = decrypting(masters, { encryption: file.encryption, authTag: lastTag }, source);
    for await (const chunk of plaintext as AsyncIterable<Buffer>) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(source.destroyed).toBe(true);
    expect(produced).toBeLessThan(records.length);
  });

  it('still reads files stored in the single-GCM format (no `format`)', async () => {
    const { cipher, encryption } = startEncryption(master);
    const data = randomBytes(5000);
    const stored = Buffer.concat([cipher.update(data), cipher.final()]);
    const authTag = cipher.getAuthTag().toString('base64');
    expect(encryption.format).toBeUndefined();
    const back = await buffer(decrypting(masters, { encryption, authTag }, Readable.from([stored])));
    expect(back.equals(data)).toBe(true);
  });
});

function flipped(record: Buffer, at: number): Buffer {
  const copy = Buffer.from(record);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}
