import { dictionary } from 'dcmjs/dictionary';

/**
 * The element structure of a DICOM file (PS3.5 §7, PS3.10 §7), checked byte by byte.
 *
 * Uploaded files are untrusted: every length is checked against the bytes actually there, so a
 * truncated or hostile file ends as a `reason`, never as an exception, a hang or a huge allocation.
 * Values are kept as raw bytes (views, not copies): text is decoded later under the file's Specific
 * Character Set, which dcmjs cannot do for Japanese ISO 2022 names. Pixel data is skipped by length.
 */

export type DicomFailure = 'not_dicom' | 'truncated' | 'unreadable';

export interface DicomElement {
  readonly vr: string;
  /** The value bytes; empty for sequences and encapsulated pixel data. */
  readonly value: Uint8Array;
  /** Items of a sequence; null for other elements. */
  readonly items: readonly DicomItem[] | null;
  /**
   * Encapsulated (compressed) pixel data: the value of each item, the Basic Offset Table first
   * (PS3.5 A.4). Views into the file, kept so thumbnails can decode the first frame.
   */
  readonly fragments?: readonly Uint8Array[];
}

export interface DicomItem {
  /** Offset of the item in the file; DICOMDIR records point at each other by these offsets. */
  readonly offset: number;
  readonly elements: ReadonlyMap<number, DicomElement>;
}

export interface ParsedDicom {
  readonly meta: ReadonlyMap<number, DicomElement>;
  readonly dataset: DicomItem;
  readonly littleEndian: boolean;
  /** As declared in the meta information, or as inferred for a bare data set. */
  readonly transferSyntaxUid: string;
}

export const tagOf = (group: number, element: number): number => ((group << 16) | element) >>> 0;

export const ITEM = tagOf(0xfffe, 0xe000);
export const ITEM_END = tagOf(0xfffe, 0xe00d);
export const SEQUENCE_END = tagOf(0xfffe, 0xe0dd);
export const UNDEFINED_LENGTH = 0xffffffff;
export const MAX_DEPTH = 32;
export const MAX_NODES = 500_000; // elements and items: bounds the memory a hostile file can make us hold

export const VRS = new Set(
  'AE AS AT CS DA DS DT FD FL IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL UN UR US UT UV'.split(
    ' ',
  ),
);
// VRs with a 2-byte reserved field and a 4-byte length in explicit VR (PS3.5 Table 7.1-1).
export const LONG_VRS = new Set('OB OD OF OL OV OW SQ SV UC UN UR UT UV'.split(' '));

const asciiDecoder = new TextDecoder('latin1');
/** For UIDs, VRs and magic numbers: ASCII by definition, so any one-byte decoding will do. */
export const asciiOf = (bytes: Uint8Array): string => asciiDecoder.decode(bytes);

export class ParseFailure extends Error {
  constructor(readonly reason: Exclude<DicomFailure, 'not_dicom'>) {
    super(reason);
  }
}

export interface Encoding {
  readonly explicit: boolean;
  readonly little: boolean;
}
export const IMPLICIT_LE: Encoding = { explicit: false, little: true };
export const EXPLICIT_LE: Encoding = { explicit: true, little: true };
export const EXPLICIT_BE: Encoding = { explicit: true, little: false };
export const uidOfEncoding = (encoding: Encoding): string =>
  !encoding.explicit ? '1.2.840.10008.1.2' : encoding.little ? '1.2.840.10008.1.2.1' : '1.2.840.10008.1.2.2';

/** Implicit VR files carry no VRs; the data dictionary tells which elements are sequences. */
export function dictionaryVr(group: number, element: number): string | undefined {
  if (typeof dictionary !== 'object' || dictionary === null) return undefined;
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  const entry: unknown = Reflect.get(dictionary, `(${hex(group)},${hex(element)})`);
  if (typeof entry !== 'object' || entry === null) return undefined;
  const vr: unknown = Reflect.get(entry, 'vr');
  return typeof vr === 'string' && VRS.has(vr) ? vr : undefined;
}

export class Walker {
  private readonly view: DataView;
  private nodes = 0;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  u16(at: number, little: boolean): number {
    if (at + 2 > this.bytes.length) throw new ParseFailure('truncated');
    return this.view.getUint16(at, little);
  }

  u32(at: number, little: boolean): number {
    if (at + 4 > this.bytes.length) throw new ParseFailure('truncated');
    return this.view.getUint32(at, little);
  }

  ascii(at: number, length: number): string {
    if (at + length > this.bytes.length) throw new ParseFailure('truncated');
    return asciiOf(this.bytes.subarray(at, at + length));
  }

