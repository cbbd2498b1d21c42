import fs, { type FileHandle } from 'node:fs/promises';
import { sealedBytes, sealSegment, type SegmentKey } from '../storage/segmented-format.js';
import { releaseBuffer } from './release-buffer.js';
import { loadTail, offsetOf, sealTail, writeAtomically, type Progress } from './staged-segments.js';

/** Segments written between fsyncs started in the background (at most one runs at a time). */
const SYNC_EVERY_SEGMENTS = 4;

/**
 * Appends one request body to an upload being received: each byte is hashed and copied into the current
 * segment as it arrives; a full segment is sealed and written while the next one fills (one write in
 * flight), and fsyncs run in the background as the segments are written. When the body ends — or breaks
 * off — the new offset is reported once what arrived is in the file (the page cache: a killed process
 * loses none of it). The rest runs on after the answer as `progress.settling`, which the upload's next
 * request awaits: the background fsync still running, if any, and the unsealed tail sealed into its side
 * file. Only the request that completes the upload waits for a last fsync of the whole file, so nothing is
 * received before it is on disk (decision 012).
 *
 * `progress` is updated in place. A body that breaks off is no failure of ours: what arrived is kept, the
 * progress stays valid, and the body's error is returned. If this throws (a write failed), or `settling`
 * fails, the caller must drop the progress and rebuild it from disk.
 */
export async function appendBody(
  key: SegmentKey,
  files: { data: string; tail: string },
  progress: Progress,
  size: number,
  body: AsyncIterable<Buffer>,
): Promise<Error | undefined> {
  const recordBytes = sealedBytes(key);
  const segment = Buffer.allocUnsafe(key.segmentBytes);
  const previousTail = await loadTail(key, files.tail, progress);
  previousTail.copy(segment);
  let filled = previousTail.length;
  let received = offsetOf(key, progress, size);
  // Committed to `progress` only once written: a HEAD meanwhile sees the last reported offset.
  let segments = progress.segments;
  let sealed: Progress['sealed'];
  const handle = await fs.open(files.data, 'r+');
  let inFlight: Promise<unknown> = Promise.resolve();
  let bodyError: Error | undefined;
  // Write-back runs while the body still arrives: the upload's last fsync has little left to flush, and
  // a power cut takes only the last few segments (the sender resumes from what the disk then holds).
  let syncing = false;
  let synced: Promise<unknown> = Promise.resolve();
  // Linux reports a write-back error to one fsync only: the first one seen fails the request's settling.
  let syncError: Error | undefined;
  const syncInBackground = () => {
    if (syncing) return;
    syncing = true;
    synced = inFlight
      .then(() => handle.datasync())
      .catch((error: unknown) => (syncError ??= error instanceof Error ? error : new Error(String(error))))
      .finally(() => (syncing = false));
  };

  const seal = async (isLast: boolean) => {
    const { ciphertext, tag } = sealSegment(key, segments, segment.subarray(0, filled), isLast);
    await inFlight;
    const expected = filled + tag.length;
    inFlight = handle.writev([...ciphertext, tag], segments * recordBytes).then(({ bytesWritten }) => {
      // A short write (a full disk) must fail the request, not leave a cut segment behind a good offset.
      if (bytesWritten !== expected) throw new Error(`short write: ${bytesWritten} of ${expected} bytes`);
      ciphertext.forEach(releaseBuffer);
    });
    // Awaited before the next write or at the end; this only keeps an early failure from going unhandled.
    inFlight.catch(() => undefined);
    segments += 1;
    filled = 0;
    if (segments % SYNC_EVERY_SEGMENTS === 0) syncInBackground();
    if (isLast) sealed = { sha256: progress.hash.digest('hex'), lastTag: tag.toString('base64') };
  };

  try {
    try {
      for await (const chunk of body) {
        if (received + chunk.length > size) throw new Error('more bytes than the upload length');
        progress.hash.update(chunk);
        received += chunk.length;
        let read = 0;
        while (read < chunk.length) {
          const taken = chunk.copy(segment, filled, read);
          filled += taken;
          read += taken;
          if (filled === key.segmentBytes && received - (chunk.length - read) < size) await seal(false);
        }
      }
    } catch (error) {
      // What arrived before the break is kept (tus semantics); the error is reported after that.
      bodyError = error instanceof Error ? error : new Error(String(error));
    }
    if (received === size) await seal(true);
    await inFlight;
  } catch (error) {
    await handle.close(); // after any fsync still running on it
    throw error;
  }
  const tailBytes = sealed ? 0 : filled;
  const sealedTail = tailBytes > 0 ? sealTail(key, segments, segment.subarray(0, filled)) : undefined;
  const backgroundSynced = synced.then(() => {
    if (syncError !== undefined) throw syncError;
  });
  const settling = settle(handle, backgroundSynced, {
    final: sealed !== undefined,
    tail: files.tail,
    sealedTail,
  });
  if (sealed) await settling;
  else settling.catch(() => undefined); // reported to the next request (it awaits it)
  // The tail now rests in its side file only: read back by the next request of this upload.
  Object.assign(progress, {
    segments,
    tailBytes,
    tail: null,
    sealed,
    settling: sealed ? undefined : settling,
  });
  return bodyError;
}

/**
 * What the upload's next request waits for: the background fsync still running, if any (its error must
 * reach someone: a write-back error is reported to one fsync only), then the tail's side file; for the
 * request that completes the upload, a last fsync of the whole file first.
 */
async function settle(
  handle: FileHandle,
  backgroundSync: Promise<unknown>,
  { final, tail, sealedTail }: { final: boolean; tail: string; sealedTail: Buffer | undefined },
): Promise<void> {
  try {
    await Promise.all([backgroundSync, final ? handle.datasync() : undefined]);
  } finally {
    await handle.close();
  }
  // Replaced whole, not fsynced: after a power cut a lost or stale tail fails its check and is sent again.
  if (sealedTail) await writeAtomically(tail, sealedTail);
}
