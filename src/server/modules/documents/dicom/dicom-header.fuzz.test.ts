import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzSamples } from './testing/fuzz-samples.js';
import { bytesSource, readDicomFile, readDicomFileHeader } from './dicom-reader.js';

/**
 * The header reader walks the structure over a random-access source before the in-memory reader
 * parses what it kept: cut, corrupted and random files must come back as the same result as the
 * whole-file reader gives, never as an exception. Fixed seeds keep failures reproducible.
 */

const samples = fuzzSamples;

const header = (bytes: Uint8Array) => readDicomFileHeader(bytesSource(bytes));

describe.each(samples)('$file, damaged, read by its header', ({ bytes }) => {
  it('any truncation answers as the whole-file reader does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length - 1 }), async (length) => {
        const cut = bytes.slice(0, length);
        expect(await header(cut)).toEqual(readDicomFile(cut));
      }),
      { seed: 20240601, numRuns: 100 },
    );
  });

  // A corrupted structure may be called unreadable by one and truncated by the other: the copy the
  // header reader parses is shorter than the file, so "runs past the end" is judged on other lengths.
  it('byte flips, mostly in the header: the same image, or refused by both', async () => {
    const flip = fc.record({
      at: fc.integer({ min: 0, max: Math.min(bytes.length, 2048) - 1 }),
      value: fc.integer({ min: 0, max: 255 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(flip, { minLength: 1, maxLength: 8 }), async (flips) => {
        const copy = bytes.slice();
        for (const { at, value } of flips) copy[at] = value;
        const whole = readDicomFile(copy);
        const read = await header(copy);
        if (whole.kind === 'invalid') expect(read.kind).toBe('invalid');
        else expect(read).toEqual(whole);
      }),
      { seed: 7, numRuns: 150 },
    );
  });
});

describe('garbage read by its header', () => {
  it('random bytes, with or without a preamble and DICM, never throw', async () => {
    const preamble = Uint8Array.from([...new Array<number>(128).fill(0), 0x44, 0x49, 0x43, 0x4d]);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.boolean(), async (random, part10) => {
        const bytes = part10 ? Uint8Array.from([...preamble, ...random]) : random;
        expect(await header(bytes)).toEqual(readDicomFile(bytes));
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('sequences nested thousands deep are unreadable, without exhausting the stack', async () => {
    const syntax = [...new TextEncoder().encode('1.2.840.10008.1.2.1'), 0];
    const meta = [0x02, 0x00, 0x10, 0x00, 0x55, 0x49, syntax.length, 0x00, ...syntax];
    const sequence = [0x08, 0x00, 0x15, 0x11, 0x53, 0x51, 0, 0, 0xff, 0xff, 0xff, 0xff];
    const item = [0xfe, 0xff, 0x00, 0xe0, 0xff, 0xff, 0xff, 0xff];
    const nested = Array.from({ length: 5000 }, () => [...sequence, ...item]).flat();
    const bytes = Uint8Array.from([
      ...new Array<number>(128).fill(0),
      0x44,
      0x49,
      0x43,
      0x4d,
      ...meta,
      ...nested,
    ]);
    expect(await header(bytes)).toEqual({ kind: 'invalid', reason: 'unreadable' });
  });
});