  /** Elements from `start` up to `limit`, or up to an item delimiter, or while in `onlyGroup`. */
  elements(
    start: number,
    limit: number,
    encoding: Encoding,
    depth: number,
    options: { untilItemEnd?: boolean; onlyGroup?: number } = {},
  ): { elements: Map<number, DicomElement>; next: number } {
    if (depth > MAX_DEPTH) throw new ParseFailure('unreadable');
    const elements = new Map<number, DicomElement>();
    let at = start;
    for (;;) {
      if (at >= limit) {
        if (!options.untilItemEnd) return { elements, next: at };
        throw new ParseFailure(limit >= this.bytes.length ? 'truncated' : 'unreadable');
      }
      const group = this.u16(at, encoding.little);
      const element = this.u16(at + 2, encoding.little);
      const tag = tagOf(group, element);
      if (options.onlyGroup !== undefined && group !== options.onlyGroup) return { elements, next: at };
      if (tag === ITEM_END && options.untilItemEnd) return { elements, next: at + 8 };
      if (group === 0xfffe) throw new ParseFailure('unreadable');
      if (++this.nodes > MAX_NODES) throw new ParseFailure('unreadable');

      let vr: string;
      let length: number;
      let valueStart: number;
      if (encoding.explicit) {
        vr = this.ascii(at + 4, 2);
        if (!VRS.has(vr)) throw new ParseFailure('unreadable');
        const long = LONG_VRS.has(vr);
        length = long ? this.u32(at + 8, encoding.little) : this.u16(at + 6, encoding.little);
        valueStart = at + (long ? 12 : 8);
      } else {
        length = this.u32(at + 4, encoding.little);
        vr = dictionaryVr(group, element) ?? (length === UNDEFINED_LENGTH ? 'SQ' : 'UN');
        valueStart = at + 8;
      }

      if (length === UNDEFINED_LENGTH) {
        let items: DicomItem[] | null = null;
        let fragments: Uint8Array[] | undefined;
        if (vr === 'SQ' || vr === 'UN') {
          // An undefined-length UN is a sequence written in implicit VR little endian (PS3.5 §6.2.2).
          const sequence = this.items(
            valueStart,
            limit,
            vr === 'UN' ? IMPLICIT_LE : encoding,
            depth + 1,
            true,
          );
          items = sequence.items;
          at = sequence.next;
        } else if (vr === 'OB' || vr === 'OW') {
          ({ next: at, fragments } = this.fragments(valueStart, encoding)); // encapsulated pixel data
        } else {
          throw new ParseFailure('unreadable');
        }
        if (!elements.has(tag))
          elements.set(tag, { vr, value: new Uint8Array(0), items, ...(fragments && { fragments }) });
        continue;
      }

      const valueEnd = valueStart + length;
      if (valueEnd > this.bytes.length) throw new ParseFailure('truncated');
      if (valueEnd > limit) throw new ParseFailure('unreadable');
      const items = vr === 'SQ' ? this.items(valueStart, valueEnd, encoding, depth + 1, false).items : null;
      // A repeated tag is malformed; the first occurrence is kept.
      if (!elements.has(tag))
        elements.set(tag, { vr, value: this.bytes.subarray(valueStart, valueEnd), items });
      at = valueEnd;
    }
  }

  private items(
    start: number,
    limit: number,
    encoding: Encoding,
    depth: number,
    untilSequenceEnd: boolean,
  ): { items: DicomItem[]; next: number } {
    const items: DicomItem[] = [];
    let at = start;
    for (;;) {
      if (at >= limit) {
        if (!untilSequenceEnd) return { items, next: at };
        throw new ParseFailure(limit >= this.bytes.length ? 'truncated' : 'unreadable');
      }
      const tag = tagOf(this.u16(at, encoding.little), this.u16(at + 2, encoding.little));
      const length = this.u32(at + 4, encoding.little);
      if (tag === SEQUENCE_END) {
        if (untilSequenceEnd) return { items, next: at + 8 };
        at += 8; // tolerated inside a defined-length sequence
        continue;
      }
      if (tag !== ITEM || ++this.nodes > MAX_NODES) throw new ParseFailure('unreadable');
      if (length === UNDEFINED_LENGTH) {
        const item = this.elements(at + 8, limit, encoding, depth, { untilItemEnd: true });
        items.push({ offset: at, elements: item.elements });
        at = item.next;
        continue;
      }
      const itemEnd = at + 8 + length;
      if (itemEnd > this.bytes.length) throw new ParseFailure('truncated');
      if (itemEnd > limit) throw new ParseFailure('unreadable');
      items.push({ offset: at, elements: this.elements(at + 8, itemEnd, encoding, depth).elements });
      at = itemEnd;
    }
  }

  /** Steps over the fragments of encapsulated pixel data, keeping views of them (not copies). */
  private fragments(start: number, encoding: Encoding): { next: number; fragments: Uint8Array[] } {
    const fragments: Uint8Array[] = [];
    let at = start;
    for (;;) {
      const tag = tagOf(this.u16(at, encoding.little), this.u16(at + 2, encoding.little));
      const length = this.u32(at + 4, encoding.little);
      if (tag === SEQUENCE_END) return { next: at + 8, fragments };
      if (tag !== ITEM || length === UNDEFINED_LENGTH || ++this.nodes > MAX_NODES) {
        throw new ParseFailure('unreadable');
      }
      const end = at + 8 + length;
      if (end > this.bytes.length) throw new ParseFailure('truncated');
      fragments.push(this.bytes.subarray(at + 8, end));
      at = end;
    }
  }
}
