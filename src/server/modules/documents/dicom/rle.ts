/**
 * DICOM RLE Lossless (PS3.5 Annex G): a 64-byte header of segment offsets, then one PackBits
 * segment per byte plane — for 16-bit pixels the high bytes, then the low bytes; for colour one
 * plane per sample. Decoding is bounded by the expected plane size, so a hostile run length cannot
 * make us write past the output or loop long.
 */

const HEADER_BYTES = 64;
const MAX_SEGMENTS = 15;
const MAX_EXPANSION = 64;

/** Decodes one PackBits segment into `out`; false when it ends before filling it. */
function unpackSegment(input: Uint8Array, start: number, end: number, out: Uint8Array): boolean {
  let at = start;
  let written = 0;
  while (written < out.length && at < end) {
    const control = input[at++] ?? 0;
    if (control < 128) {
      // A literal run of control + 1 bytes.
      const count = Math.min(control + 1, out.length - written, end - at);
      out.set(input.subarray(at, at + count), written);
      at += control + 1;
      written += count;
    } else if (control > 128) {
      // One byte repeated 257 − control times (the signed byte −n means n + 1 copies).
      if (at >= end) break;
      const value = input[at++] ?? 0;
      const count = Math.min(257 - control, out.length - written);
      out.fill(value, written, written + count);
      written += count;
    } // 128 (−128) is a no-op by definition
  }
  return written === out.length;
}

/**
 * The byte planes of one frame, each `pixels` bytes long, one after the other in segment order;
 * null when the frame is malformed or has another number of planes than the attributes call for.
 */
export function decodeRleFrame(frame: Uint8Array, planes: number, pixels: number): Uint8Array | null {
  if (frame.length < HEADER_BYTES || planes > MAX_SEGMENTS) return null;
  // Two PackBits bytes make at most 128: a frame claiming more is lying about its size, and trusting
  // its Rows × Columns would let a few bytes make us allocate gigabytes.
  if (planes * pixels > (frame.length - HEADER_BYTES) * MAX_EXPANSION) return null;
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  if (view.getUint32(0, true) !== planes) return null;
  const out = new Uint8Array(planes * pixels);
  for (let i = 0; i < planes; i++) {
    const start = view.getUint32(4 + 4 * i, true);
    const end = i + 1 < planes ? view.getUint32(8 + 4 * i, true) : frame.length;
    if (start < HEADER_BYTES || end > frame.length || end < start) return null;
    if (!unpackSegment(frame, start, end, out.subarray(i * pixels, (i + 1) * pixels))) return null;
  }
  return out;
}
