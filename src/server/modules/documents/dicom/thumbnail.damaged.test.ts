import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { tagOf } from './dicom-dataset.js';
import { parseDicom } from './dicom-file.js';
import { renderDicomThumbnail, type ThumbnailResult } from './thumbnail.js';
import { buildDicom, us } from './thumbnail.fixtures.js';

/**
 * Uploads are untrusted: truncated, corrupted and foreign files must come back as a reason, never as
 * an exception; and a full-size CT must stay cheap enough to render while the upload is processed.
 */

const fixtures = path.resolve(import.meta.dirname, '../../../../../../shared/fixtures/dicom');
const fixture = (file: string): Uint8Array => new Uint8Array(readFileSync(path.join(fixtures, file)));
const ct = fixture('single/CT_small.dcm');
/** Where CT_small's 128×128×2 bytes of pixels are (a few elements follow them). */
const ctPixels = ((): { start: number; end: number } => {
  const parsed = parseDicom(ct);
  const value = parsed.ok ? parsed.file.dataset.elements.get(tagOf(0x7fe0, 0x0010))?.value : undefined;
  if (value?.length !== 128 * 128 * 2) throw new Error('CT_small: pixel data not found');
  const start = value.byteOffset - ct.byteOffset;
  return { start, end: start + value.length };
})();
const unreadable = { ok: false, reason: 'unreadable' };

const reasons = ['no_pixel_data', 'unsupported_transfer_syntax', 'unsupported_photometric', 'unreadable'];
function expectWellFormed(result: ThumbnailResult): void {
  if (!result.ok) {
    expect(reasons).toContain(result.reason);
    return;
  }
  const png = PNG.sync.read(result.png);
  expect([png.width, png.height]).toEqual([result.width, result.height]);
}

describe('renderDicomThumbnail: truncated pixel data', () => {
  it('MR_truncated, cut short by its makers → unreadable', () => {
    expect(renderDicomThumbnail(fixture('single/MR_truncated.dcm'))).toEqual(unreadable);
  });

  it('CT_small cut anywhere inside its pixel data → unreadable', () => {
    fc.assert(
      fc.property(fc.integer({ min: ctPixels.start, max: ctPixels.end - 1 }), (length) => {
        expect(renderDicomThumbnail(ct.slice(0, length))).toEqual(unreadable);
      }),
      { seed: 11, numRuns: 40 },
    );
  });

  it.each([
    [
      'a value shorter than Rows × Columns × 2',
      { rows: 10, columns: 10, bitsAllocated: 16, pixels: new Uint8Array(150) },
    ],
    ['3 frames declared, 2 present', { rows: 4, columns: 4, frames: 3, pixels: new Uint8Array(32) }],
    [
      'an RGB value one plane short',
      { rows: 4, columns: 4, samplesPerPixel: 3, photometric: 'RGB', pixels: new Uint8Array(32) },
    ],
    ['no Rows', { rows: 0, columns: 4, pixels: new Uint8Array(16) }],
    ['BitsStored above BitsAllocated', { rows: 4, columns: 4, bitsStored: 12, pixels: new Uint8Array(16) }],
    [
      '3 samples declared for a grey image',
      { rows: 4, columns: 4, samplesPerPixel: 3, pixels: new Uint8Array(48) },
    ],
  ])('%s → unreadable', (_case, image) => {
    expect(renderDicomThumbnail(buildDicom(image))).toEqual(unreadable);
  });
});

describe('renderDicomThumbnail: what is not a DICOM image', () => {
  const random = fc.sample(fc.uint8Array({ minLength: 2000, maxLength: 2000 }), { seed: 3, numRuns: 1 })[0];
  const jpegFile = jpeg.encode({ width: 8, height: 8, data: Buffer.alloc(256, 200) }).data;
  it.each([
    ['empty', new Uint8Array(0)],
    ['text', new TextEncoder().encode('%PDF-1.7 not an image at all, just some text')],
    ['a PNG', new Uint8Array(PNG.sync.write(new PNG({ width: 4, height: 4 })))],
    ['a JPEG', new Uint8Array(jpegFile)],
    ['random bytes', random ?? new Uint8Array(0)],
    ['a preamble and DICM, then nothing', Uint8Array.from([...new Uint8Array(128), 0x44, 0x49, 0x43, 0x4d])],
  ])('%s → unreadable', (_case, bytes) => {
    expect(renderDicomThumbnail(bytes)).toEqual(unreadable);
  });
});

