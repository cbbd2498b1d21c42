import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderDicomThumbnail, type ThumbnailResult } from './thumbnail.js';
import { buildDicom, decimal, element, sequence, us, type SyntheticImage } from './thumbnail.fixtures.js';

// The fixtures live in shared/ beside the repository (here /work/shared, in CI a copy beside the clone).
const fixtures = path.resolve(import.meta.dirname, '../../../../../../shared/fixtures/dicom');
const fixture = (file: string): Uint8Array => new Uint8Array(readFileSync(path.join(fixtures, file)));

/** Every DICOM file of the fixtures, relative to their folder, with '/' separators. */
const fixtureFiles = readdirSync(fixtures, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && !/\.(txt|md)$|LICENSE|SOURCE_COMMIT/.test(entry.name))
  .map((entry) => path.relative(fixtures, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  .sort();

/**
 * What each fixture gives, by its transfer syntax and content:
 * - explicit VR LE: CT_small (CT 128×128, signed 16-bit, no window), no_meta (the same CT without
 *   meta information), MR_small, charset/chr* (8-bit OT 32×32), every image of cd-dicomdir (16×16
 *   crops: CR MONOCHROME1 with window, CT with brain/soft-tissue windows, MR)
 * - implicit VR LE: MR_small_implicit; rtplan (no pixel data)
 * - explicit VR BE: MR_small_bigendian
 * - RLE Lossless (1.2.5): MR_small_RLE — decoded
 * - JPEG-LS Lossless (.4.80), JPEG Extended 12-bit (.4.51), JPEG 2000 (.4.91): not decoded
 * - chrJapMulti: a CR header without its pixels; DICOMDIR: an index; MR_truncated: cut short
 */
const expectedOutcome: Record<string, ThumbnailResult['ok'] | string> = {
  'single/CT_small.dcm': true,
  'single/no_meta.dcm': true,
  'single/MR_small.dcm': true,
  'single/MR_small_implicit.dcm': true,
  'single/MR_small_bigendian.dcm': true,
  'single/MR_small_RLE.dcm': true,
  'single/MR_small_jpeg_ls_lossless.dcm': 'unsupported_transfer_syntax',
  'single/JPEG-lossy.dcm': 'unsupported_transfer_syntax',
  'single/JPEG2000.dcm': 'unsupported_transfer_syntax',
  'single/MR_truncated.dcm': 'unreadable',
  'single/rtplan.dcm': 'no_pixel_data',
  'charset/chrH31.dcm': true,
  'charset/chrH32.dcm': true,
  'charset/chrJapMulti.dcm': 'no_pixel_data',
  'charset/chrX1.dcm': true,
  'charset/chrX2.dcm': true,
  'cd-dicomdir/DICOMDIR': 'no_pixel_data',
};
const outcomeOf = (file: string) => expectedOutcome[file] ?? (file.startsWith('cd-dicomdir/') || 'unlisted');

interface Decoded {
  readonly width: number;
  readonly height: number;
  /** RGBA, as pngjs reads any PNG. */
  readonly data: Uint8Array;
}

function rendered(bytes: Uint8Array, maxEdge?: number): Decoded & { result: ThumbnailResult } {
  const result = renderDicomThumbnail(bytes, maxEdge === undefined ? {} : { maxEdge });
  if (!result.ok) throw new Error(`not rendered: ${result.reason}`);
  const png = PNG.sync.read(result.png);
  expect([png.width, png.height]).toEqual([result.width, result.height]);
  return { width: png.width, height: png.height, data: png.data, result };
}

const channel = (image: Decoded, c = 0): number[] =>
  Array.from({ length: image.width * image.height }, (_, i) => image.data[i * 4 + c] ?? -1);
const rgbAt = (image: Decoded, i: number): number[] => [0, 1, 2].map((c) => image.data[i * 4 + c] ?? -1);

function variance(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
}

const u16le = (values: readonly number[]): Uint8Array => us(...values.map((v) => v & 0xffff));

describe('renderDicomThumbnail: every fixture', () => {
  it('knows every fixture file', () => {
    expect(fixtureFiles.filter((file) => outcomeOf(file) === 'unlisted')).toEqual([]);
    expect(fixtureFiles.length).toBeGreaterThan(40);
  });

  it.each(fixtureFiles)('%s', (file) => {
    const expected = outcomeOf(file);
    const result = renderDicomThumbnail(fixture(file));
    if (expected !== true) {
      expect(result).toEqual({ ok: false, reason: expected });
      return;
    }
    const image = rendered(fixture(file));
    expect(Math.max(image.width, image.height)).toBeLessThanOrEqual(192);
    // Every rendered fixture has content: none comes out as one flat grey.
    expect(variance(channel(image))).toBeGreaterThan(0);
  });

  it('the same MR in four transfer syntaxes (explicit, implicit, big endian, RLE) renders the same', () => {
    const reference = channel(rendered(fixture('single/MR_small.dcm')));
    for (const file of ['MR_small_implicit.dcm', 'MR_small_bigendian.dcm', 'MR_small_RLE.dcm']) {
      expect(channel(rendered(fixture(`single/${file}`)))).toEqual(reference);
    }
  });

  it('no_meta renders like CT_small, the same data set with its file meta information', () => {
    expect(channel(rendered(fixture('single/no_meta.dcm')))).toEqual(
      channel(rendered(fixture('single/CT_small.dcm'))),
    );
  });

  it('scales down to maxEdge with the aspect ratio; small images are not enlarged', () => {
    expect(rendered(fixture('single/CT_small.dcm'), 32)).toMatchObject({ width: 32, height: 32 });
    expect(rendered(fixture('single/MR_small.dcm'))).toMatchObject({ width: 64, height: 64 });
    const wide: SyntheticImage = {
      rows: 120,
      columns: 300,
      pixels: Uint8Array.from({ length: 300 * 120 }, (_, i) => i % 300),
    };
    expect(rendered(buildDicom(wide))).toMatchObject({ width: 192, height: 77 });
    expect(rendered(buildDicom(wide), 50)).toMatchObject({ width: 50, height: 20 });
    expect(
      rendered(buildDicom({ ...wide, rows: 1, columns: 1000, pixels: new Uint8Array(1000) }), 100),
    ).toMatchObject({ width: 100, height: 1 });
  });

  it('averages boxes instead of picking pixels: a 1-pixel checkerboard becomes mid-grey, not stripes', () => {
    const pixels = Uint8Array.from(
      { length: 200 * 200 },
      (_, i) => (((i % 200) + Math.floor(i / 200)) % 2) * 255,
    );
    const image = rendered(buildDicom({ rows: 200, columns: 200, pixels }), 100);
    expect(new Set(channel(image))).toEqual(new Set([128]));
  });
});

describe('renderDicomThumbnail: grey levels', () => {
  it('MONOCHROME1 is the inverse of the same pixels read as MONOCHROME2', () => {
    const ct = fixture('single/CT_small.dcm');
    const at = Buffer.from(ct).indexOf('MONOCHROME2');
    const inverted = ct.slice();
    inverted[at + 10] = '1'.charCodeAt(0);
    const normal = channel(rendered(ct));
    expect(channel(rendered(inverted))).toEqual(normal.map((v) => 255 - v));
  });

  it("applies rescale and the file's window; bits above BitsStored are ignored", () => {
    // 12 bits stored in 16 with junk in the top 4 bits (old overlay planes).
    const stored = [0, 1000, 2000, 3000];
    const image = rendered(
      buildDicom({
        rows: 2,
        columns: 2,
        bitsAllocated: 16,
        bitsStored: 12,
        pixels: u16le(stored.map((v) => v | 0xf000)),
        rescale: { slope: 0.5, intercept: -500 }, // → -500, 0, 500, 1000
        window: { center: 250, width: 1500, fn: 'LINEAR_EXACT' }, // -500 … 1000
      }),
    );
    expect(channel(image)).toEqual([0, 85, 170, 255]);
  });

  it('enhanced multi-frame images: rescale and window from the shared functional groups', () => {
    const item = (tag: number, ...elements: Uint8Array[]) => element(0x0028, tag, 'SQ', sequence(elements));
    const groups = sequence([
      item(
        0x9132, // Frame VOI LUT: a window narrower than the data, so the automatic one would differ
        element(0x0028, 0x1050, 'DS', decimal(0)),
        element(0x0028, 0x1051, 'DS', decimal(1000)),
        element(0x0028, 0x1056, 'CS', new TextEncoder().encode('LINEAR_EXACT')),
      ),
      item(
        0x9145, // Pixel Value Transformation
        element(0x0028, 0x1052, 'DS', decimal(-500)),
        element(0x0028, 0x1053, 'DS', decimal(0.5)),
      ),
    ]);
    const image = rendered(
      buildDicom({
        rows: 2,
        columns: 2,
        bitsAllocated: 16,
        frames: 1,
        pixels: u16le([0, 1000, 2000, 3000]), // → -500, 0, 500, 1000
        extra: [[0x5200, 0x9229, 'SQ', groups]],
      }),
    );
    expect(channel(image)).toEqual([0, 128, 255, 255]);
  });

  it('reads signed 16-bit values and the LINEAR window of PS3.3 C.11.2.1.2.1', () => {
    const image = rendered(
      buildDicom({
        rows: 1,
        columns: 4,
        bitsAllocated: 16,
        pixelRepresentation: 1,
        pixels: u16le([-101, -100, 0, 100]),
        window: { center: 0, width: 201 }, // -100.5 … 99.5
      }),
    );
    expect(channel(image)).toEqual([0, 1, 128, 255]);
  });

  it('signed and unsigned 8-bit pixels rise in the same order', () => {
    const signed = rendered(
      buildDicom({
        rows: 1,
        columns: 4,
        pixelRepresentation: 1,
        pixels: Uint8Array.from([0x80, 0xff, 0, 0x7f]),
      }),
    );
    expect(channel(signed)).toEqual([0, 127, 128, 255]);
    const unsigned = rendered(
      buildDicom({ rows: 1, columns: 4, pixels: Uint8Array.from([0, 127, 128, 255]) }),
    );
    expect(channel(unsigned)).toEqual([0, 127, 128, 255]);
  });

  it('the automatic window leaves the padding outside the field of view out', () => {
    // 10×10: 30 padding pixels at -2000, the rest from -1000 to 1000.
    const values = Array.from({ length: 100 }, (_, i) =>
      i < 30 ? -2000 : -1000 + Math.round(((i - 30) * 2000) / 69),
    );
    const image: SyntheticImage = {
      rows: 10,
      columns: 10,
      bitsAllocated: 16,
      pixelRepresentation: 1,
      pixels: u16le(values),
    };
    const withPadding = channel(rendered(buildDicom({ ...image, paddingValue: -2000 })));
    expect(withPadding.slice(0, 31)).toEqual(Array.from({ length: 31 }, () => 0));
    expect(withPadding[99]).toBe(255);
    // Without the attribute the padding stretches the window and the darkest tissue turns grey.
    expect(channel(rendered(buildDicom(image)))[30]).toBeGreaterThan(60);
  });

  it("falls back to the automatic window when the file's window flattens the image (bone in a brain window)", () => {
    const image = rendered(fixture('cd-dicomdir/77654033/CT2/17166')); // 991–1489 HU, window 30/100
    expect(variance(channel(image))).toBeGreaterThan(100);
  });
});

describe('renderDicomThumbnail: colour', () => {
  const colours = [
    [255, 0, 0],
    [0, 255, 0],
    [0, 0, 255],
    [255, 255, 255],
  ];
  const colourImage = { rows: 2, columns: 2, samplesPerPixel: 3 } as const;

  it('RGB, interleaved and planar', () => {
    const interleaved = rendered(
      buildDicom({ ...colourImage, photometric: 'RGB', pixels: Uint8Array.from(colours.flat()) }),
    );
    const planes = [0, 1, 2].flatMap((c) => colours.map((rgb) => rgb[c] ?? 0));
    const planar = rendered(
      buildDicom({
        ...colourImage,
        photometric: 'RGB',
        planarConfiguration: 1,
        pixels: Uint8Array.from(planes),
      }),
    );
    for (const image of [interleaved, planar]) {
      expect([0, 1, 2, 3].map((i) => rgbAt(image, i))).toEqual(colours);
    }
  });

  it('YBR_FULL and YBR_FULL_422 convert to RGB', () => {
    const ybr = colours.flatMap(([r = 0, g = 0, b = 0]) => [
      Math.round(0.299 * r + 0.587 * g + 0.114 * b),
      Math.min(255, Math.round(-0.168736 * r - 0.331264 * g + 0.5 * b + 128)),
      Math.min(255, Math.round(0.5 * r - 0.418688 * g - 0.081312 * b + 128)),
    ]);
    const full = rendered(
      buildDicom({ ...colourImage, photometric: 'YBR_FULL', pixels: Uint8Array.from(ybr) }),
    );
    colours.forEach((rgb, i) =>
      rgbAt(full, i).forEach((v, c) => expect(Math.abs(v - (rgb[c] ?? 0))).toBeLessThanOrEqual(2)),
    );

    // Two pixels share one chroma pair: a grey pair (50, 200), then a red pair.
    const ybr422 = Uint8Array.from([50, 200, 128, 128, 76, 76, 85, 255]);
    const half = rendered(buildDicom({ ...colourImage, photometric: 'YBR_FULL_422', pixels: ybr422 }));
    expect([rgbAt(half, 0), rgbAt(half, 1)]).toEqual([
      [50, 50, 50],
      [200, 200, 200],
    ]);
    expect(rgbAt(half, 2)[0]).toBeGreaterThan(240);
    expect(rgbAt(half, 3)[1]).toBeLessThan(10);
  });

  it('PALETTE COLOR through its 16-bit lookup tables', () => {
    const descriptor = us(4, 0, 16);
    const table = (values: number[]) => u16le(values);
    const image = rendered(
      buildDicom({
        rows: 2,
        columns: 2,
        photometric: 'PALETTE COLOR',
        pixels: Uint8Array.from([0, 1, 2, 3]),
        extra: [
          [0x0028, 0x1101, 'US', descriptor],
          [0x0028, 0x1102, 'US', descriptor],
          [0x0028, 0x1103, 'US', descriptor],
          [0x0028, 0x1201, 'OW', table([0, 0xffff, 0, 0x8000])],
          [0x0028, 0x1202, 'OW', table([0, 0, 0xffff, 0x8000])],
          [0x0028, 0x1203, 'OW', table([0, 0, 0, 0x8000])],
        ],
      }),
    );
    expect([0, 1, 2, 3].map((i) => rgbAt(image, i))).toEqual([
      [0, 0, 0],
      [255, 0, 0],
      [0, 255, 0],
      [128, 128, 128],
    ]);
  });

  it('a palette image without its tables is unsupported, as are unknown photometric interpretations', () => {
    const palette = buildDicom({
      rows: 2,
      columns: 2,
      photometric: 'PALETTE COLOR',
      pixels: new Uint8Array(4),
    });
    expect(renderDicomThumbnail(palette)).toEqual({ ok: false, reason: 'unsupported_photometric' });
    const hsv = buildDicom({ ...colourImage, photometric: 'HSV', pixels: new Uint8Array(12) });
    expect(renderDicomThumbnail(hsv)).toEqual({ ok: false, reason: 'unsupported_photometric' });
    const int32 = buildDicom({ rows: 2, columns: 2, bitsAllocated: 32, pixels: new Uint8Array(16) });
    expect(renderDicomThumbnail(int32)).toEqual({ ok: false, reason: 'unsupported_photometric' });
  });
});
