import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import { readDicomFile, type DicomdirInfo, type DicomInstanceInfo } from '../dicom/dicom-reader.js';
import type { MalwareScanner, ScanResult } from '../scanning/scanner.js';
import type { BlobStore } from '../storage/blob-store.js';
import { storeEncrypted, type StoredFile } from '../storage/encrypted-files.js';
import type { MasterKey } from '../storage/envelope.js';
import { classifyUpload, SNIFF_BYTES, type AcceptedKind } from '../validation/content-type.js';
import { classifyDicomZip, type DicomZipOptions, type DicomZipSummary } from '../validation/dicom-zip.js';
import type {
  CompletedUpload,
  ReceivedUpload,
  RefusedUpload,
  UploadReceipt,
  UploadRefusalReason,
} from './upload-receipt.js';

/**
 * Turns a finished tus upload into a stored document file. The sender is told "received" only when the
 * file is what it claims to be (judged by its bytes), is encrypted into the blob store and made durable
 * there, and hashes to the SHA-256 the sender computed before sending: a file changed on the way is
 * refused, never kept as medical data. A file the scanner finds infected is kept but quarantined.
 */

export type FinalizedFile = {
  upload: CompletedUpload;
  storageKey: string;
  /** Hash, size and the wrapped data key: what reading the file back needs. */
  stored: StoredFile;
  kind: AcceptedKind;
  mediaType: string;
  scan: ScanResult;
  /** What a zipped imaging CD holds; null for other kinds. */
  zip: Extract<DicomZipSummary, { ok: true }> | null;
  /** What a single DICOM file (image or DICOMDIR) says, read from the copy already in memory. */
  dicom: DicomInstanceInfo | DicomdirInfo | null;
};

export type FinalizerDeps = {
  store: BlobStore;
  master: MasterKey;
  scanner: MalwareScanner;
  /**
   * Records the document version (storage key, encryption, scan result) before the sender hears
   * "received"; if it throws, finalizing fails and is retried later.
   */
  record?: (file: FinalizedFile) => Promise<void>;
  newStorageKey?: () => string;
  /** A DICOM file is parsed whole, in memory; a larger single file is refused as unreadable. */
  maxDicomParseBytes?: number;
  zip?: DicomZipOptions;
};

const DEFAULT_MAX_DICOM_PARSE_BYTES = 1024 ** 3;

class TooLargeToParse extends Error {}

async function readHead(file: string, size: number): Promise<Uint8Array> {
  const handle = await fs.open(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function finalizeUpload(deps: FinalizerDeps, upload: CompletedUpload): Promise<UploadReceipt> {
  const refuse = (reason: UploadRefusalReason): RefusedUpload => ({
    status: 'refused',
    uploadId: upload.uploadId,
    reason,
  });

  let whole: Buffer | undefined;
  const readAll = async (): Promise<Uint8Array> => {
    if (upload.bytes > (deps.maxDicomParseBytes ?? DEFAULT_MAX_DICOM_PARSE_BYTES))
      throw new TooLargeToParse();
    whole = await fs.readFile(upload.path);
    return whole;
  };
  let classification: Awaited<ReturnType<typeof classifyUpload>>;
  const head = await readHead(upload.path, upload.bytes);
  // A file no longer than its head is already whole in memory.
  if (head.length >= upload.bytes) whole = Buffer.from(head);
  try {
    classification = await classifyUpload(head, upload.bytes, readAll);
  } catch (error) {
    if (error instanceof TooLargeToParse) return refuse('unreadable_dicom');
    throw error;
  }
  if (classification.kind === 'refused') return refuse(classification.reason);

  let zip: FinalizedFile['zip'] = null;
  if (classification.kind === 'zip') {
    const summary = await classifyDicomZip(upload.path, deps.zip);
    if (!summary.ok) return refuse(summary.reason);
    zip = summary;
  }

  const storageKey = deps.newStorageKey?.() ?? `documents/${randomUUID()}`;
  // One pass: encrypted into the store with the SHA-256 taken on the way, from memory when the DICOM
  // parse already read the file. The scanner reads the staging copy meanwhile, so a large CD is not
  // waited on twice.
  const plaintext = whole ? Readable.from([whole]) : createReadStream(upload.path);
  const [stored, scan] = await Promise.all([
    storeEncrypted(deps.store, deps.master, storageKey, plaintext),
    deps.scanner.scan({ path: upload.path, size: upload.bytes }),
  ]);
  // The encrypted copy stays unreferenced in the store (BlobStore has no delete); nothing points to it.
  if (stored.sha256 !== upload.clientSha256 || stored.bytes !== upload.bytes) {
    return refuse('integrity_mismatch');
  }

  const read =
    whole && (classification.kind === 'dicom' || classification.kind === 'dicomdir')
      ? readDicomFile(whole)
      : null;
  await deps.record?.({
    upload,
    storageKey,
    stored,
    kind: classification.kind,
    mediaType: classification.mediaType,
    scan,
    zip,
    dicom: read && read.kind !== 'invalid' ? read : null,
  });
  const received: ReceivedUpload = {
    status: 'received',
    uploadId: upload.uploadId,
    fileName: upload.fileName,
    checklistItem: upload.checklistItem,
    sha256: stored.sha256,
    bytes: stored.bytes,
    kind: classification.kind,
    // Infected files are stored but quarantined: the state says so, and downloads refuse them.
    scanState: scan.state,
  };
  return received;
}

/** The `onUploadComplete` of registerTusUploads. */
export function createUploadFinalizer(
  deps: FinalizerDeps,
): (upload: CompletedUpload) => Promise<UploadReceipt> {
  return (upload) => finalizeUpload(deps, upload);
}
