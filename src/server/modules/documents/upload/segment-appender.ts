import fs from 'node:fs/promises';
import { sealedBytes, sealSegment, type SegmentKey } from '../storage/segmented-format.js';
import { offsetOf, sealTail, writeDurably, type Progress } from './staged-segments.js';

/**
 * Appends one request body to an upload being received: each byte is hashed and copied into the current
 * segment as it arrives; a full segment is sealed and written while the next one fills (one write in
 * flight). When the body ends — or breaks off — what arrived is made durable before the new offset is
 * reported: the segments fsynced, the unsealed tail sealed into its side file, and, when the upload is
 * complete, the last segment sealed and the SHA-256 taken. `progress` is updated in place; if this
 * throws, the caller must drop it and rebuild it from disk.
 */
export async function appendBody(
  key: SegmentKey,
  files: { data: string; tail: string },
  progress: Progress,
  size: number,
  body: AsyncIterable<Buffer>,
): Promise<void> {
  const recordBytes = sealedBytes(key);
  const segment = Buffer.allocUnsafe(key.segmentBytes);
  progress.tail.copy(segment);
  let filled = progress.tail.length;
  let received = offsetOf(key, progress, size);
  // Committed to `progress` only once durable: a HEAD meanwhile sees the last reported offset.
  let segments = progress.segments;
  let sealed: Progress['sealed'];
  const handle = await fs.open(files.data, 'r+');
  let inFlight: Promise<unknown> = Promise.resolve();
  let bodyError: Error | undefined;

  const seal = async (isLast: boolean) => {
    const { ciphertext, tag } = sealSegment(key, segments, segment.subarray(0, filled), isLast);
    await inFlight;
    inFlight = handle
      .writev([...ciphertext, tag], segments * recordBytes)
      .then(() => ciphertext.forEach(release));
    // Awaited before the next write or at the end; this only keeps an early failure from going unhandled.
    inFlight.catch(() => undefined);
    segments += 1;
    filled = 0;
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
    await handle.datasync();
  } finally {
    await handle.close();
  }
  const tail = Buffer.from(segment.subarray(0, filled));
  if (!sealed && filled > 0) await writeDurably(files.tail, sealTail(key, segments, tail));
  Object.assign(progress, { segments, tail, sealed });
  if (bodyError !== undefined) throw bodyError;
}

type Detachable = ArrayBuffer & { transfer(length: number): ArrayBuffer };

/**
 * Frees a written ciphertext piece now rather than at V8's next full collection: buffers live outside the
 * heap, and a large upload otherwise piles up tens of MB of them between collections (and triggers more
 * of those). Only a buffer that owns its whole memory, as cipher output does, is released.
 */
function release(piece: Buffer): void {
  const memory = piece.buffer;
  if (piece.byteOffset === 0 && memory instanceof ArrayBuffer && memory.byteLength === piece.length) {
    (memory as Detachable).transfer(0);
  }
}
