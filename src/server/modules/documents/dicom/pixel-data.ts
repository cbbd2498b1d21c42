import { nativeColorFrameBytes, nativeColorToRgb } from './color.js';
import type { DicomElement } from './dicom-dataset.js';
import type { ImageAttributes, ThumbnailFailure } from './image-attributes.js';
import { decodeJpeg, readJpegHeader } from './jpeg-baseline.js';
import { decodeRleFrame } from './rle.js';

/**
 * The first frame of an image's pixel data, unpacked to what the renderer works on: grey (or palette)
 * images as their stored words, colour images as interleaved 8-bit RGB. Native pixel data is viewed
 * in place where byte order and alignment allow; compressed frames are decoded (JPEG 8-bit, RLE).
 */

export type Frame =
  | {
      readonly kind: 'grey';
      /** Stored words, BitsAllocated wide, in machine order; bits outside BitsStored not yet masked. */
      readonly words: Uint8Array | Uint16Array;
      readonly bitsStored: number;
      readonly highBit: number;
    }
  | { readonly kind: 'rgb'; readonly rgb: Uint8Array };

export type FrameOutcome = { ok: true; frame: Frame } | { ok: false; reason: ThumbnailFailure };

const NATIVE_SYNTAXES = new Set([
  '1.2.840.10008.1.2', // implicit VR little endian
  '1.2.840.10008.1.2.1', // explicit VR little endian
  '1.2.840.10008.1.2.2', // explicit VR big endian (retired, still on old CDs)
  '1.2.840.10008.1.2.1.99', // deflated: the reader has inflated the data set already
]);
const ENCAPSULATED_UNCOMPRESSED = '1.2.840.10008.1.2.1.98';
const JPEG_8BIT_SYNTAXES = new Set(['1.2.840.10008.1.2.4.50', '1.2.840.10008.1.2.4.51']);
const RLE = '1.2.840.10008.1.2.5';

const MACHINE_LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

const failure = (reason: ThumbnailFailure): FrameOutcome => ({ ok: false, reason });
const grey = (words: Uint8Array | Uint16Array, image: ImageAttributes): FrameOutcome => ({
  ok: true,
  frame: { kind: 'grey', words, bitsStored: image.bitsStored, highBit: image.highBit },
});

