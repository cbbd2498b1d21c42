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
function sniffEncoding(bytes: Uint8Array, at: number): Encoding | null {
  if (at + 8 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, 8);
  const hasVr = VRS.has(asciiOf(bytes.subarray(at + 4, at + 6)));
  // A data set starts with group 0008 (SOP Common, Specific Character Set, ...).
  if (view.getUint16(0, true) === 0x0008) {
    if (hasVr) return EXPLICIT_LE;
    const length = view.getUint32(4, true);
    return length === UNDEFINED_LENGTH || at + 8 + length <= bytes.length ? IMPLICIT_LE : null;
  }
  return view.getUint16(0, false) === 0x0008 && hasVr ? EXPLICIT_BE : null;
}

function parseAt(bytes: Uint8Array, metaStart: number, encodingGuess: Encoding | null): ParsedDicom {
  const walker = new Walker(bytes);
  const meta = walker.elements(metaStart, bytes.length, EXPLICIT_LE, 0, { onlyGroup: 0x0002 });
  const syntaxBytes = meta.elements.get(TRANSFER_SYNTAX)?.value;
  const syntax = syntaxBytes ? asciiOf(syntaxBytes).replace(/[\0 ]+$/, '') : null;
  // A file that ends with its header was cut short: the data set is the point of the file.
  if (meta.next >= bytes.length) throw new ParseFailure('truncated');
  const encoding = syntax ? encodingOf(syntax) : (encodingGuess ?? sniffEncoding(bytes, meta.next));
  if (!encoding) throw new ParseFailure('unreadable');

  if (syntax === '1.2.840.10008.1.2.1.99') {
    const inflated = inflateRawSync(bytes.subarray(meta.next), { maxOutputLength: MAX_INFLATED_BYTES });
    const dataset = new Walker(inflated);
    const { elements } = dataset.elements(0, inflated.length, encoding, 0);
    return {
      meta: meta.elements,
      dataset: { offset: meta.next, elements },
      littleEndian: true,
      transferSyntaxUid: syntax,
    };
  }
  const { elements } = walker.elements(meta.next, bytes.length, encoding, 0);
  return {
    meta: meta.elements,
    dataset: { offset: meta.next, elements },
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
 * Parses a DICOM Part 10 file (128-byte preamble, "DICM", file meta information) or a bare data set
 * (no preamble or meta: the encoding is guessed from its first element). Never throws.
 */
export function parseDicom(bytes: Uint8Array): ParseOutcome {
  if (bytes.length >= 132 && startsWithMagic(bytes, 128)) return attempt(() => parseAt(bytes, 132, null));
  if (startsWithMagic(bytes, 0)) return attempt(() => parseAt(bytes, 4, null));

  // Bare data sets. A few leading stray bytes are tolerated: pydicom's no_meta.dcm, a real-world
  // sample, starts with the last pad byte of the meta header it was cut from.
  let failure: ParseOutcome | null = null;
  for (let at = 0; at < 16 && at + 8 <= bytes.length; at++) {
    const encoding = sniffEncoding(bytes, at);
    const hasMeta = new DataView(bytes.buffer, bytes.byteOffset + at, 2).getUint16(0, true) === 0x0002;
    if (!encoding && !hasMeta) continue;
    const outcome = attempt(() => parseAt(bytes, at, encoding));
    if (outcome.ok) return outcome;
    failure ??= outcome;
  }
  return failure ?? { ok: false, reason: 'not_dicom' };
}
