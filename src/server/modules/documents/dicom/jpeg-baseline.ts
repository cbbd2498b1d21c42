import jpeg from 'jpeg-js';

/**
 * 8-bit lossy JPEG frames (JPEG Baseline, 1.2.840.10008.1.2.4.50, and 8-bit streams of JPEG
 * Extended, .51) decoded with jpeg-js. The frame header is read first so that a stream whose size,
 * precision or component count disagrees with the DICOM attributes is refused before jpeg-js
 * allocates anything for it.
 */

export interface JpegHeader {
  readonly precision: number;
  readonly rows: number;
  readonly columns: number;
  readonly components: number;
  /** Whether the 3 components are YCbCr to convert to RGB; null when the stream does not say. */
  readonly ycbcr: boolean | null;
}

// SOF0 baseline, SOF1 extended and SOF2 progressive Huffman: what jpeg-js decodes.
const DECODABLE_SOF = new Set([0xc0, 0xc1, 0xc2]);
const OTHER_SOF = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/**
 * Whether the stream's colour components are YCbCr, as libjpeg decides it: an Adobe APP14 marker
 * says so by its transform flag, a JFIF APP0 marker means YCbCr, component ids 'R','G','B' mean RGB.
 * Null when the stream does not say, and the DICOM Photometric Interpretation decides.
 */
function colorSpaceOf(jfif: boolean, adobeTransform: number | null, ids: readonly number[]): boolean | null {
  if (adobeTransform !== null) return adobeTransform !== 0;
  if (jfif) return true;
  if (ids[0] === 0x52 && ids[1] === 0x47 && ids[2] === 0x42) return false;
  return null;
}

/** Reads the markers up to the frame header; null when this is not a JPEG stream jpeg-js can decode. */
export function readJpegHeader(bytes: Uint8Array): JpegHeader | 'unsupported' | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let jfif = false;
  let adobeTransform: number | null = null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    if (length < 2 || at + 2 + length > bytes.length) return null;
    const segment = bytes.subarray(at + 4, at + 2 + length);
    if (marker === 0xe0 && String.fromCharCode(...segment.subarray(0, 4)) === 'JFIF') jfif = true;
    if (
      marker === 0xee &&
      String.fromCharCode(...segment.subarray(0, 5)) === 'Adobe' &&
      segment.length >= 12
    ) {
      adobeTransform = segment[11] ?? 0;
    }
    if (OTHER_SOF.has(marker)) return 'unsupported'; // lossless, arithmetic or hierarchical
    if (DECODABLE_SOF.has(marker)) {
      if (segment.length < 6) return null;
      const components = segment[5] ?? 0;
      const ids: number[] = [];
      for (let i = 0; i < components; i++) ids.push(segment[6 + 3 * i] ?? 0);
      return {
        precision: segment[0] ?? 0,
        rows: ((segment[1] ?? 0) << 8) | (segment[2] ?? 0),
        columns: ((segment[3] ?? 0) << 8) | (segment[4] ?? 0),
        components,
        ycbcr: components === 3 ? colorSpaceOf(jfif, adobeTransform, ids) : null,
      };
    }
    at += 2 + length;
  }
  return null;
}

/**
 * Decodes the stream to interleaved RGB (grey streams come out with R = G = B). `ycbcr` overrides
 * jpeg-js's own guess, which ignores an Adobe marker that says "no transform". Throws on a corrupt
 * stream: the caller maps that to `unreadable`.
 */
export function decodeJpeg(bytes: Uint8Array, ycbcr: boolean): Uint8Array {
  const image = jpeg.decode(bytes, {
    useTArray: true,
    formatAsRGBA: false,
    colorTransform: ycbcr,
    // A stream cut short is a broken file, not an image with grey blocks.
    tolerantDecoding: false,
    // Far above any ultrasound, endoscopy or photo frame; bounds what a few hostile bytes can claim.
    maxResolutionInMP: 40,
    maxMemoryUsageInMB: 256,
  });
  return image.data;
}
