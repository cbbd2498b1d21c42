import { inflateRawSync } from 'node:zlib';
import {
  EXPLICIT_BE,
  EXPLICIT_LE,
  IMPLICIT_LE,
  ParseFailure,
  UNDEFINED_LENGTH,
  VRS,
  Walker,
  asciiOf,
  tagOf,
  uidOfEncoding,
  type DicomElement,
  type DicomFailure,
  type Encoding,
  type ParsedDicom,
} from './dicom-dataset.js';

/**
 * The framing of a DICOM file around its data set: the Part 10 preamble, "DICM" and file meta
 * information (PS3.10 §7.1) which name the transfer syntax — or, for a bare data set, a guess from
 * its first element.
 */

export type ParseOutcome = { ok: true; file: ParsedDicom } | { ok: false; reason: DicomFailure };

const TRANSFER_SYNTAX = tagOf(0x0002, 0x0010);
const MAX_INFLATED_BYTES = 512 * 1024 * 1024;

function encodingOf(transferSyntaxUid: string): Encoding {
  if (transferSyntaxUid === '1.2.840.10008.1.2') return IMPLICIT_LE;
  if (transferSyntaxUid === '1.2.840.10008.1.2.2') return EXPLICIT_BE;
  return EXPLICIT_LE; // explicit VR LE, deflated, and every compressed syntax (only pixel data differs)
}

/** Guesses how a data set without file meta information is encoded, from its first element. */
function sniffEncoding(bytes: Uint8Array, at: number, fileSize: number): Encoding | null {
  if (at + 8 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, 8);
  const hasVr = VRS.has(asciiOf(bytes.subarray(at + 4, at + 6)));
  // A data set starts with group 0008 (SOP Common, Specific Character Set, ...).
  if (view.getUint16(0, true) === 0x0008) {
    if (hasVr) return EXPLICIT_LE;
    const length = view.getUint32(4, true);
    return length === UNDEFINED_LENGTH || at + 8 + length <= fileSize ? IMPLICIT_LE : null;
  }
  return view.getUint16(0, false) === 0x0008 && hasVr ? EXPLICIT_BE : null;
}

/** Where a candidate reading of a file starts, and the encoding guessed for a bare data set. */
export interface Framing {
  readonly metaStart: number;
  readonly guess: Encoding | null;
}

/** The file meta information of one framing, and where (and how) its data set is encoded. */
export interface Frame {
  readonly meta: Map<number, DicomElement>;
  readonly datasetStart: number;
  readonly encoding: Encoding;
  readonly syntax: string | null;
}

export const DEFLATED_SYNTAX = '1.2.840.10008.1.2.1.99';

/**
 * Reads the file meta information of `framing`. `bytes` may be only the start of a file of `fileSize`
 * bytes, as long as it holds the meta information (the header reader grows it until it does).
 */
export function frameOf(bytes: Uint8Array, framing: Framing, fileSize: number): Frame {
  const walker = new Walker(bytes);
  const meta = walker.elements(framing.metaStart, bytes.length, EXPLICIT_LE, 0, { onlyGroup: 0x0002 });
  const syntaxBytes = meta.elements.get(TRANSFER_SYNTAX)?.value;
  const syntax = syntaxBytes ? asciiOf(syntaxBytes).replace(/[\0 ]+$/, '') : null;
  // A file that ends with its header was cut short: the data set is the point of the file.
  if (meta.next >= fileSize) throw new ParseFailure('truncated');
  const encoding = syntax ? encodingOf(syntax) : (framing.guess ?? sniffEncoding(bytes, meta.next, fileSize));
  if (!encoding) throw new ParseFailure('unreadable');
  return { meta: meta.elements, datasetStart: meta.next, encoding, syntax };
}

function parseAt(bytes: Uint8Array, framing: Framing, maxInflatedBytes: number): ParsedDicom {
  const { meta, datasetStart, encoding, syntax } = frameOf(bytes, framing, bytes.length);
  if (syntax === DEFLATED_SYNTAX) {
    const inflated = inflateRawSync(bytes.subarray(datasetStart), { maxOutputLength: maxInflatedBytes });
    const dataset = new Walker(inflated);
    const { elements } = dataset.elements(0, inflated.length, encoding, 0);
    return {
      meta,
      dataset: { offset: datasetStart, elements },
      littleEndian: true,
      transferSyntaxUid: syntax,
    };
  }
  const { elements } = new Walker(bytes).elements(datasetStart, bytes.length, encoding, 0);
  return {
    meta,
    dataset: { offset: datasetStart, elements },
    littleEndian: encoding.little,
    transferSyntaxUid: syntax ?? uidOfEncoding(encoding),
  };
}

function attempt(run: () => ParsedDicom): ParseOutcome {
  try {
    return { ok: true, file: run() };
  } catch (error) {
    // zlib and DataView errors on hostile input are failures of the file, not of the server.
    return { ok: false, reason: error instanceof ParseFailure ? error.reason : 'unreadable' };
  }
}

const startsWithMagic = (bytes: Uint8Array, at: number): boolean =>
  asciiOf(bytes.subarray(at, at + 4)) === 'DICM';

/**
 * The ways to read a file, in the order tried: a Part 10 file (128-byte preamble, "DICM", file meta
 * information), or a bare data set (no preamble or meta: the encoding is guessed from its first
 * element). `bytes` may be only the start of a file of `fileSize` bytes.
 */
export function framingsOf(bytes: Uint8Array, fileSize: number = bytes.length): Framing[] {
  if (bytes.length >= 132 && startsWithMagic(bytes, 128)) return [{ metaStart: 132, guess: null }];
  if (startsWithMagic(bytes, 0)) return [{ metaStart: 4, guess: null }];

  // Bare data sets. A few leading stray bytes are tolerated: pydicom's no_meta.dcm, a real-world
  // sample, starts with the last pad byte of the meta header it was cut from.
  const framings: Framing[] = [];
  for (let at = 0; at < 16 && at + 8 <= bytes.length; at++) {
    const guess = sniffEncoding(bytes, at, fileSize);
    const hasMeta = new DataView(bytes.buffer, bytes.byteOffset + at, 2).getUint16(0, true) === 0x0002;
    if (guess || hasMeta) framings.push({ metaStart: at, guess });
  }
  return framings;
}

/**
 * Parses `bytes` as read by one framing; a deflated data set inflating past `maxInflatedBytes` is
 * unreadable. Never throws.
 */
export const parseFramed = (
  bytes: Uint8Array,
  framing: Framing,
  maxInflatedBytes = MAX_INFLATED_BYTES,
): ParseOutcome => attempt(() => parseAt(bytes, framing, maxInflatedBytes));

/** Parses a DICOM file: the first framing that reads, else the first failure. Never throws. */
export function parseDicom(bytes: Uint8Array): ParseOutcome {
  let failure: ParseOutcome | null = null;
  for (const framing of framingsOf(bytes)) {
    const outcome = parseFramed(bytes, framing);
    if (outcome.ok) return outcome;
    failure ??= outcome;
  }
  return failure ?? { ok: false, reason: 'not_dicom' };
}
