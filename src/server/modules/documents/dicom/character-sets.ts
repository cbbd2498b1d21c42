import { TextDecoder } from 'node:util';

/**
 * Text values of a DICOM data set, decoded from their bytes under Specific Character Set (0008,0005)
 * (PS3.3 C.12.1.1.2, PS3.5 §6.1).
 *
 * Japanese names arrive as ISO 2022 with code extensions: `ESC $ B` switches G0 to JIS X 0208 (kanji,
 * kana), `ESC ( B` / `ESC ( J` back to ASCII / JIS X 0201 Roman, and IR 13 puts half-width katakana in
 * G1 (bytes ≥ 0xA1). Generic decoders cannot read this: dcmjs refuses more than one character set and
 * otherwise leaves the escape sequences in the text. So this module runs the ISO 2022 state machine
 * itself and hands each run of bytes to the WHATWG decoder of its code element.
 *
 * JIS X 0208 runs are decoded as EUC-JP (each byte with its high bit set): the WHATWG `iso-2022-jp` and
 * `euc-jp` decoders share one JIS X 0208 index, but only `euc-jp` also reads JIS X 0212 (IR 159, through
 * the 0x8F prefix), and it needs no rebuilt escape stream.
 */

const ESC = 0x1b;

/** A coded character set designated to G0 (bytes 0x21–0x7E) or G1 (bytes 0xA1–0xFE). */
interface CodeElement {
  readonly width: 1 | 2;
  decode(bytes: Uint8Array): string;
}

const decoders = new Map<string, TextDecoder>();
function decoderFor(label: string): TextDecoder {
  let decoder = decoders.get(label);
  if (!decoder) {
    decoder = new TextDecoder(label);
    decoders.set(label, decoder);
  }
  return decoder;
}

/** Byte n → U+00nn; built in chunks because String.fromCharCode takes its arguments on the stack. */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return text;
}

function withHighBit(bytes: Uint8Array): Uint8Array {
  return bytes.map((byte) => byte | 0x80);
}

const ascii: CodeElement = { width: 1, decode: latin1 };

/** Stands for bytes that fit no designated set (a stray escape, half a double-byte character). */
const replacement: CodeElement = { width: 1, decode: (bytes) => '\ufffd'.repeat(bytes.length) };

// JIS X 0201 katakana: 0x21–0x5F in GL (ESC ( I) or 0xA1–0xDF in GR (IR 13) → U+FF61–U+FF9F.
const halfWidthKatakana: CodeElement = {
  width: 1,
  decode: (bytes) =>
    Array.from(bytes, (byte) => {
      const code = byte & 0x7f;
      return code >= 0x21 && code <= 0x5f ? String.fromCharCode(0xff61 + code - 0x21) : '\ufffd';
    }).join(''),
};

const jisX0208: CodeElement = {
  width: 2,
  decode: (bytes) => decoderFor('euc-jp').decode(withHighBit(bytes)),
};

const jisX0212: CodeElement = {
  width: 2,
  decode: (bytes) => {
    const euc: number[] = [];
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      euc.push(0x8f, (bytes[i] ?? 0) | 0x80, (bytes[i + 1] ?? 0) | 0x80);
    }
    return decoderFor('euc-jp').decode(Uint8Array.from(euc));
  },
};

function doubleByteGr(label: string): CodeElement {
  return { width: 2, decode: (bytes) => decoderFor(label).decode(withHighBit(bytes)) };
}

function singleByteGr(label: string): CodeElement {
  return { width: 1, decode: (bytes) => decoderFor(label).decode(withHighBit(bytes)) };
}

// ISO 8859-1 proper: the WHATWG "latin1" label is windows-1252, which remaps 0x80–0x9F.
const latin1Gr: CodeElement = { width: 1, decode: (bytes) => latin1(withHighBit(bytes)) };

// Bytes ≥ 0x80 where no G1 set is declared (no or unknown 0008,0005): UTF-8 when they are valid
// UTF-8 (what many modern systems write without saying so), otherwise Latin-1.
const undeclared: CodeElement = {
  width: 1,
  decode: (bytes) => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return latin1(bytes);
    }
  },
};

/** Single-byte sets by ISO-IR number, as G1 (also their ISO 2022 variants). */
const singleByteSets: Readonly<Record<number, CodeElement>> = {
  13: halfWidthKatakana,
  100: latin1Gr,
  101: singleByteGr('iso-8859-2'),
  109: singleByteGr('iso-8859-3'),
  110: singleByteGr('iso-8859-4'),
  144: singleByteGr('iso-8859-5'),
  127: singleByteGr('iso-8859-6'),
  126: singleByteGr('iso-8859-7'),
  138: singleByteGr('iso-8859-8'),
  148: singleByteGr('iso-8859-9'),
  166: singleByteGr('windows-874'),
  203: singleByteGr('iso-8859-15'),
};

const multiByteG1Sets: Readonly<Record<number, CodeElement>> = {
  149: doubleByteGr('euc-kr'),
  58: doubleByteGr('gbk'),
};

/** Final bytes of `ESC - F` (96-character sets into G1). */
const g1FinalBytes: Readonly<Record<string, number>> = {
  A: 100,
  B: 101,
  C: 109,
  D: 110,
  L: 144,
  G: 127,
  F: 126,
  H: 138,
  M: 148,
  T: 166,
  b: 203,
};

