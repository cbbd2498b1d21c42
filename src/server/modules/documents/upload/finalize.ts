import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import {
  readDicomFile,
  readDicomFileHeader,
  withStreamSource,
  type DicomdirInfo,
  type DicomInstanceInfo,
  type DicomReadResult,
} from '../dicom/dicom-reader.js';
import type { MalwareScanner, ScanResult } from '../scanning/scanner.js';
import type { BlobStore } from '../storage/blob-store.js';
import { noScanner } from '../scanning/no-scanner.js';
import type { StoredFile } from '../storage/encrypted-files.js';
import type { MasterKey } from '../storage/envelope.js';
import { sealedFileBytes } from '../storage/segmented-format.js';
import { classifyUploadWith, SNIFF_BYTES, type AcceptedKind } from '../validation/content-type.js';
import { classifyDicomZip, type DicomZipOptions, type DicomZipSummary } from '../validation/dicom-zip.js';
import type {
  CompletedUpload,
  ReceivedUpload,
  RefusedUpload,
  UploadReceipt,
  UploadRefusalReason,
} from './upload-receipt.js';
import { stagedPlaintext } from './staged-plaintext.js';

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
  /** What a single DICOM file (image or DICOMDIR) says, read from its header (pixel data skipped). */
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
  /**
   * A single DICOM file of any size is read up to its pixel data; a header (everything else) larger
   * than this is refused as unreadable. Default 64 MiB.
   */
  maxDicomHeaderBytes?: number;
  zip?: DicomZipOptions;
};

export async function finalizeUpload(deps: FinalizerDeps, upload: CompletedUpload): Promise<UploadReceipt> {
  const refuse = (reason: UploadRefusalReason): RefusedUpload => ({
    status: 'refused',
    uploadId: upload.uploadId,
    reason,
  });
  const { staged } = upload;
  // The hash was taken as the bytes arrived: a file changed on the way is refused before anything else.
  if (staged.sha256 !== upload.clientSha256) return refuse('integrity_mismatch');
  // Every segment whole on disk (a write cut short by a full disk would not be), or the file could not be
  // opened later: refused, so the sender sends it again, rather than kept as a broken record.
  const { size: onDisk } = await fs.stat(staged.path);
  if (onDisk !== sealedFileBytes(upload.bytes, staged.encryption.segmentBytes)) {
    return refuse('integrity_mismatch');
  }
  const plaintext = stagedPlaintext(staged, deps.master);

  const head = await plaintext.head(SNIFF_BYTES);
  // An object, not a `let`: TypeScript would narrow a `let` assigned only in the callback to null.
  const dicom: { read: DicomReadResult | null } = { read: null };
  const headerOptions =
    deps.maxDicomHeaderBytes === undefined ? {} : { maxHeaderBytes: deps.maxDicomHeaderBytes };
  // Memory stays flat whatever the size: only the header is held, decrypted on the way.
  const classification = await classifyUploadWith(head, upload.bytes, async () => {
    dicom.read = await withStreamSource(upload.bytes, plaintext.open, (source) =>
      readDicomFileHeader(source, headerOptions),
    );
    return dicom.read;
  });
  if (classification.kind === 'refused') return refuse(classification.reason);

  // The ZIP inspection and a real scanner read a path: they get a temporary plaintext copy. Without a
  // scanner (and for other kinds) no plaintext is ever written.
  const needsFile = classification.kind === 'zip' || deps.scanner !== noScanner;
  const checked = await (needsFile
    ? plaintext.asFile((file) => inspect(deps, classification.kind, file, upload.bytes))
    : inspect(deps, classification.kind, null, upload.bytes));
  if (!checked.ok) return refuse(checked.reason);
  const { zip, scan } = checked;

  const storageKey = deps.newStorageKey?.() ?? `documents/${randomUUID()}`;
  // Already encrypted: the staged ciphertext goes into the store as it is (a hard link on the local disk).
  await (deps.store.putFile
    ? deps.store.putFile(storageKey, staged.path)
    : deps.store.put(storageKey, createReadStream(staged.path)));
  const stored: StoredFile = {
    sha256: staged.sha256,
    bytes: upload.bytes,
    encryption: staged.encryption,
    authTag: staged.lastTag,
  };

  const read =
    classification.kind === 'dicom' || classification.kind === 'dicomdir'
      ? (dicom.read ?? readDicomFile(head)) // a file no longer than its head was judged from it
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

type Inspected =
  { ok: true; zip: FinalizedFile['zip']; scan: ScanResult } | { ok: false; reason: UploadRefusalReason };

/** The ZIP check and the malware scan, side by side; `file` is the plaintext when either needs it. */
async function inspect(
  deps: FinalizerDeps,
  kind: AcceptedKind,
  file: string | null,
  size: number,
): Promise<Inspected> {
  const scanning = deps.scanner.scan({ path: file ?? '', size });
  let zip: FinalizedFile['zip'] = null;
  if (kind === 'zip' && file) {
    const summary = await classifyDicomZip(file, deps.zip);
    if (!summary.ok) {
      await scanning;
      return { ok: false, reason: summary.reason };
    }
    zip = summary;
  }
  return { ok: true, zip, scan: await scanning };
}

/** The `onUploadComplete` of registerTusUploads. */
export function createUploadFinalizer(
  deps: FinalizerDeps,
): (upload: CompletedUpload) => Promise<UploadReceipt> {
  return (upload) => finalizeUpload(deps, upload);
}
