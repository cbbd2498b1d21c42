/**
 * Tiny DICOM files written for the thumbnail tests: the fixtures on disk have no colour, palette,
 * JPEG Baseline, signed 8-bit or multi-frame image, so the tests build them. Explicit VR little
 * endian Part 10 files with only the elements a renderer reads.
 */

export interface SyntheticImage {
  readonly rows: number;
  readonly columns: number;
  readonly bitsAllocated?: number;
  readonly bitsStored?: number;
  readonly highBit?: number;
  readonly pixelRepresentation?: 0 | 1;
  readonly samplesPerPixel?: number;
  readonly photometric?: string;
  readonly planarConfiguration?: 0 | 1;
  readonly frames?: number;
  readonly rescale?: { readonly slope: number; readonly intercept: number };
  readonly window?: { readonly center: number; readonly width: number; readonly fn?: string };
  readonly paddingValue?: number;
  readonly transferSyntax?: string;
  /** Native pixel bytes as they are in the file (little endian). */
  readonly pixels?: Uint8Array;
  /** Encapsulated pixel data: the fragments after an empty Basic Offset Table. */
  readonly fragments?: readonly Uint8Array[];
  /** More elements: [group, element, VR, value bytes]. */
  readonly extra?: readonly (readonly [number, number, string, Uint8Array])[];
}

const LONG_VRS = new Set(['OB', 'OW', 'SQ', 'UN', 'UT']);
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Text padded to even length: with NUL for UIDs, with a space otherwise (PS3.5 §6.2). */
function text(value: string, vr: string): Uint8Array {
  return ascii(value.length % 2 === 0 ? value : value + (vr === 'UI' ? '\0' : ' '));
}

const padded = (bytes: Uint8Array): Uint8Array =>
  bytes.length % 2 === 0 ? bytes : concatBytes([bytes, new Uint8Array(1)]);

export function us(...values: number[]): Uint8Array {
  const bytes = new Uint8Array(values.length * 2);
  const view = new DataView(bytes.buffer);
  values.forEach((value, i) => view.setUint16(i * 2, value, true));
  return bytes;
}

/** A decimal string value (DS, IS), padded. */
export const decimal = (value: number): Uint8Array => text(String(value), 'DS');

/** A sequence of defined-length items, each given as its encoded elements. */
export function sequence(...items: (readonly Uint8Array[])[]): Uint8Array {
  return concatBytes(items.map((elements) => item(0xe000, concatBytes(elements))));
}

export function element(group: number, elementNumber: number, vr: string, value: Uint8Array): Uint8Array {
  const long = LONG_VRS.has(vr);
  const header = new Uint8Array(long ? 12 : 8);
  const view = new DataView(header.buffer);
  view.setUint16(0, group, true);
  view.setUint16(2, elementNumber, true);
  header.set(ascii(vr), 4);
  if (long) view.setUint32(8, value.length, true);
  else view.setUint16(6, value.length, true);
  return concatBytes([header, value]);
}

function item(tagElement: number, value: Uint8Array): Uint8Array {
  const header = new Uint8Array(8);
  const view = new DataView(header.buffer);
  view.setUint16(0, 0xfffe, true);
  view.setUint16(2, tagElement, true);
  view.setUint32(4, value.length, true);
  return concatBytes([header, value]);
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function encapsulated(fragments: readonly Uint8Array[]): Uint8Array {
  const header = element(0x7fe0, 0x0010, 'OB', new Uint8Array(0));
  new DataView(header.buffer).setUint32(8, 0xffffffff, true);
  return concatBytes([
    header,
    item(0xe000, new Uint8Array(0)),
    ...fragments.map((f) => item(0xe000, padded(f))),
    item(0xe0dd, new Uint8Array(0)),
  ]);
}

export function buildDicom(image: SyntheticImage): Uint8Array {
  const bitsAllocated = image.bitsAllocated ?? 8;
  const bitsStored = image.bitsStored ?? bitsAllocated;
  const samples = image.samplesPerPixel ?? 1;
  const syntax = image.transferSyntax ?? '1.2.840.10008.1.2.1';
  const elements: [number, number, string, Uint8Array][] = [
    [0x0008, 0x0016, 'UI', text('1.2.840.10008.5.1.4.1.1.7', 'UI')],
    [0x0008, 0x0018, 'UI', text('1.2.3.4.5', 'UI')],
    [0x0008, 0x0060, 'CS', text('OT', 'CS')],
    [0x0028, 0x0002, 'US', us(samples)],
    [0x0028, 0x0004, 'CS', text(image.photometric ?? 'MONOCHROME2', 'CS')],
    [0x0028, 0x0010, 'US', us(image.rows)],
    [0x0028, 0x0011, 'US', us(image.columns)],
    [0x0028, 0x0100, 'US', us(bitsAllocated)],
    [0x0028, 0x0101, 'US', us(bitsStored)],
    [0x0028, 0x0102, 'US', us(image.highBit ?? bitsStored - 1)],
    [0x0028, 0x0103, 'US', us(image.pixelRepresentation ?? 0)],
    ...(image.extra ?? []).map(([g, e, vr, v]): [number, number, string, Uint8Array] => [g, e, vr, v]),
  ];
  if (samples > 1) elements.push([0x0028, 0x0006, 'US', us(image.planarConfiguration ?? 0)]);
  if (image.frames !== undefined) elements.push([0x0028, 0x0008, 'IS', text(String(image.frames), 'IS')]);
  if (image.paddingValue !== undefined)
    elements.push([0x0028, 0x0120, 'US', us(image.paddingValue & 0xffff)]);
  if (image.window) {
    elements.push([0x0028, 0x1050, 'DS', text(String(image.window.center), 'DS')]);
    elements.push([0x0028, 0x1051, 'DS', text(String(image.window.width), 'DS')]);
    if (image.window.fn) elements.push([0x0028, 0x1056, 'CS', text(image.window.fn, 'CS')]);
  }
  if (image.rescale) {
    elements.push([0x0028, 0x1052, 'DS', text(String(image.rescale.intercept), 'DS')]);
    elements.push([0x0028, 0x1053, 'DS', text(String(image.rescale.slope), 'DS')]);
  }
  elements.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const meta = element(0x0002, 0x0010, 'UI', text(syntax, 'UI'));
  const pixelData = image.fragments
    ? encapsulated(image.fragments)
    : element(0x7fe0, 0x0010, bitsAllocated > 8 ? 'OW' : 'OB', padded(image.pixels ?? new Uint8Array(0)));
  return concatBytes([
    new Uint8Array(128),
    ascii('DICM'),
    meta,
    ...elements.map(([g, e, vr, v]) => element(g, e, vr, v)),
    pixelData,
  ]);
}
