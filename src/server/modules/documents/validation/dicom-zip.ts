import { buffer } from 'node:stream/consumers';
import { readDicomFile, type DicomInstanceInfo } from '../dicom/dicom-reader.js';
import { classifyUpload } from './content-type.js';
import { inspectZip, type ZipLimits, type ZipRefusal } from './zip-guard.js';

/**
 * What a zipped imaging CD holds. A CD carries more than images — a viewer program, AUTORUN.INF, an
 * HTML index — and patients zip the whole disc, so other files are listed, not refused: the upload is
 * accepted when it holds DICOM at all, and only its DICOM entries go on to the viewer. Entries are judged
 * like single uploads, so a DICOM file disguising a program in its preamble refuses the whole archive.
 */

export type DicomZipSummary =
  | {
      ok: true;
      instances: string[];
      /** What each DICOM image says, read while the entry was in memory: the CD joins the study tree. */
      images: { entryName: string; info: DicomInstanceInfo }[];
      dicomdirs: string[];
      /** DICOM files cut short (a bad copy of the disc): worth telling the patient. */
      truncated: string[];
      /** Everything else, including entries too large to read here. */
      others: string[];
    }
  | { ok: false; reason: ZipRefusal | 'zip_no_dicom'; entryName: string | null };

export type DicomZipOptions = {
  limits?: Partial<ZipLimits>;
  /** The DICOM reader needs a whole entry in memory; larger entries are listed as others unread. */
  maxEntryBytes?: number;
};

const DEFAULT_MAX_ENTRY_BYTES = 512 * 1024 ** 2;

export async function classifyDicomZip(
  path: string,
  options: DicomZipOptions = {},
): Promise<DicomZipSummary> {
  const maxEntryBytes = options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
  const instances: string[] = [];
  const images: { entryName: string; info: DicomInstanceInfo }[] = [];
  const dicomdirs: string[] = [];
  const truncated: string[] = [];
  const others: string[] = [];

  const disguised: string[] = [];

  const inspection = await inspectZip(path, {
    limits: options.limits,
    onEntry: async (entry, open) => {
      if (entry.uncompressedBytes > maxEntryBytes) {
        others.push(entry.name);
        return;
      }
      const bytes = new Uint8Array(await buffer(await open()));
      const result = await classifyUpload(bytes, bytes.length);
      if (result.kind === 'dicom') {
        instances.push(entry.name);
        const read = readDicomFile(bytes);
        if (read.kind === 'instance') images.push({ entryName: entry.name, info: read });
      } else if (result.kind === 'dicomdir') dicomdirs.push(entry.name);
      else if (result.kind === 'refused' && result.reason === 'truncated_dicom') truncated.push(entry.name);
      else if (result.kind === 'refused' && result.reason === 'unsafe_dicom_preamble')
        disguised.push(entry.name);
      else others.push(entry.name);
    },
  });
  if (!inspection.ok) return inspection;
  if (disguised[0] !== undefined) return { ok: false, reason: 'zip_unsafe_entry', entryName: disguised[0] };
  if (instances.length === 0 && dicomdirs.length === 0) {
    return { ok: false, reason: 'zip_no_dicom', entryName: null };
  }
  return { ok: true, instances, images, dicomdirs, truncated, others };
}
