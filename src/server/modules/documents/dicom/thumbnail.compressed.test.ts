import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderDicomThumbnail } from './thumbnail.js';
import { buildDicom, concatBytes, type SyntheticImage } from './thumbnail.fixtures.js';

/**
 * JPEG Baseline and RLE frames. No fixture is JPEG Baseline, so the streams are made here with
 * jpeg-js's encoder (JFIF, YCbCr 4:2:0) and wrapped as the encapsulated pixel data of a DICOM file.
 */

const JPEG_BASELINE = '1.2.840.10008.1.2.4.50';
const RLE_LOSSLESS = '1.2.840.10008.1.2.5';
const RED = [255, 0, 0];
const BLUE = [0, 0, 255];

/** A JPEG of `width`×`height`, the left half `left` and the right half `right`. */
function encodeJpeg(width: number, height: number, left: number[], right: number[]): Uint8Array {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data.set([...(i % width < width / 2 ? left : right), 255], i * 4);
  }
  return new Uint8Array(jpeg.encode({ width, height, data }, 95).data);
}

/** The stream without its JFIF APP0 segment: then nothing in the stream names its colour space. */
function withoutJfif(stream: Uint8Array): Uint8Array {
  expect([stream[2], stream[3]]).toEqual([0xff, 0xe0]);
  const length = ((stream[4] ?? 0) << 8) | (stream[5] ?? 0);
  return concatBytes([stream.subarray(0, 2), stream.subarray(4 + length)]);
}

const jpegImage = (fragments: Uint8Array[], overrides: Partial<SyntheticImage> = {}): Uint8Array =>
  buildDicom({
    rows: 48,
    columns: 64,
    samplesPerPixel: 3,
    photometric: 'YBR_FULL_422',
    transferSyntax: JPEG_BASELINE,
    fragments,
    ...overrides,
  });

function pixelsOf(bytes: Uint8Array, maxEdge?: number) {
  const result = renderDicomThumbnail(bytes, maxEdge === undefined ? {} : { maxEdge });
  if (!result.ok) throw new Error(result.reason);
  const png = PNG.sync.read(result.png);
  const at = (x: number, y: number) => [0, 1, 2].map((c) => png.data[(y * png.width + x) * 4 + c] ?? -1);
  return { width: png.width, height: png.height, at };
}

const near = (actual: number[], expected: number[], tolerance = 16) =>
  actual.every((v, c) => Math.abs(v - (expected[c] ?? 0)) <= tolerance);