interface Designations {
  g0: CodeElement;
  g1: CodeElement | null;
}

interface EscapeSequence {
  length: number;
  apply(state: Designations): void;
}

/** Recognises the escape sequence at `at` (any of them, declared or not: readers should be lenient). */
function escapeAt(bytes: Uint8Array, at: number): EscapeSequence | null {
  const next = String.fromCharCode(...bytes.subarray(at + 1, at + 4));
  const g0 = (element: CodeElement, length: number): EscapeSequence => ({
    length,
    apply: (state) => (state.g0 = element),
  });
  const g1 = (element: CodeElement | undefined, length: number): EscapeSequence | null =>
    element ? { length, apply: (state) => (state.g1 = element) } : null;

  if (next.startsWith('(B') || next.startsWith('(J')) return g0(ascii, 3);
  if (next.startsWith('(I')) return g0(halfWidthKatakana, 3);
  if (next.startsWith('$B') || next.startsWith('$@')) return g0(jisX0208, 3);
  if (next.startsWith('$(D')) return g0(jisX0212, 4);
  if (next.startsWith(')I')) return g1(halfWidthKatakana, 3);
  if (next.startsWith('$)C')) return g1(multiByteG1Sets[149], 4);
  if (next.startsWith('$)A')) return g1(multiByteG1Sets[58], 4);
  if (next.startsWith('-')) {
    const ir = g1FinalBytes[next.charAt(1)];
    return ir === undefined ? null : g1(singleByteSets[ir], 3);
  }
  return null;
}

type Charset = { kind: 'iso2022'; initialG1: CodeElement | null } | { kind: 'whole'; label: string };

/** Reads the defined terms of (0008,0005); value 1 gives the initial state, the others only allow. */
function charsetOf(terms: readonly string[]): Charset {
  const keys = terms.map((term) => term.toUpperCase().replace(/[^A-Z0-9]/g, ''));
  if (keys.some((key) => /^ISO(2022)?IR192$/.test(key) || key === 'UTF8')) {
    return { kind: 'whole', label: 'utf-8' };
  }
  const first = keys[0] ?? '';
  if (first === 'GB18030' || first === 'GBK') return { kind: 'whole', label: first.toLowerCase() };
  if (first === '') return { kind: 'iso2022', initialG1: null };
  const ir = /^ISO(?:2022)?IR(\d+)$/.exec(first)?.[1];
  if (ir === '6' || ir === '87' || ir === '159') return { kind: 'iso2022', initialG1: null };
  const element = ir === undefined ? undefined : (singleByteSets[Number(ir)] ?? multiByteG1Sets[Number(ir)]);
  return { kind: 'iso2022', initialG1: element ?? undeclared };
}

// '^', '=', '\', TAB, LF, FF, CR
const DELIMITERS = new Set([0x5e, 0x3d, 0x5c, 0x09, 0x0a, 0x0c, 0x0d]);

/** Splits the bytes into runs per code element, following escapes; never throws. */
function decodeIso2022(bytes: Uint8Array, initialG1: CodeElement | null): string {
  const initial = (): Designations => ({ g0: ascii, g1: initialG1 });
  const state = initial();
  let text = '';
  let run: number[] = [];
  let runElement: CodeElement = ascii;
  const emit = (element: CodeElement, ...values: number[]): void => {
    if (element !== runElement) flush();
    runElement = element;
    run.push(...values);
  };
  const flush = (): void => {
    if (run.length > 0) text += runElement.decode(Uint8Array.from(run));
    run = [];
  };

  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i] ?? 0;
    const following = bytes[i + 1];
    if (byte === ESC) {
      const escape = escapeAt(bytes, i);
      if (escape) escape.apply(state);
      else emit(replacement, byte);
      i += escape ? escape.length : 1;
      continue;
    }
    if (byte < 0x80) {
      const element = byte <= 0x20 || byte === 0x7f ? ascii : state.g0;
      if (element.width === 2) {
        const paired = following !== undefined && following >= 0x21 && following <= 0x7e;
        if (paired) emit(element, byte, following);
        else emit(replacement, byte);
        i += paired ? 2 : 1;
        continue;
      }
      emit(element, byte);
      i += 1;
      // PS3.5 §6.1.2.5.3: value 1's sets are active again before '^', '=', '\' and control codes.
      if (element !== halfWidthKatakana && DELIMITERS.has(byte)) Object.assign(state, initial());
      continue;
    }
    const element = state.g1 ?? undeclared;
    if (element.width === 2) {
      const paired = following !== undefined && following >= 0x80;
      if (paired) emit(element, byte, following);
      else emit(replacement, byte);
      i += paired ? 2 : 1;
      continue;
    }
    emit(element, byte);
    i += 1;
  }
  flush();
  return text;
}

/**
 * Decodes one text value (all its values and, for PN, all component groups: split the result on
 * '\', '=' and '^' afterwards — a decoded delimiter can only come from a single-byte state).
 */
export function decodeDicomText(bytes: Uint8Array, specificCharacterSet: readonly string[]): string {
  const charset = charsetOf(specificCharacterSet);
  if (charset.kind === 'whole') return decoderFor(charset.label).decode(bytes);
  return decodeIso2022(bytes, charset.initialG1);
}
