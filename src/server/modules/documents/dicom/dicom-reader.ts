import { tagOf, type DicomFailure, type DicomItem, type ParsedDicom } from './dicom-dataset.js';
import { parseDicom, type ParseOutcome } from './dicom-file.js';
import { parseDicomHeader, type DicomHeaderOptions } from './dicom-header.js';
import { withFileSource, type RandomAccessSource } from './dicom-source.js';
import {
  asciiValue,
  characterSetsOf,
  dateValue,
  integerStringValue,
  personNameValue,
  sexValue,
  textValue,
  textValues,
  unsignedValue,
  type Elements,
  type PersonName,
} from './dicom-values.js';

/**
 * What the server needs from one uploaded DICOM file: the identifiers and labels that place it in the
 * study → series → instance tree, and the patient identity to cross-check against the application.
 * Pixel data is never decoded (only its presence is noted), so compressed syntaxes read like any other.
 *
 * dcmjs is not used to parse: it refuses multi-valued Specific Character Sets (every Japanese ISO 2022
 * file), leaves escape sequences in names when told to ignore errors, needs the preamble, and reads a
 * truncated file without complaint. See dicom-dataset.ts for the checked walk; dcmjs supplies its
 * data dictionary for implicit VR.
 */

export interface DicomPatient {
  readonly id: string | null;
  readonly name: PersonName;
  readonly birthDate: string | null;
  readonly sex: 'M' | 'F' | 'O' | null;
}

export interface DicomInstanceInfo {
  readonly kind: 'instance';
  readonly sopClassUid: string | null;
  readonly sopInstanceUid: string;
  readonly studyInstanceUid: string | null;
  readonly seriesInstanceUid: string | null;
  readonly modality: string | null;
  readonly bodyPart: string | null;
  readonly studyDate: string | null;
  readonly studyDescription: string | null;
  readonly seriesDescription: string | null;
  readonly seriesNumber: number | null;
  readonly instanceNumber: number | null;
  readonly transferSyntaxUid: string;
  readonly patient: DicomPatient;
  readonly hasPixelData: boolean;
  readonly rows: number | null;
  readonly columns: number | null;
}

/** One directory record of a DICOMDIR (PS3.3 F.3.2.2); the fields present depend on its type. */
export interface DicomdirRecord {
  /** Offset of the record in the DICOMDIR; other records point at it by this number. */
  readonly offset: number;
  readonly type: string;
  readonly inUse: boolean;
  readonly nextOffset: number | null;
  readonly childOffset: number | null;
  /** Referenced File ID as a relative path, components joined by '/'; null if absent or unsafe. */
  readonly fileId: string | null;
  readonly sopClassUid: string | null;
  readonly sopInstanceUid: string | null;
  readonly transferSyntaxUid: string | null;
  readonly patientId: string | null;
  readonly patientName: PersonName;
  readonly birthDate: string | null;
  readonly studyInstanceUid: string | null;
  readonly studyDate: string | null;
  readonly studyDescription: string | null;
  readonly seriesInstanceUid: string | null;
  readonly modality: string | null;
  readonly seriesNumber: number | null;
  readonly instanceNumber: number | null;
}

export interface DicomdirInfo {
  readonly kind: 'dicomdir';
  readonly fileSetId: string | null;
  readonly rootOffset: number | null;
  readonly records: readonly DicomdirRecord[];
}

export type { DicomHeaderOptions } from './dicom-header.js';
export { bytesSource, withFileSource, withStreamSource, type RandomAccessSource } from './dicom-source.js';

export type DicomReadResult = DicomInstanceInfo | DicomdirInfo | { kind: 'invalid'; reason: DicomFailure };

