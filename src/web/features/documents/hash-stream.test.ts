import { createHash } from 'node:crypto';
import { createSHA256 } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { sha256OfBlob } from './hash-stream.js';

function bytes(length: number): Uint8Array<ArrayBuffer> {
  const data = new Uint8Array(length);
  for (let index = 0; index < length; index += 1) data[index] = (index * 31 + 7) % 251;
  return data;
}

const expected = (data: Uint8Array<ArrayBuffer>) => createHash('sha256').update(data).digest('hex');

describe('sha256OfBlob', () => {
  it('gives the same hash as hashing the whole file at once, across slice boundaries', async () => {
    const hasher = await createSHA256();
    const data = bytes(1000);
    for (const sliceBytes of [1, 7, 64, 999, 1000, 4096]) {
      expect(await sha256OfBlob(new Blob([data]), hasher, { sliceBytes })).toBe(expected(data));
    }
  });

  it('hashes an empty file', async () => {
    const hasher = await createSHA256();
    expect(await sha256OfBlob(new Blob([]), hasher)).toBe(expected(new Uint8Array(0)));
  });

  it('reuses one hasher for file after file', async () => {
    const hasher = await createSHA256();
    const first = bytes(300);
    const second = bytes(500);
    await sha256OfBlob(new Blob([first]), hasher, { sliceBytes: 100 });
    expect(await sha256OfBlob(new Blob([second]), hasher, { sliceBytes: 100 })).toBe(expected(second));
  });

  it('reports progress after each slice, ending at the size', async () => {
    const hasher = await createSHA256();
    const seen: number[] = [];
    await sha256OfBlob(new Blob([bytes(250)]), hasher, { sliceBytes: 100, onProgress: (n) => seen.push(n) });
    expect(seen).toEqual([100, 200, 250]);
  });

  it('stops reading when cancelled and gives no hash', async () => {
    const hasher = await createSHA256();
    const seen: number[] = [];
    const result = await sha256OfBlob(new Blob([bytes(1000)]), hasher, {
      sliceBytes: 100,
      onProgress: (n) => seen.push(n),
      isCancelled: () => seen.length >= 3,
    });
    expect(result).toBeNull();
    expect(seen).toEqual([100, 200, 300]);
  });
});
