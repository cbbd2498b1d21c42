import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzSamples } from './testing/fuzz-samples.js';
import { decodeDicomText } from './character-sets.js';
import { readDicomFile } from './dicom-reader.js';
import { readDicomdir } from './study-tree.js';

/**
 * Uploads are untrusted: cut or corrupted copies of good files must come back as a result, never as
 * an exception. Fixed seeds keep failures reproducible; the run counts keep the suite fast.
 */

const samples = fuzzSamples;

const kinds = ['instance', 'dicomdir', 'invalid'];

describe.each(samples)('$file, damaged', ({ bytes }) => {
  it('any truncation reads to a result; cut inside an element it is refused', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (length) => {
        const result = readDicomFile(bytes.slice(0, length));
        expect(kinds).toContain(result.kind);
        if (result.kind === 'invalid') refused++;
      }),
      { seed: 20240601, numRuns: 150 },
    );
    // Only a cut exactly between two elements can look complete.
    expect(refused).toBeGreaterThan(140);
  });

  it('byte flips, mostly in the header where the structure is, never throw', () => {
    const header = Math.min(bytes.length, 2048);
    const flip = fc.record({
      at: fc.integer({ min: 0, max: header - 1 }),
      value: fc.integer({ min: 0, max: 255 }),
    });
    fc.assert(
      fc.property(fc.array(flip, { minLength: 1, maxLength: 8 }), (flips) => {
        const copy = bytes.slice();
        for (const { at, value } of flips) copy[at] = value;
        expect(kinds).toContain(readDicomFile(copy).kind);
        expect(['dicomdir', 'invalid']).toContain(readDicomdir(copy).kind);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('hostile constructions', () => {
  const part10 = (dataset: number[]): Uint8Array => {
    const syntax = [...new TextEncoder().encode('1.2.840.10008.1.2.1'), 0]; // explicit VR LE, padded
    const meta = [0x02, 0x00, 0x10, 0x00, 0x55, 0x49, syntax.length, 0x00, ...syntax];
    return Uint8Array.from([...new Array<number>(128).fill(0), 0x44, 0x49, 0x43, 0x4d, ...meta, ...dataset]);
  };
  const undefinedSequence = [0x08, 0x00, 0x15, 0x11, 0x53, 0x51, 0, 0, 0xff, 0xff, 0xff, 0xff];
  const undefinedItem = [0xfe, 0xff, 0x00, 0xe0, 0xff, 0xff, 0xff, 0xff];

  it('sequences nested thousands deep are unreadable, without exhausting the stack', () => {
    const nested = Array.from({ length: 5000 }, () => [...undefinedSequence, ...undefinedItem]).flat();
    expect(readDicomFile(part10(nested))).toEqual({ kind: 'invalid', reason: 'unreadable' });
  });

  it('a length far beyond the file is truncation, not a huge allocation', () => {
    const pixelData = [0xe0, 0x7f, 0x10, 0x00, 0x4f, 0x57, 0, 0, 0xf0, 0xff, 0xff, 0xff, 1, 2, 3, 4];
    expect(readDicomFile(part10(pixelData))).toEqual({ kind: 'invalid', reason: 'truncated' });
  });

  it('an element that is not a VR is unreadable', () => {
    expect(readDicomFile(part10([0x08, 0x00, 0x18, 0x00, 0x3f, 0x3f, 2, 0, 0x31, 0x00]))).toEqual({
      kind: 'invalid',
      reason: 'unreadable',
    });
  });

  it('random text values decode without throwing under every character set', () => {
    const charsets = fc.constantFrom(
      [],
      ['', 'ISO 2022 IR 87'],
      ['ISO 2022 IR 13', 'ISO 2022 IR 87'],
      ['', 'ISO 2022 IR 159'],
      ['', 'ISO 2022 IR 149'],
      ['ISO_IR 192'],
      ['GB18030'],
      ['ISO_IR 100'],
      ['nonsense'],
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), charsets, (value, terms) => {
        expect(typeof decodeDicomText(value, terms)).toBe('string');
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