const T = {
  mediaStorageSopClass: tagOf(0x0002, 0x0002),
  mediaStorageSopInstance: tagOf(0x0002, 0x0003),
  studyDate: tagOf(0x0008, 0x0020),
  sopClass: tagOf(0x0008, 0x0016),
  sopInstance: tagOf(0x0008, 0x0018),
  modality: tagOf(0x0008, 0x0060),
  studyDescription: tagOf(0x0008, 0x1030),
  seriesDescription: tagOf(0x0008, 0x103e),
  patientName: tagOf(0x0010, 0x0010),
  patientId: tagOf(0x0010, 0x0020),
  birthDate: tagOf(0x0010, 0x0030),
  sex: tagOf(0x0010, 0x0040),
  bodyPart: tagOf(0x0018, 0x0015),
  studyInstance: tagOf(0x0020, 0x000d),
  seriesInstance: tagOf(0x0020, 0x000e),
  seriesNumber: tagOf(0x0020, 0x0011),
  instanceNumber: tagOf(0x0020, 0x0013),
  rows: tagOf(0x0028, 0x0010),
  columns: tagOf(0x0028, 0x0011),
  fileSetId: tagOf(0x0004, 0x1130),
  rootOffset: tagOf(0x0004, 0x1200),
  records: tagOf(0x0004, 0x1220),
  nextOffset: tagOf(0x0004, 0x1400),
  inUse: tagOf(0x0004, 0x1410),
  childOffset: tagOf(0x0004, 0x1420),
  recordType: tagOf(0x0004, 0x1430),
  fileId: tagOf(0x0004, 0x1500),
  fileSopClass: tagOf(0x0004, 0x1510),
  fileSopInstance: tagOf(0x0004, 0x1511),
  fileTransferSyntax: tagOf(0x0004, 0x1512),
} as const;

// Float and double float pixel data count as images too.
const PIXEL_DATA = [tagOf(0x7fe0, 0x0010), tagOf(0x7fe0, 0x0008), tagOf(0x7fe0, 0x0009)];
const DICOMDIR_SOP_CLASS = '1.2.840.10008.1.3.10';

function patientOf(elements: Elements, charsets: readonly string[]): DicomPatient {
  return {
    id: textValue(elements, T.patientId, charsets),
    name: personNameValue(elements, T.patientName, charsets),
    birthDate: dateValue(elements, T.birthDate),
    sex: sexValue(elements, T.sex),
  };
}

function instanceOf(file: ParsedDicom): DicomInstanceInfo | null {
  const { meta, littleEndian } = file;
  const elements = file.dataset.elements;
  const sopInstanceUid = asciiValue(elements, T.sopInstance) ?? asciiValue(meta, T.mediaStorageSopInstance);
  if (sopInstanceUid === null) return null;
  const charsets = characterSetsOf(elements);
  return {
    kind: 'instance',
    sopClassUid: asciiValue(elements, T.sopClass) ?? asciiValue(meta, T.mediaStorageSopClass),
    sopInstanceUid,
    studyInstanceUid: asciiValue(elements, T.studyInstance),
    seriesInstanceUid: asciiValue(elements, T.seriesInstance),
    modality: asciiValue(elements, T.modality),
    bodyPart: asciiValue(elements, T.bodyPart),
    studyDate: dateValue(elements, T.studyDate),
    studyDescription: textValue(elements, T.studyDescription, charsets),
    seriesDescription: textValue(elements, T.seriesDescription, charsets),
    seriesNumber: integerStringValue(elements, T.seriesNumber),
    instanceNumber: integerStringValue(elements, T.instanceNumber),
    transferSyntaxUid: file.transferSyntaxUid,
    patient: patientOf(elements, charsets),
    hasPixelData: PIXEL_DATA.some((tag) => elements.has(tag)),
    rows: unsignedValue(elements, T.rows, littleEndian, 2),
    columns: unsignedValue(elements, T.columns, littleEndian, 2),
  };
}

/** Referenced File ID components must stay inside the file set: no '..', separators or drive letters. */
function safeFileId(components: readonly string[]): string | null {
  const safe =
    components.length > 0 && components.every((part) => /^[\w.-]+$/.test(part) && !/^\.+$/.test(part));
  return safe ? components.join('/') : null;
}

