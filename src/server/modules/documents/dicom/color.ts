import { tagOf, type ParsedDicom } from './dicom-dataset.js';

/**
 * Colour pixels to interleaved 8-bit RGB: the RGB and YBR_FULL / YBR_FULL_422 layouts of PS3.3
 * C.7.6.3.1.2 and PALETTE COLOR lookup tables (C.7.6.3.1.5). One typed-array pass each.
 */

const clamp8 = (value: number): number => (value < 0 ? 0 : value > 255 ? 255 : Math.round(value));

/** YBR_FULL to RGB in place (PS3.3 C.7.6.3.1.2, full-range ITU-R BT.601). */
function ybrFullToRgb(pixels: Uint8Array): void {
  for (let i = 0; i + 2 < pixels.length; i += 3) {
    const y = pixels[i] ?? 0;
    const cb = (pixels[i + 1] ?? 0) - 128;
    const cr = (pixels[i + 2] ?? 0) - 128;
    pixels[i] = clamp8(y + 1.402 * cr);
    pixels[i + 1] = clamp8(y - 0.344136 * cb - 0.714136 * cr);
    pixels[i + 2] = clamp8(y + 1.772 * cb);
  }
}

/** Three planes (R, G, B or Y, Cb, Cr), each `pixels` bytes, to one interleaved buffer. */
export function interleavePlanes(planes: readonly Uint8Array[], pixels: number): Uint8Array {
  const out = new Uint8Array(pixels * 3);
  for (let c = 0; c < 3; c++) {
    const plane = planes[c];
    if (!plane) continue;
    for (let i = 0, o = c; i < pixels; i++, o += 3) out[o] = plane[i] ?? 0;
  }
  return out;
}

/**
 * Native 8-bit colour samples of one frame to interleaved RGB. `samples` is the frame as stored:
 * interleaved or planar (by `planar`), or for YBR_FULL_422 two lumas and one chroma pair per two
 * pixels. Null for a photometric interpretation we do not convert.
 */
export function nativeColorToRgb(
  samples: Uint8Array,
  photometric: string,
  planar: boolean,
  pixels: number,
): Uint8Array | null {
  if (photometric === 'YBR_FULL_422') {
    // Y1 Y2 Cb Cr for each horizontal pair of pixels (PS3.3 C.7.6.3.1.2); planar is not allowed.
    const out = new Uint8Array(pixels * 3);
    for (let o = 0, s = 0; o + 5 < out.length; o += 6, s += 4) {
      const cb = samples[s + 2] ?? 128;
      const cr = samples[s + 3] ?? 128;
      out[o] = samples[s] ?? 0;
      out[o + 1] = cb;
      out[o + 2] = cr;
      out[o + 3] = samples[s + 1] ?? 0;
      out[o + 4] = cb;
      out[o + 5] = cr;
    }
    ybrFullToRgb(out);
    return out;
  }
  if (photometric !== 'RGB' && photometric !== 'YBR_FULL') return null;
  const rgb = planar
    ? interleavePlanes(
        [0, 1, 2].map((c) => samples.subarray(c * pixels, (c + 1) * pixels)),
        pixels,
      )
    : samples.slice(0, pixels * 3); // a copy: the YBR conversion below writes in place
  if (photometric === 'YBR_FULL') ybrFullToRgb(rgb);
  return rgb;
}

/** Byte count of one native colour frame. */
export const nativeColorFrameBytes = (photometric: string, pixels: number): number =>
  photometric === 'YBR_FULL_422' ? pixels * 2 : pixels * 3;

const PALETTE = {
  descriptors: [tagOf(0x0028, 0x1101), tagOf(0x0028, 0x1102), tagOf(0x0028, 0x1103)],
  data: [tagOf(0x0028, 0x1201), tagOf(0x0028, 0x1202), tagOf(0x0028, 0x1203)],
} as const;

/** The three 8-bit tables of a PALETTE COLOR image, indexed by stored value − first mapped value. */
export interface Palette {
  readonly first: number;
  readonly tables: readonly [Uint8Array, Uint8Array, Uint8Array];
}

/**
 * Reads the red, green and blue lookup tables; null when absent, segmented (Supplemental and
 * Enhanced Palette, which we leave unsupported) or inconsistent with their descriptors.
 */
export function paletteOf(file: ParsedDicom, signed: boolean): Palette | null {
  const elements = file.dataset.elements;
  const tables: Uint8Array[] = [];
  let first = 0;
  for (let c = 0; c < 3; c++) {
    const descriptor = elements.get(PALETTE.descriptors[c] ?? 0)?.value;
    const data = elements.get(PALETTE.data[c] ?? 0)?.value;
    if (!descriptor || descriptor.length < 6 || !data) return null;
    const view = new DataView(descriptor.buffer, descriptor.byteOffset, 6);
    const entries = view.getUint16(0, file.littleEndian) || 65536;
    const rawFirst = view.getUint16(2, file.littleEndian);
    first = signed && rawFirst >= 0x8000 ? rawFirst - 0x10000 : rawFirst;
    const bits = view.getUint16(4, file.littleEndian);
    // 8-bit entries are still stored in 16-bit words by most writers; only the size tells.
    const wide = data.length >= entries * 2;
    if ((bits !== 8 && bits !== 16) || data.length < entries) return null;
    const table = new Uint8Array(entries);
    const words = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (let i = 0; i < entries; i++) {
      const value = wide ? words.getUint16(i * 2, file.littleEndian) : (data[i] ?? 0);
      table[i] = bits === 16 ? value >> 8 : value & 0xff;
    }
    tables.push(table);
  }
  const [red, green, blue] = tables;
  return red && green && blue ? { first, tables: [red, green, blue] } : null;
}

/** Stored indices (already sign-extended) through the palette, clamped to its ends as PS3.3 says. */
export function applyPalette(indices: Int32Array, palette: Palette): Uint8Array {
  const [red, green, blue] = palette.tables;
  const last = red.length - 1;
  const out = new Uint8Array(indices.length * 3);
  for (let i = 0, o = 0; i < indices.length; i++, o += 3) {
    const raw = (indices[i] ?? 0) - palette.first;
    const index = raw < 0 ? 0 : raw > last ? last : raw;
    out[o] = red[index] ?? 0;
    out[o + 1] = green[index] ?? 0;
    out[o + 2] = blue[index] ?? 0;
  }
  return out;
}
