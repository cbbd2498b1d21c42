import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { Database } from '../../../db/client.js';
import { renderDicomThumbnail } from '../dicom/thumbnail.js';
import type { StoredEncryption } from '../records/document.service.js';
import type { BlobStore } from '../storage/blob-store.js';
import { openDecrypted, storeEncrypted } from '../storage/encrypted-files.js';
import type { MasterKey } from '../storage/envelope.js';
import { seriesImages, setThumbnail } from './document-jobs.repository.js';
import { readStoredZipEntry } from './stored-zip-entry.js';

/** A single DICOM image larger than this is not read whole for a preview (multi-frame cine loops). */
const MAX_PREVIEW_SOURCE_BYTES = 256 * 1024 ** 2;
/** Each image of a zipped CD tried costs a pass over the CD: a series none renders stops trying soon. */
const MAX_ZIPPED_ATTEMPTS = 3;

export type ThumbnailDeps = {
  db: Database;
  store: BlobStore;
  master: MasterKey;
  masters: ReadonlyMap<string, MasterKey>;
};

/**
 * The preview of a series for the coordinator's study tree: its middle image (the most telling slice of
 * a CT), rendered small, stored encrypted like every other file. A series no image of which can be
 * rendered (compressed syntaxes we do not decode, infected files) is marked unavailable, not retried.
 */
export async function makeSeriesThumbnail(
  deps: ThumbnailDeps,
  seriesId: string,
): Promise<'ready' | 'unavailable'> {
  const images = (await seriesImages(deps.db, seriesId)).filter(
    ({ version, entryName }) =>
      version.scanState !== 'infected' && (entryName !== null || version.bytes <= MAX_PREVIEW_SOURCE_BYTES),
  );
  const middle = Math.floor(images.length / 2);
  let zippedAttempts = 0;
  // The middle first, then the others: one unreadable slice should not cost the series its preview.
  for (const { version, entryName } of [...images.slice(middle), ...images.slice(0, middle)]) {
    if (entryName !== null && ++zippedAttempts > MAX_ZIPPED_ATTEMPTS) continue;
    const { authTag, ...encryption } = version.encryption as StoredEncryption;
    const open = () => openDecrypted(deps.store, deps.masters, version.storageKey, { encryption, authTag });
    const bytes =
      entryName === null
        ? await buffer(await open())
        : await readStoredZipEntry(open, version.bytes, entryName, {
            maxEntryBytes: MAX_PREVIEW_SOURCE_BYTES,
          });
    const rendered = bytes ? renderDicomThumbnail(bytes) : null;
    if (!rendered?.ok) continue;
    const key = `thumbnails/${randomUUID()}`;
    const stored = await storeEncrypted(deps.store, deps.master, key, Readable.from([rendered.png]));
    await setThumbnail(deps.db, seriesId, {
      key,
      encryption: { ...stored.encryption, authTag: stored.authTag },
    });
    return 'ready';
  }
  await setThumbnail(deps.db, seriesId, null);
  return 'unavailable';
}
