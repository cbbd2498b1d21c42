import type { IHasher } from 'hash-wasm';

/**
 * SHA-256 of a file read a slice at a time, so a 4 GB CD image never sits in memory: only one slice does.
 * The server compares this hash with its own once every byte has arrived, so a file that changed on the
 * way (or on the disk meanwhile) is refused instead of filed.
 */

/**
 * A few MB per read: large enough that the cost of each read (a promise, a copy into WASM memory) does not
 * dominate, small enough that an old phone holds it comfortably and progress moves often.
 */
export const HASH_SLICE_BYTES = 4 * 1024 * 1024;

export type HashOptions = {
  sliceBytes?: number;
  onProgress?: (hashedBytes: number) => void;
  /** Checked between slices: a paused or removed file stops being read. */
  isCancelled?: () => boolean;
};

/** The hex SHA-256 (lower case) of the blob, or null when cancelled. `hasher` is reused between files. */
export async function sha256OfBlob(
  blob: Blob,
  hasher: IHasher,
  options: HashOptions = {},
): Promise<string | null> {
  const sliceBytes = options.sliceBytes ?? HASH_SLICE_BYTES;
  hasher.init();
  for (let offset = 0; offset < blob.size; offset += sliceBytes) {
    if (options.isCancelled?.()) return null;
    const end = Math.min(blob.size, offset + sliceBytes);
    hasher.update(new Uint8Array(await blob.slice(offset, end).arrayBuffer()));
    options.onProgress?.(end);
  }
  if (options.isCancelled?.()) return null;
  return hasher.digest('hex');
}
