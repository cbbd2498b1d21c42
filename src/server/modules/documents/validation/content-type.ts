import { fileTypeFromBuffer } from 'file-type';
import { readDicomFile, type DicomReadResult } from '../dicom/dicom-reader.js';
import { isUnsafeDicomPreamble } from './dicom-preamble.js';

/**
 * What an upload is, decided from its bytes alone. The file name and the browser's Content-Type are
 * chosen by the sender, so neither is ever consulted: an HTML page named "CT.dcm" is an HTML page.
 */

export type AcceptedKind = 'pdf' | 'jpeg' | 'png' | 'heic' | 'dicom' | 'dicomdir' | 'zip';

export type ContentRefusal =
  'empty' | 'unsupported_type' | 'truncated_dicom' | 'unreadable_dicom' | 'unsafe_dicom_preamble';

export type UploadClassification =
  { kind: AcceptedKind; mediaType: string } | { kind: 'refused'; reason: ContentRefusal };

/**
 * How many leading bytes to pass as `head`: enough for every signature file-type knows and for the
 * DICOM preamble + "DICM" marker. A shorter head is fine when the file itself is shorter.
 */
export const SNIFF_BYTES = 4100;

const DICOM_MEDIA_TYPE = 'application/dicom';
const DICM_OFFSET = 128;

// file-type's answer → ours. Animated PNG is still PNG, and HEIF stills/sequences are what phones save.
const SIGNATURES: ReadonlyMap<string, AcceptedKind> = new Map([
  ['application/pdf', 'pdf'],
  ['image/jpeg', 'jpeg'],
  ['image/png', 'png'],
  ['image/apng', 'png'],
  ['image/heic', 'heic'],
  ['image/heif', 'heic'],
  ['image/heic-sequence', 'heic'],
  ['image/heif-sequence', 'heic'],
  // Only a plain ZIP: file-type names Office documents, JARs and APKs by their own types, which refuses them.
  ['application/zip', 'zip'],
]);

const refused = (reason: ContentRefusal): UploadClassification => ({ kind: 'refused', reason });

function hasDicmMarker(head: Uint8Array): boolean {
  return (
    head[DICM_OFFSET] === 0x44 &&
    head[DICM_OFFSET + 1] === 0x49 &&
    head[DICM_OFFSET + 2] === 0x43 &&
    head[DICM_OFFSET + 3] === 0x4d
  );
}

function fromDicom(result: DicomReadResult, hadMarker: boolean): UploadClassification {
  if (result.kind === 'instance') return { kind: 'dicom', mediaType: DICOM_MEDIA_TYPE };
  if (result.kind === 'dicomdir') return { kind: 'dicomdir', mediaType: DICOM_MEDIA_TYPE };
  if (result.reason === 'truncated') return refused('truncated_dicom');
  // Without the "DICM" marker the file never claimed to be DICOM: it is simply of an unknown type.
  return refused(hadMarker ? 'unreadable_dicom' : 'unsupported_type');
}

/**
 * Classifies an upload by content. `head` is the first {@link SNIFF_BYTES} bytes (or the whole file if
 * shorter); `readAll` is called only when the file may be DICOM, whose validity needs a full parse.
 * Without `readAll`, `head` must hold the whole file.
 */
export async function classifyUpload(
  head: Uint8Array,
  size: number,
  readAll?: () => Promise<Uint8Array>,
): Promise<UploadClassification> {
  return classifyUploadWith(head, size, async () => {
    if (readAll) return readDicomFile(await readAll());
    throw new TypeError('classifyUpload needs readAll when head is not the whole file');
  });
}

/**
 * Classifies an upload as {@link classifyUpload} does, but takes the DICOM verdict from `readDicom`,
 * called only when the file may be DICOM and is longer than `head`: with the header reader
 * (`() => readDicomFileHeaderAt(path)`) a DICOM file of any size is judged with memory bounded by its
 * header. A data set without preamble is first recognised from `head` alone, as before.
 */
export async function classifyUploadWith(
  head: Uint8Array,
  size: number,
  readDicom: () => Promise<DicomReadResult>,
): Promise<UploadClassification> {
  if (size === 0 || head.length === 0) return refused('empty');
  const isWhole = head.length >= size;

  // Checked before the generic signatures: a DICOM preamble may legally start with a TIFF header.
  if (hasDicmMarker(head)) {
    if (await isUnsafeDicomPreamble(head)) return refused('unsafe_dicom_preamble');
    return fromDicom(isWhole ? readDicomFile(head) : await readDicom(), true);
  }

  const detected = await fileTypeFromBuffer(head);
  if (detected) {
    const kind = SIGNATURES.get(detected.mime);
    return kind ? { kind, mediaType: detected.mime } : refused('unsupported_type');
  }
  // A data set written without preamble and file meta (older CDs, some exports) has no signature. The
  // reader's own verdict on the head says whether the file could be one; only then is it read whole.
  const fromHead = readDicomFile(head);
  if (fromHead.kind === 'invalid' && fromHead.reason === 'not_dicom') return refused('unsupported_type');
  return fromDicom(isWhole ? fromHead : await readDicom(), false);
}
