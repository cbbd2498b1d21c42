import fs from 'node:fs/promises';
import path from 'node:path';
import type { Upload } from '@tus/server';
import { z } from 'zod';
import type { EncryptingFileStore, StagedCiphertext } from './encrypting-file-store.js';
import { writeDurably } from './staged-segments.js';
import { uploadReceiptSchema, type CompletedUpload, type UploadReceipt } from './upload-receipt.js';

/**
 * Finalizing happens once per upload, and its outcome is written down before the staging file goes: a
 * connection lost (or a server restarted) while a large CD was being encrypted and scanned must neither
 * lose the outcome nor finalize twice. Receipts live beside the staging folder as small JSON files.
 */

export type ReceiptRecord = { ownerId: string; bytes: number; receipt: UploadReceipt };

const recordSchema = z.object({
  ownerId: z.string(),
  bytes: z.number().int().nonnegative(),
  receipt: uploadReceiptSchema,
});

/** Metadata keys the server writes on the tus upload (the sender's own keys are checked at creation). */
export const ownerMetadataKey = 'owner';

function isTusError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'status_code' in error;
}

/** The finished upload as the finalizer sees it; the metadata was checked when the upload was created. */
export function completedUploadOf(upload: Upload, staged: StagedCiphertext | undefined): CompletedUpload {
  const metadata = upload.metadata ?? {};
  const { filename, sha256, checklistItem, caseId, replaces } = metadata;
  const ownerId = metadata[ownerMetadataKey];
  if (!ownerId || !filename || !sha256 || !checklistItem || !caseId || !staged || upload.size === undefined) {
    throw new Error(`upload ${upload.id} lacks the metadata set at creation`);
  }
  return {
    uploadId: upload.id,
    ownerId,
    staged,
    bytes: upload.size,
    fileName: filename,
    clientSha256: sha256,
    checklistItem,
    caseId,
    replaces: replaces ?? null,
  };
}

export type UploadCompletion = ReturnType<typeof createUploadCompletion>;

export function createUploadCompletion(deps: {
  receiptDir: string;
  datastore: EncryptingFileStore;
  onUploadComplete: (upload: CompletedUpload) => Promise<UploadReceipt>;
}) {
  const running = new Map<string, Promise<ReceiptRecord>>();
  const receiptPath = (id: string) => path.join(deps.receiptDir, `${id}.json`);

  async function read(id: string): Promise<ReceiptRecord | undefined> {
    let text: string;
    try {
      text = await fs.readFile(receiptPath(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    return recordSchema.parse(JSON.parse(text));
  }

  /** Removes the staging file and its tus info; already gone is fine. */
  async function removeStaging(id: string): Promise<void> {
    try {
      await deps.datastore.remove(id);
    } catch (error) {
      if (!isTusError(error)) throw error;
    }
  }

  /** The staging upload, or undefined when tus knows no such upload. */
  async function staging(id: string): Promise<Upload | undefined> {
    try {
      return await deps.datastore.getUpload(id);
    } catch (error) {
      if (isTusError(error)) return undefined;
      throw error;
    }
  }

  async function finalize(upload: Upload): Promise<ReceiptRecord> {
    const existing = await read(upload.id);
    if (existing) {
      // Finalized before, but its staging copy outlived it (the server stopped in between).
      await removeStaging(upload.id);
      return existing;
    }
    const completed = completedUploadOf(upload, await deps.datastore.staged(upload.id));
    const receipt = await deps.onUploadComplete(completed);
    const record: ReceiptRecord = { ownerId: completed.ownerId, bytes: completed.bytes, receipt };
    await writeDurably(receiptPath(upload.id), JSON.stringify(record));
    // Only now: until the receipt is durable, the staging file is the only copy a retry can use.
    await removeStaging(upload.id);
    return record;
  }

  return {
    read,
    staging,
    removeStaging,
    isRunning: (id: string) => running.has(id),

    /** Finalizes a complete upload, joining a finalization already under way for the same upload. */
    finalizeOnce(upload: Upload): Promise<ReceiptRecord> {
      const current = running.get(upload.id);
      if (current) return current;
      const started = finalize(upload).finally(() => running.delete(upload.id));
      running.set(upload.id, started);
      return started;
    },
  };
}