describe('renderDicomThumbnail: corrupted files never throw', () => {
  const colour = buildDicom({
    rows: 16,
    columns: 16,
    samplesPerPixel: 3,
    photometric: 'RGB',
    pixels: new Uint8Array(16 * 16 * 3).fill(90),
  });
  const jpegStream = jpeg.encode({ width: 16, height: 16, data: Buffer.alloc(16 * 16 * 4, 120) }, 90).data;
  const jpegDicom = buildDicom({
    rows: 16,
    columns: 16,
    samplesPerPixel: 3,
    photometric: 'YBR_FULL_422',
    transferSyntax: '1.2.840.10008.1.2.4.50',
    fragments: [new Uint8Array(jpegStream)],
  });
  const samples = [
    { name: 'CT_small', bytes: ct },
    { name: 'MR_small_RLE', bytes: fixture('single/MR_small_RLE.dcm') },
    { name: 'MR_small_bigendian', bytes: fixture('single/MR_small_bigendian.dcm') },
    { name: 'a JPEG Baseline image', bytes: jpegDicom },
    { name: 'an RGB image', bytes: colour },
  ];

  it.each(samples)('$name: byte flips anywhere give a result', ({ bytes }) => {
    const flip = fc.record({
      at: fc.integer({ min: 0, max: bytes.length - 1 }),
      value: fc.integer({ min: 0, max: 255 }),
    });
    fc.assert(
      fc.property(fc.array(flip, { minLength: 1, maxLength: 8 }), (flips) => {
        const copy = bytes.slice();
        for (const { at, value } of flips) copy[at] = value;
        expectWellFormed(renderDicomThumbnail(copy));
      }),
      { seed: 5, numRuns: 60 },
    );
  });

  it('hostile attributes: 65535 × 65535 over a few bytes, a huge frame count', () => {
    const huge = buildDicom({ rows: 4, columns: 4, pixels: new Uint8Array(16) });
    const patched = huge.slice();
    const view = Buffer.from(patched);
    // Rows and Columns are the US values right after their tags (0028,0010) and (0028,0011).
    for (const element of [0x10, 0x11]) {
      const at = view.indexOf(Buffer.from([0x28, 0x00, element, 0x00, 0x55, 0x53]));
      patched.set(us(0xffff), at + 8);
    }
    expect(renderDicomThumbnail(patched)).toEqual(unreadable);
    const frames = buildDicom({ rows: 4, columns: 4, frames: 2 ** 31, pixels: new Uint8Array(16) });
    expect(renderDicomThumbnail(frames)).toEqual(unreadable);
  });
});

describe('renderDicomThumbnail: cost', () => {
  it('renders a 512×512 CT in well under 100 ms', () => {
    // CT_small enlarged 4× (each pixel repeated): a full-size, signed 16-bit CT with a window.
    const small = new Int16Array(ct.slice(ctPixels.start, ctPixels.end).buffer);
    const large = new Int16Array(512 * 512);
    for (let i = 0; i < large.length; i++) large[i] = small[(((i >> 9) >> 2) << 7) + ((i & 511) >> 2)] ?? 0;
    const bytes = buildDicom({
      rows: 512,
      columns: 512,
      bitsAllocated: 16,
      pixelRepresentation: 1,
      rescale: { slope: 1, intercept: -1024 },
      window: { center: 40, width: 400 },
      pixels: new Uint8Array(large.buffer),
    });
    renderDicomThumbnail(bytes); // warm up the JIT
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      const result = renderDicomThumbnail(bytes);
      times.push(performance.now() - start);
      expect(result).toMatchObject({ ok: true, width: 192, height: 192 });
    }
    times.sort((a, b) => a - b);
    // Typically a few milliseconds; the bound leaves room for a busy shared CI machine.
    expect(times[2]).toBeLessThan(100);
  });
});