function recordOf(item: DicomItem, inherited: readonly string[], littleEndian: boolean): DicomdirRecord {
  const elements = item.elements;
  const charsets = characterSetsOf(elements, inherited);
  const offset = (tag: number) => unsignedValue(elements, tag, littleEndian, 4) || null;
  const fileId = textValues(elements, T.fileId, []);
  const patient = patientOf(elements, charsets);
  return {
    offset: item.offset,
    type: asciiValue(elements, T.recordType) ?? '',
    // The Record In-use Flag is retired; 0000H marked a deleted record.
    inUse: unsignedValue(elements, T.inUse, littleEndian, 2) !== 0,
    nextOffset: offset(T.nextOffset),
    childOffset: offset(T.childOffset),
    fileId: fileId.length > 0 ? safeFileId(fileId) : null,
    sopClassUid: asciiValue(elements, T.fileSopClass),
    sopInstanceUid: asciiValue(elements, T.fileSopInstance),
    transferSyntaxUid: asciiValue(elements, T.fileTransferSyntax),
    patientId: patient.id,
    patientName: patient.name,
    birthDate: patient.birthDate,
    studyInstanceUid: asciiValue(elements, T.studyInstance),
    studyDate: dateValue(elements, T.studyDate),
    studyDescription: textValue(elements, T.studyDescription, charsets),
    seriesInstanceUid: asciiValue(elements, T.seriesInstance),
    modality: asciiValue(elements, T.modality),
    seriesNumber: integerStringValue(elements, T.seriesNumber),
    instanceNumber: integerStringValue(elements, T.instanceNumber),
  };
}

function dicomdirOf(file: ParsedDicom): DicomdirInfo | null {
  const elements = file.dataset.elements;
  const sequence = elements.get(T.records)?.items;
  const declared = asciiValue(file.meta, T.mediaStorageSopClass) === DICOMDIR_SOP_CLASS;
  if (!sequence)
    return declared ? { kind: 'dicomdir', fileSetId: null, rootOffset: null, records: [] } : null;
  const charsets = characterSetsOf(elements);
  return {
    kind: 'dicomdir',
    fileSetId: asciiValue(elements, T.fileSetId),
    rootOffset: unsignedValue(elements, T.rootOffset, file.littleEndian, 4) || null,
    records: sequence.map((item) => recordOf(item, charsets, file.littleEndian)),
  };
}

/** What a parse outcome says: an image, a DICOMDIR, or why it is neither. Never throws. */
function dicomInfoOf(parsed: ParseOutcome): DicomReadResult {
  if (!parsed.ok) return { kind: 'invalid', reason: parsed.reason };
  try {
    return dicomdirOf(parsed.file) ?? instanceOf(parsed.file) ?? { kind: 'invalid', reason: 'unreadable' };
  } catch {
    // Defensive only: value readers do not throw, but a file must never take the request down.
    return { kind: 'invalid', reason: 'unreadable' };
  }
}

/**
 * Reads one file of an upload, whole and in memory. Never throws: anything that is not a readable
 * DICOM file is `invalid`. For files of any size, see readDicomFileHeader below.
 */
export function readDicomFile(bytes: Uint8Array): DicomReadResult {
  return dicomInfoOf(parseDicom(bytes));
}

/**
 * Reads the header of a DICOM file of any size (everything but its pixel data and other large binary
 * values), with memory bounded by `maxHeaderBytes` (64 MiB by default; a larger header is unreadable).
 * Answers as readDicomFile on the whole file. Never throws for a bad file; source errors propagate.
 */
export async function readDicomFileHeader(
  source: RandomAccessSource,
  options: DicomHeaderOptions = {},
): Promise<DicomReadResult> {
  return dicomInfoOf(await parseDicomHeader(source, options));
}

/** readDicomFileHeader of the file at `path`. */
export function readDicomFileHeaderAt(
  path: string,
  options: DicomHeaderOptions = {},
): Promise<DicomReadResult> {
  return withFileSource(path, (source) => readDicomFileHeader(source, options));
}