describe('renderDicomThumbnail: JPEG Baseline', () => {
  const stream = encodeJpeg(64, 48, RED, BLUE);

  it('decodes the colour frame (YBR_FULL_422) to RGB', () => {
    const image = pixelsOf(jpegImage([stream]));
    expect([image.width, image.height]).toEqual([64, 48]);
    expect(near(image.at(8, 24), RED)).toBe(true);
    expect(near(image.at(56, 24), BLUE)).toBe(true);
  });

  it('a JFIF stream is YCbCr whatever the header says; without markers the header decides', () => {
    const labelledRgb = pixelsOf(jpegImage([stream], { photometric: 'RGB' }));
    expect(near(labelledRgb.at(8, 24), RED)).toBe(true);
    const bare = withoutJfif(stream);
    expect(near(pixelsOf(jpegImage([bare])).at(8, 24), RED)).toBe(true);
    // Declared RGB and nothing in the stream disagrees: the components are shown as they are (Y of red ≈ 76).
    expect(pixelsOf(jpegImage([bare], { photometric: 'RGB' })).at(8, 24)[0]).toBeLessThan(100);
  });

  it('scales a large frame down to maxEdge', () => {
    const large = encodeJpeg(256, 128, RED, BLUE);
    const image = pixelsOf(jpegImage([large], { rows: 128, columns: 256 }));
    expect([image.width, image.height]).toEqual([192, 96]);
    expect(near(image.at(20, 50), RED)).toBe(true);
  });

  it('renders the first frame of a multi-frame image, by fragment or by its end-of-image marker', () => {
    const blue = encodeJpeg(64, 48, BLUE, BLUE);
    expect(near(pixelsOf(jpegImage([stream, blue], { frames: 2 })).at(8, 24), RED)).toBe(true);
    // Frame 1 split over two fragments, no offset table: its EOI marks where it ends.
    const split = [stream.subarray(0, 300), stream.subarray(300), blue];
    expect(near(pixelsOf(jpegImage(split, { frames: 2 })).at(8, 24), RED)).toBe(true);
  });

  it.each([
    ['a stream cut short', () => jpegImage([stream.subarray(0, Math.floor(stream.length * 0.6))])],
    ['a stream of another size than Rows × Columns', () => jpegImage([stream], { rows: 40 })],
    [
      'a colour stream in a MONOCHROME2 image',
      () => jpegImage([stream], { samplesPerPixel: 1, photometric: 'MONOCHROME2' }),
    ],
    ['bytes that are not JPEG', () => jpegImage([new Uint8Array(200).fill(7)])],
    ['no fragment at all', () => jpegImage([])],
  ])('%s → unreadable', (_case, build) => {
    expect(renderDicomThumbnail(build())).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('JPEG Lossless inside a .4.50 label is refused as unsupported, not mis-decoded', () => {
    const lossless = stream.slice();
    const sof = Buffer.from(lossless).indexOf(Buffer.from([0xff, 0xc0]));
    lossless[sof + 1] = 0xc3;
    expect(renderDicomThumbnail(jpegImage([lossless]))).toEqual({
      ok: false,
      reason: 'unsupported_transfer_syntax',
    });
  });
});

describe('renderDicomThumbnail: RLE Lossless', () => {
  /** An RLE frame: the 64-byte header, then the given PackBits segments. */
  function rleFrame(segments: number[][]): Uint8Array {
    const header = new Uint8Array(64);
    const view = new DataView(header.buffer);
    view.setUint32(0, segments.length, true);
    let offset = 64;
    segments.forEach((segment, i) => {
      view.setUint32(4 + 4 * i, offset, true);
      offset += segment.length;
    });
    return concatBytes([header, ...segments.map((segment) => Uint8Array.from(segment))]);
  }

  const rgb2x2 = {
    rows: 2,
    columns: 2,
    samplesPerPixel: 3,
    photometric: 'RGB',
    transferSyntax: RLE_LOSSLESS,
  };

  it('decodes literal and repeat runs of an 8-bit RGB frame, one segment per colour', () => {
    const frame = rleFrame([
      [3, 255, 0, 0, 255], // red: a literal run of 4
      [0x80, 0xfd, 0, 0xff], // green: a no-op (−128), then 4 × 0; bytes past a full plane are ignored
      [1, 0, 255, 0xff, 9], // blue: literal 2, then 2 × 9
    ]);
    const image = pixelsOf(buildDicom({ ...rgb2x2, fragments: [frame] }));
    expect([image.at(0, 0), image.at(1, 0), image.at(0, 1), image.at(1, 1)]).toEqual([
      [255, 0, 0],
      [0, 0, 255],
      [0, 0, 9],
      [255, 0, 9],
    ]);
  });

  it.each([
    ['fewer segments than samples', rleFrame([[3, 1, 2, 3, 4]])],
    [
      'a segment that ends before the plane is full',
      rleFrame([
        [3, 1, 2, 3, 4],
        [1, 5, 6],
        [0xfd, 1],
      ]),
    ],
    ['a header shorter than 64 bytes', new Uint8Array(20)],
  ])('%s → unreadable', (_case, frame) => {
    expect(renderDicomThumbnail(buildDicom({ ...rgb2x2, fragments: [frame] }))).toEqual({
      ok: false,
      reason: 'unreadable',
    });
  });
});
