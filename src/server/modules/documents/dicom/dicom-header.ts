import { ParseFailure, UNDEFINED_LENGTH, tagOf, type Encoding } from './dicom-dataset.js';
import { ExtentScanner, MAX_HEADER_BYTES, elementHeaderOf, type ElementHeader } from './dicom-extent.js';
import {
  DEFLATED_SYNTAX,
  frameOf,
  framingsOf,
  parseFramed,
  type Frame,
  type Framing,
  type ParseOutcome,
} from './dicom-file.js';
import { SourceCursor, SourceReadError, type RandomAccessSource } from './dicom-source.js';

/**
 * Reads a DICOM file of any size with memory bounded by its header: the data set is copied element by
 * element, except pixel data and other large binary values at its top level, which are stepped over
 * and kept as empty elements of the same tag. The copy is then parsed by the in-memory reader, so a
 * header answers exactly as the whole file would, without the pixels (only their presence).
 *
 * Offsets in the copy are those of the file up to the first value stepped over; DICOMDIR records,
 * which point at each other by offset, come before any bulk data.
 */

export interface DicomHeaderOptions {
  /** More header than this (file meta and data set without its bulk values) is refused as unreadable. */
  readonly maxHeaderBytes?: number;
}

export const DEFAULT_MAX_HEADER_BYTES = 64 * 1024 ** 2;
const LEAD_BYTES = 64 * 1024;
// Binary values larger than this, at the top level of the data set, are stepped over.
const BULK_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'UN']);
const BULK_MIN_BYTES = 64 * 1024;
// Float and double float pixel data too; stepped over at any length.
const PIXEL_DATA = new Set([tagOf(0x7fe0, 0x0010), tagOf(0x7fe0, 0x0008), tagOf(0x7fe0, 0x0009)]);

/** The header's bytes as they are collected: runs of the file, and empty stand-ins for bulk values. */
class HeaderCopy {
  private readonly parts: Uint8Array[] = [];
  private total = 0;

  constructor(
    private readonly cursor: SourceCursor,
    private readonly budget: number,
  ) {}

  private grow(bytes: number): void {
    this.total += bytes;
    if (this.total > this.budget) throw new ParseFailure('unreadable');
  }

  /**
   * Keeps the file's bytes [from, to), read now: the walk moves forward, so a source that is a stream
   * (a decrypting reader) is never asked to go back.
   */
  async keep(from: number, to: number): Promise<void> {
    this.grow(to - from);
    const run = await this.cursor.bytes(from, to - from, false);
    if (run.length < to - from) throw new ParseFailure('truncated');
    this.parts.push(run);
  }

  /** Keeps the element's header with its length set to zero, in place of its value. */
  empty(head: Uint8Array, header: ElementHeader, encoding: Encoding): void {
    this.grow(header.headerBytes);
    // A copy, not a view (Buffer.slice is a view): the window it comes from is read again.
    const stand = Uint8Array.from(head.subarray(0, header.headerBytes));
    const view = new DataView(stand.buffer);
    if (header.headerBytes === 12 || !encoding.explicit) view.setUint32(header.headerBytes - 4, 0);
    else view.setUint16(6, 0);
    this.parts.push(stand);
  }

  bytes(prefix: Uint8Array): Uint8Array {
    const out = new Uint8Array(prefix.length + this.total);
    out.set(prefix);
    let at = prefix.length;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

const isBulk = (header: ElementHeader): boolean =>
  header.vr !== 'SQ' &&
  (PIXEL_DATA.has(header.tag) || (BULK_VRS.has(header.vr) && header.length > BULK_MIN_BYTES));

/** Copies the top level of the data set starting at `start`, stepping over bulk values. */
async function copyDataset(cursor: SourceCursor, frame: Frame, copy: HeaderCopy): Promise<void> {
  const { encoding } = frame;
  const extents = new ExtentScanner(cursor);
  let at = frame.datasetStart;
  while (at < cursor.size) {
    const head = await cursor.bytes(at, MAX_HEADER_BYTES);
    const header = elementHeaderOf(head, encoding);
    if (!header) {
      // The file ends inside a header: kept as is, the parse reports it cut short.
      await copy.keep(at, cursor.size);
      return;
    }
    if (header.group === 0xfffe) throw new ParseFailure('unreadable');
    extents.countNode();
    const valueStart = at + header.headerBytes;
    const end =
      header.length === UNDEFINED_LENGTH
        ? await extents.undefinedValueEnd(header, valueStart, encoding, 0)
        : valueStart + header.length;
    if (end > cursor.size) throw new ParseFailure('truncated');
    if (isBulk(header)) copy.empty(head, header, encoding);
    else await copy.keep(at, end);
    at = end;
  }
}

/** The file meta information of `framing`, reading more of the file while it runs past `lead`. */
async function frameWithin(
  cursor: SourceCursor,
  lead: Uint8Array,
  framing: Framing,
  maxBytes: number,
): Promise<{ frame: Frame; lead: Uint8Array }> {
  let current = lead;
  for (;;) {
    const whole = current.length >= cursor.size;
    try {
      const frame = frameOf(current, framing, cursor.size);
      // The data set's first element must be in view: a bare data set's encoding is guessed from it.
      if (whole || frame.datasetStart + MAX_HEADER_BYTES <= current.length) return { frame, lead: current };
    } catch (error) {
      if (whole || !(error instanceof ParseFailure && error.reason === 'truncated')) throw error;
    }
    if (current.length >= maxBytes) throw new ParseFailure('unreadable');
    current = await cursor.read(0, Math.min(maxBytes, current.length * 2));
  }
}

async function parseFraming(
  cursor: SourceCursor,
  lead: Uint8Array,
  framing: Framing,
  maxBytes: number,
): Promise<ParseOutcome> {
  const { frame, lead: read } = await frameWithin(cursor, lead, framing, maxBytes);
  if (frame.syntax === DEFLATED_SYNTAX) {
    // One deflate stream from the meta information on: its header cannot be found without the file,
    // so a small one is read whole, inflating to no more than the header limit.
    if (cursor.size > maxBytes) throw new ParseFailure('unreadable');
    return parseFramed(await cursor.read(0, cursor.size), framing, maxBytes);
  }
  const copy = new HeaderCopy(cursor, maxBytes - frame.datasetStart);
  await copyDataset(cursor, frame, copy);
  return parseFramed(copy.bytes(read.subarray(0, frame.datasetStart)), framing);
}

/**
 * Parses the header of the DICOM file in `source`, as parseDicom would parse the whole file but with
 * empty bulk values. Never throws for a bad file; an error of the source itself propagates.
 */
export async function parseDicomHeader(
  source: RandomAccessSource,
  options: DicomHeaderOptions = {},
): Promise<ParseOutcome> {
  const maxBytes = options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES;
  const lead = await source.read(0, Math.min(LEAD_BYTES, maxBytes, source.size));
  const cursor = new SourceCursor(source, lead);
  let failure: ParseOutcome | null = null;
  for (const framing of framingsOf(lead, source.size)) {
    let outcome: ParseOutcome;
    try {
      outcome = await parseFraming(cursor, lead, framing, maxBytes);
    } catch (error) {
      if (error instanceof SourceReadError) throw error.cause;
      // DataView range errors on hostile input are failures of the file, not of the server.
      outcome = { ok: false, reason: error instanceof ParseFailure ? error.reason : 'unreadable' };
    }
    if (outcome.ok) return outcome;
    failure ??= outcome;
  }
  return failure ?? { ok: false, reason: 'not_dicom' };
}
