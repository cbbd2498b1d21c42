import { createCipheriv, createDecipheriv, createHash, randomBytes, type Hash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openSegment, sealedBytes, TAG_BYTES, type SegmentKey } from '../storage/segmented-format.js';
import { syncFolder } from '../storage/sync-folder.js';

/**
 * The on-disk state of one upload being received, already encrypted (segmented-format.ts): `<id>` holds
 * the sealed full segments; `<id>.tail` the bytes received after the last full segment, sealed with a
 * random IV of its own (a segment is sealed with its counter nonce only once, when it is complete and its
 * content final, so no nonce ever covers two different plaintexts). The SHA-256 of the plaintext runs in
 * memory as bytes arrive; only after a restart is it rebuilt by reading back what was received.
 */

/**
 * How far an upload got: sealed segments, the unsealed tail, and the running hash of both. Between
 * requests the tail (up to a segment) rests only in its side file (`tail: null`, `tailBytes` long):
 * many unfinished uploads must not hold a megabyte of memory each.
 */
export type Progress = {
  segments: number;
  tailBytes: number;
  tail: Buffer | null;
  hash: Hash;
  /** Set once the last segment is sealed: the plaintext's SHA-256 and the last segment's tag. */
  sealed?: Sealed;
  /**
   * What the last request left running after its answer (segment-appender.ts: a background fsync, the
   * tail's side file): the upload's next request waits for it; if it failed, the progress is rebuilt from
   * what the disk holds.
   */
  settling?: Promise<void>;
};
export type Sealed = { sha256: string; lastTag: string };

/** Plaintext bytes received; `size` once the last segment is sealed. */
export const offsetOf = (key: SegmentKey, progress: Progress, size: number) =>
  progress.sealed ? size : progress.segments * key.segmentBytes + progress.tailBytes;

export const freshProgress = (): Progress => ({
  segments: 0,
  tailBytes: 0,
  tail: Buffer.alloc(0),
  hash: createHash('sha256'),
});

/**
 * Temporary name, then rename: whoever reads the file sees it whole (new or old), also after the process
 * died. `durable` adds an fsync of the file and of the folder, for the same after a power cut.
 */
export async function writeAtomically(
  file: string,
  data: Uint8Array | string,
  { durable = false }: { durable?: boolean } = {},
): Promise<void> {
  const temporary = `${file}.partial-${process.pid}`;
  const handle = await fs.open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(data);
    if (durable) await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temporary, file);
  if (durable) await syncFolder(path.dirname(file));
}

export const writeDurably = (file: string, data: Uint8Array | string) =>
  writeAtomically(file, data, { durable: true });

const tailAad = (segment: number) => Buffer.from(`tail ${segment}`);
const tailHeaderBytes = 4 + 12;

/** Seals the tail that follows `segment` full segments: index ‖ IV ‖ ciphertext ‖ tag. */
export function sealTail(key: SegmentKey, segment: number, plaintext: Uint8Array): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.dataKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(tailAad(segment));
  const index = Buffer.alloc(4);
  index.writeUInt32BE(segment);
  return Buffer.concat([index, iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** The tail's plaintext if it follows exactly `segment` full segments; null when stale or damaged. */
export function openTail(key: SegmentKey, segment: number, sealed: Buffer): Buffer | null {
  if (sealed.length < tailHeaderBytes + TAG_BYTES || sealed.readUInt32BE(0) !== segment) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.dataKey, sealed.subarray(4, tailHeaderBytes), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(tailAad(segment));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const plaintext = decipher.update(sealed.subarray(tailHeaderBytes, sealed.length - TAG_BYTES));
    decipher.final();
    return plaintext.length < key.segmentBytes ? plaintext : null;
  } catch {
    return null;
  }
}

async function readTail(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Rebuilds the progress of an upload from disk (after a restart): opens every sealed segment in order,
 * hashing its plaintext, cuts the file after the last one that opens (a segment half-written when the
 * process died), then takes the tail if it belongs right there.
 */
export async function recoverProgress(
  key: SegmentKey,
  file: string,
  tailFile: string,
  size: number,
): Promise<Progress> {
  const hash = createHash('sha256');
  const recordBytes = sealedBytes(key);
  const record = Buffer.allocUnsafe(recordBytes);
  const handle = await fs.open(file, 'r+');
  let segments = 0;
  let received = 0;
  let goodBytes = 0;
  let sealed: Sealed | undefined;
  try {
    const { size: onDisk } = await handle.stat();
    for (let position = 0; position < onDisk; position += recordBytes) {
      const { bytesRead } = await handle.read(record, 0, recordBytes, position);
      const bytes = record.subarray(0, bytesRead);
      const isLast = received + Math.max(0, bytesRead - TAG_BYTES) === size;
      let plaintext: Buffer;
      try {
        plaintext = openSegment(key, segments, bytes, isLast);
      } catch {
        break;
      }
      hash.update(plaintext);
      received += plaintext.length;
      segments += 1;
      goodBytes += bytesRead;
      if (isLast) {
        const lastTag = bytes.subarray(bytesRead - TAG_BYTES).toString('base64');
        sealed = { sha256: hash.copy().digest('hex'), lastTag };
        break;
      }
      if (plaintext.length !== key.segmentBytes) break;
    }
    await handle.truncate(goodBytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (sealed) return { segments, tailBytes: 0, tail: Buffer.alloc(0), hash, sealed };
  const sealedTail = await readTail(tailFile);
  const tail = (sealedTail && openTail(key, segments, sealedTail)) ?? Buffer.alloc(0);
  hash.update(tail);
  return { segments, tailBytes: tail.length, tail, hash };
}

/** The tail the progress says rests in its side file; throws if it is not exactly that (then rebuild). */
export async function loadTail(key: SegmentKey, tailFile: string, progress: Progress): Promise<Buffer> {
  if (progress.tail) return progress.tail;
  if (progress.tailBytes === 0) return Buffer.alloc(0);
  const sealedTail = await readTail(tailFile);
  const tail = sealedTail && openTail(key, progress.segments, sealedTail);
  if (tail?.length !== progress.tailBytes) throw new Error('the tail of the upload is missing or damaged');
  return tail;
}