/** 16-bit words of `bytes`: a view when the layout already matches the machine, else a copy. */
function words16(bytes: Uint8Array, count: number, littleEndian: boolean): Uint16Array {
  if (littleEndian === MACHINE_LITTLE_ENDIAN && bytes.byteOffset % 2 === 0) {
    return new Uint16Array(bytes.buffer, bytes.byteOffset, count);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, count * 2);
  const words = new Uint16Array(count);
  for (let i = 0; i < count; i++) words[i] = view.getUint16(i * 2, littleEndian);
  return words;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Whether a JPEG fragment ends its stream (EOI, maybe followed by the even-length pad byte). */
function endsWithEoi(fragment: Uint8Array): boolean {
  let end = fragment.length;
  if (end > 0 && fragment[end - 1] === 0) end--;
  return fragment[end - 2] === 0xff && fragment[end - 1] === 0xd9;
}

/**
 * The compressed bytes of frame 1 from the fragments (PS3.5 A.4): the Basic Offset Table, when
 * present, says where frame 2 starts; without one, one fragment per frame is the common case, and a
 * JPEG frame otherwise ends with the fragment that holds its EOI marker.
 */
function firstFrameBytes(fragments: readonly Uint8Array[], frames: number, jpeg: boolean): Uint8Array | null {
  const [offsetTable, ...data] = fragments;
  if (!offsetTable || data.length === 0) return null;
  let count = 1;
  if (frames === 1) {
    count = data.length;
  } else if (offsetTable.length >= 8) {
    // Offsets count from the first fragment's item tag: each fragment is an 8-byte header + value.
    const second = new DataView(offsetTable.buffer, offsetTable.byteOffset, 8).getUint32(4, true);
    let offset = 0;
    count = 0;
    while (count < data.length && offset < second) offset += 8 + (data[count++]?.length ?? 0);
  } else if (jpeg && data.length > frames) {
    count = data.findIndex(endsWithEoi) + 1 || data.length;
  }
  return concat(data.slice(0, Math.max(count, 1)));
}

function nativeFrame(
  bytes: Uint8Array,
  element: DicomElement,
  image: ImageAttributes,
  littleEndian: boolean,
): FrameOutcome {
  const pixels = image.rows * image.columns;
  const bytesPerSample = image.bitsAllocated / 8;
  const frameBytes =
    image.samplesPerPixel === 1 ? pixels * bytesPerSample : nativeColorFrameBytes(image.photometric, pixels);
  // Every frame must be there: a short value is a damaged file, even if frame 1 happens to fit.
  if (bytes.length < frameBytes * image.frames) return failure('unreadable');
  const frame = bytes.subarray(0, frameBytes);

  if (image.samplesPerPixel === 3) {
    if (image.bitsAllocated !== 8) return failure('unsupported_photometric');
    const rgb = nativeColorToRgb(frame, image.photometric, image.planar, pixels);
    return rgb ? { ok: true, frame: { kind: 'rgb', rgb } } : failure('unsupported_photometric');
  }
  if (image.bitsAllocated === 16) return grey(words16(frame, pixels, littleEndian), image);
  if (littleEndian || element.vr !== 'OW') return grey(frame, image);
  // 8-bit pixels in a big endian OW value are byte-swapped in pairs (PS3.5 §7.3).
  const swapped = new Uint8Array(pixels);
  for (let i = 0; i < pixels; i++) swapped[i] = bytes[i ^ 1] ?? 0; // the value is padded to even
  return grey(swapped, image);
}

function rleFrame(bytes: Uint8Array, image: ImageAttributes): FrameOutcome {
  const pixels = image.rows * image.columns;
  const bytesPerSample = image.bitsAllocated / 8;
  // RLE colour is always YBR_FULL or RGB: one segment per sample, i.e. planar.
  if (image.samplesPerPixel === 3 && (bytesPerSample !== 1 || image.photometric === 'YBR_FULL_422')) {
    return failure(bytesPerSample !== 1 ? 'unsupported_photometric' : 'unreadable');
  }
  const planes = decodeRleFrame(bytes, image.samplesPerPixel * bytesPerSample, pixels);
  if (!planes) return failure('unreadable');
  if (image.samplesPerPixel === 3) {
    const rgb = nativeColorToRgb(planes, image.photometric, true, pixels);
    return rgb ? { ok: true, frame: { kind: 'rgb', rgb } } : failure('unsupported_photometric');
  }
  if (bytesPerSample === 1) return grey(planes, image);
  const words = new Uint16Array(pixels); // segment 1 holds the high bytes, segment 2 the low
  for (let i = 0; i < pixels; i++) words[i] = ((planes[i] ?? 0) << 8) | (planes[pixels + i] ?? 0);
  return grey(words, image);
}

function jpegFrame(bytes: Uint8Array, image: ImageAttributes): FrameOutcome {
  const header = readJpegHeader(bytes);
  if (header === 'unsupported') return failure('unsupported_transfer_syntax');
  if (!header) return failure('unreadable');
  // 12-bit JPEG Extended streams need a decoder jpeg-js is not.
  if (header.precision !== 8) return failure('unsupported_transfer_syntax');
  const consistent =
    header.rows === image.rows &&
    header.columns === image.columns &&
    header.components === image.samplesPerPixel;
  if (!consistent) return failure('unreadable');
  // Without a marker saying otherwise, DICOM's RGB means the stream was not colour-transformed.
  const rgb = decodeJpeg(bytes, header.ycbcr ?? image.photometric !== 'RGB');
  if (image.samplesPerPixel === 3) return { ok: true, frame: { kind: 'rgb', rgb } };
  const pixels = image.rows * image.columns;
  const words = new Uint8Array(pixels); // a grey stream comes out as R = G = B
  for (let i = 0; i < pixels; i++) words[i] = rgb[i * 3] ?? 0;
  const bitsStored = Math.min(image.bitsStored, 8);
  return { ok: true, frame: { kind: 'grey', words, bitsStored, highBit: bitsStored - 1 } };
}

/**
 * Unpacks frame 1 of the pixel data element. May throw on a corrupt compressed stream (jpeg-js
 * does); the caller turns that into `unreadable`.
 */
export function firstFrame(
  element: DicomElement,
  image: ImageAttributes,
  transferSyntaxUid: string,
  littleEndian: boolean,
): FrameOutcome {
  const fragments = element.fragments;
  if (NATIVE_SYNTAXES.has(transferSyntaxUid)) {
    return fragments ? failure('unreadable') : nativeFrame(element.value, element, image, littleEndian);
  }
  const jpeg = JPEG_8BIT_SYNTAXES.has(transferSyntaxUid);
  if (!jpeg && transferSyntaxUid !== RLE && transferSyntaxUid !== ENCAPSULATED_UNCOMPRESSED) {
    return failure('unsupported_transfer_syntax');
  }
  if (!fragments) return failure('unreadable');
  if (transferSyntaxUid === ENCAPSULATED_UNCOMPRESSED) {
    // One fragment per frame, native little endian bytes inside (PS3.5 A.4.11).
    const first = image.frames === 1 ? firstFrameBytes(fragments, 1, false) : fragments[1];
    return first ? nativeFrame(first, element, { ...image, frames: 1 }, true) : failure('unreadable');
  }
  const bytes = firstFrameBytes(fragments, image.frames, jpeg);
  if (!bytes) return failure('unreadable');
  return jpeg ? jpegFrame(bytes, image) : rleFrame(bytes, image);
}
