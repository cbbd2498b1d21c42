import {
  IMPLICIT_LE,
  ITEM,
  ITEM_END,
  LONG_VRS,
  MAX_DEPTH,
  MAX_NODES,
  ParseFailure,
  SEQUENCE_END,
  UNDEFINED_LENGTH,
  VRS,
  asciiOf,
  dictionaryVr,
  tagOf,
  type Encoding,
} from './dicom-dataset.js';
import type { SourceCursor } from './dicom-source.js';

/**
 * Finds where elements end without keeping them: the same checks as the Walker of dicom-dataset.ts,
 * over a random-access source, so the header reader can step over pixel data and find the end of an
 * undefined-length sequence reading only element headers.
 */

export interface ElementHeader {
  readonly group: number;
  readonly tag: number;
  readonly vr: string;
  /** The declared value length; UNDEFINED_LENGTH for sequences and encapsulated pixel data. */
  readonly length: number;
  /** Bytes of tag, VR and length before the value. */
  readonly headerBytes: number;
}

const tagAt = (head: Uint8Array, encoding: Encoding): number => {
  const view = new DataView(head.buffer, head.byteOffset, 4);
  return tagOf(view.getUint16(0, encoding.little), view.getUint16(2, encoding.little));
};

/** Longest element header: tag, VR, reserved bytes and a 4-byte length. */
export const MAX_HEADER_BYTES = 12;

/**
 * Decodes the element header at the start of `head`; null when `head` is too short to hold it (the
 * file ends there). Throws for what the Walker refuses.
 */
export function elementHeaderOf(head: Uint8Array, encoding: Encoding): ElementHeader | null {
  if (head.length < 8) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const group = view.getUint16(0, encoding.little);
  const element = view.getUint16(2, encoding.little);
  const tag = tagOf(group, element);
  if (!encoding.explicit) {
    const length = view.getUint32(4, encoding.little);
    const vr = dictionaryVr(group, element) ?? (length === UNDEFINED_LENGTH ? 'SQ' : 'UN');
    return { group, tag, vr, length, headerBytes: 8 };
  }
  const vr = asciiOf(head.subarray(4, 6));
  // Item and delimiter tags carry no VR: callers check them before asking for a header.
  if (!VRS.has(vr)) throw new ParseFailure('unreadable');
  if (!LONG_VRS.has(vr))
    return { group, tag, vr, length: view.getUint16(6, encoding.little), headerBytes: 8 };
  if (head.length < 12) return null;
  return { group, tag, vr, length: view.getUint32(8, encoding.little), headerBytes: 12 };
}

export class ExtentScanner {
  private nodes = 0;

  constructor(private readonly cursor: SourceCursor) {}

  /** Counts an element or item, as the Walker does, so a hostile file cannot make us walk forever. */
  countNode(): void {
    if (++this.nodes > MAX_NODES) throw new ParseFailure('unreadable');
  }

  /** Tag and 4-byte length of an item or delimiter at `at`, all of which are 8 bytes. */
  private async itemHeader(at: number, encoding: Encoding, readAhead = true) {
    const head = await this.cursor.bytes(at, 8, readAhead);
    if (head.length < 8) throw new ParseFailure('truncated');
    const length = new DataView(head.buffer, head.byteOffset, 8).getUint32(4, encoding.little);
    return { tag: tagAt(head, encoding), length };
  }

  /** End of the value of an undefined-length element whose value starts at `valueStart`. */
  async undefinedValueEnd(header: ElementHeader, valueStart: number, encoding: Encoding, depth: number) {
    if (header.vr === 'SQ' || header.vr === 'UN') {
      // An undefined-length UN is a sequence written in implicit VR little endian (PS3.5 §6.2.2).
      return this.sequenceEnd(valueStart, header.vr === 'UN' ? IMPLICIT_LE : encoding, depth + 1);
    }
    if (header.vr === 'OB' || header.vr === 'OW') return this.fragmentsEnd(valueStart, encoding);
    throw new ParseFailure('unreadable');
  }

  /** End of an undefined-length sequence: past its Sequence Delimitation Item. */
  private async sequenceEnd(start: number, encoding: Encoding, depth: number): Promise<number> {
    let at = start;
    for (;;) {
      if (at >= this.cursor.size) throw new ParseFailure('truncated');
      const { tag, length } = await this.itemHeader(at, encoding);
      if (tag === SEQUENCE_END) return at + 8;
      if (tag !== ITEM) throw new ParseFailure('unreadable');
      this.countNode();
      if (length === UNDEFINED_LENGTH) {
        at = await this.itemEnd(at + 8, encoding, depth);
        continue;
      }
      // A defined-length item is kept whole, so its content is checked when the kept bytes are parsed.
      at += 8 + length;
      if (at > this.cursor.size) throw new ParseFailure('truncated');
    }
  }

  /** End of an undefined-length item: past its Item Delimitation Item. */
  private async itemEnd(start: number, encoding: Encoding, depth: number): Promise<number> {
    if (depth > MAX_DEPTH) throw new ParseFailure('unreadable');
    let at = start;
    for (;;) {
      if (at >= this.cursor.size) throw new ParseFailure('truncated');
      const head = await this.cursor.bytes(at, MAX_HEADER_BYTES);
      if (head.length < 4) throw new ParseFailure('truncated');
      if (tagAt(head, encoding) === ITEM_END) return at + 8;
      const header = elementHeaderOf(head, encoding);
      if (!header) throw new ParseFailure('truncated');
      if (header.group === 0xfffe) throw new ParseFailure('unreadable');
      this.countNode();
      const valueStart = at + header.headerBytes;
      if (header.length === UNDEFINED_LENGTH) {
        at = await this.undefinedValueEnd(header, valueStart, encoding, depth);
        continue;
      }
      at = valueStart + header.length;
      if (at > this.cursor.size) throw new ParseFailure('truncated');
    }
  }

  /** End of encapsulated pixel data: its fragments are stepped over, reading only their headers. */
  private async fragmentsEnd(start: number, encoding: Encoding): Promise<number> {
    let at = start;
    for (;;) {
      const { tag, length } = await this.itemHeader(at, encoding, false);
      if (tag === SEQUENCE_END) return at + 8;
      if (tag !== ITEM || length === UNDEFINED_LENGTH) throw new ParseFailure('unreadable');
      this.countNode();
      at += 8 + length;
      if (at > this.cursor.size) throw new ParseFailure('truncated');
    }
  }
}
