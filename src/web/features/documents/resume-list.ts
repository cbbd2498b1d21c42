import { z } from 'zod';

/**
 * Uploads this browser started and did not finish, as tus-js-client keeps them in localStorage (its
 * default URL storage). After a reload the page cannot reach the files again on its own — a browser
 * never hands a page a file it was not given — so it lists them by name and size and asks the person to
 * choose the same files again; the same content then continues where it stopped.
 */

export type UploadIdentity = {
  readonly caseId: string;
  readonly checklistItem: string;
  readonly replaces: string | null;
  readonly sha256: string;
  readonly bytes: number;
};

/**
 * The key under which an unfinished upload is found again. It is built from the content's hash (not the
 * file's name or date, which a copy from the CD changes) and from where it goes: the same file sent for
 * another item, or as a correction, is another upload.
 */
export function uploadFingerprint(identity: UploadIdentity): string {
  const { caseId, checklistItem, replaces, sha256, bytes } = identity;
  return ['consilium', caseId, checklistItem, replaces ?? '-', sha256, String(bytes)].join(':');
}

/** What tus-js-client stores per upload (its PreviousUpload), read defensively: storage is shared. */
const storedSchema = z.object({
  size: z.number().int().nonnegative().nullable(),
  metadata: z.record(z.string(), z.string()),
  creationTime: z.string(),
  urlStorageKey: z.string(),
  uploadUrl: z.string().nullable().optional(),
});

export type UnfinishedUpload = {
  /** Every storage key of this content (one upload may have been stored more than once). */
  readonly storageKeys: readonly string[];
  readonly uploadUrls: readonly string[];
  readonly fileName: string;
  readonly bytes: number;
  readonly checklistItem: string;
  /** The content's hash, to tell a file already back on the page's list; null if not stored. */
  readonly sha256: string | null;
};

/** The unfinished uploads of one case, one line per content, oldest first. */
export function unfinishedForCase(stored: readonly unknown[], caseId: string): UnfinishedUpload[] {
  const byContent = new Map<string, UnfinishedUpload & { createdAt: string }>();
  for (const item of stored) {
    const parsed = storedSchema.safeParse(item);
    if (!parsed.success) continue;
    const { metadata, size, urlStorageKey, uploadUrl, creationTime } = parsed.data;
    if (metadata.caseId !== caseId || size === null) continue;
    const fileName = metadata.filename ?? '';
    const checklistItem = metadata.checklistItem ?? '';
    const key = [metadata.sha256 ?? fileName, size, checklistItem, metadata.replaces ?? ''].join('|');
    const known = byContent.get(key);
    const urls = uploadUrl ? [uploadUrl] : [];
    byContent.set(key, {
      storageKeys: [...(known?.storageKeys ?? []), urlStorageKey],
      uploadUrls: [...(known?.uploadUrls ?? []), ...urls],
      fileName,
      bytes: size,
      checklistItem,
      sha256: metadata.sha256 ?? null,
      createdAt: known && known.createdAt < creationTime ? known.createdAt : creationTime,
    });
  }
  return [...byContent.values()]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map(({ createdAt: _createdAt, ...upload }) => upload);
}
