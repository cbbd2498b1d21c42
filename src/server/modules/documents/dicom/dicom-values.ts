import { decodeDicomText } from './character-sets.js';
import { asciiOf, tagOf, type DicomElement } from './dicom-dataset.js';

/**
 * Typed values read from raw elements (PS3.5 §6.2). Every reader answers null for an absent, empty or
 * malformed value instead of throwing: the files are untrusted uploads.
 */

export type Elements = ReadonlyMap<number, DicomElement>;

export interface PersonNameGroup {
  readonly family: string;
  readonly given: string;
}

/** The three component groups of a PN value: `Yamada^Tarou=山田^太郎=やまだ^たろう`. */
export interface PersonName {
  readonly alphabetic: PersonNameGroup | null;
  readonly ideographic: PersonNameGroup | null;
  readonly phonetic: PersonNameGroup | null;
}

const SPECIFIC_CHARACTER_SET = tagOf(0x0008, 0x0005);

/** The defined terms of (0008,0005); value 1 may be empty ("\ISO 2022 IR 87"). */
export function characterSetsOf(elements: Elements, inherited: readonly string[] = []): readonly string[] {
  const element = elements.get(SPECIFIC_CHARACTER_SET);
  if (!element || element.value.length === 0) return inherited;
  return asciiOf(element.value)
    .replace(/[\0 ]+$/, '')
    .split('\\')
    .map((term) => term.trim());
}

/** The first value of a text element, decoded and trimmed of its padding. */
export function textValue(elements: Elements, tag: number, charsets: readonly string[]): string | null {
  const element = elements.get(tag);
  if (!element || element.items) return null;
  const first = decodeDicomText(element.value, charsets).split('\\')[0] ?? '';
  const text = first.replace(/\0+$/, '').trim();
  return text === '' ? null : text;
}

/** All values of a text element (e.g. Referenced File ID path components). */
export function textValues(elements: Elements, tag: number, charsets: readonly string[]): string[] {
  const element = elements.get(tag);
  if (!element || element.items) return [];
  return decodeDicomText(element.value, charsets)
    .split('\\')
    .map((value) => value.replace(/\0+$/, '').trim());
}

/** UI, CS and other ASCII-only values: no character set applies. */
export function asciiValue(elements: Elements, tag: number): string | null {
  return textValue(elements, tag, []);
}

/** IS: a decimal integer string. */
export function integerStringValue(elements: Elements, tag: number): number | null {
  const text = asciiValue(elements, tag);
  if (text === null || !/^[+-]?\d{1,12}$/.test(text)) return null;
  return Number(text);
}

/** US (size 2) / UL (size 4): the first binary value, in the file's byte order. */
export function unsignedValue(
  elements: Elements,
  tag: number,
  littleEndian: boolean,
  size: 2 | 4,
): number | null {
  const value = elements.get(tag)?.value;
  if (!value || value.length < size) return null;
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  return size === 2 ? view.getUint16(0, littleEndian) : view.getUint32(0, littleEndian);
}

/** DA → YYYY-MM-DD; also reads the old ACR-NEMA form YYYY.MM.DD. Impossible dates are null. */
export function dateValue(elements: Elements, tag: number): string | null {
  const match = /^(\d{4})\.?(\d{2})\.?(\d{2})$/.exec(asciiValue(elements, tag) ?? '');
  if (!match) return null;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

function nameGroup(text: string | undefined): PersonNameGroup | null {
  if (text === undefined) return null;
  const [family = '', given = ''] = text.split('^').map((component) => component.trim());
  return family === '' && given === '' ? null : { family, given };
}

/**
 * PN: decoded as a whole, then split. Splitting the decoded text is safe where splitting bytes is not:
 * in JIS X 0208 the bytes 0x3D '=', 0x5C '\' and 0x5E '^' occur inside characters (ま is 0x24 0x5E).
 */
export function personNameValue(elements: Elements, tag: number, charsets: readonly string[]): PersonName {
  const text = textValue(elements, tag, charsets) ?? '';
  const [alphabetic, ideographic, phonetic] = text.split('=');
  return {
    alphabetic: nameGroup(alphabetic),
    ideographic: nameGroup(ideographic),
    phonetic: nameGroup(phonetic),
  };
}

export function sexValue(elements: Elements, tag: number): 'M' | 'F' | 'O' | null {
  const text = asciiValue(elements, tag)?.toUpperCase();
  return text === 'M' || text === 'F' || text === 'O' ? text : null;
}
