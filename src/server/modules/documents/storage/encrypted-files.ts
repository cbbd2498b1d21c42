import { createHash } from 'node:crypto';
import { PassThrough, pipeline as connect, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BlobStore } from './blob-store.js';
import {
  startDecryption,
  startEncryption,
  unwrapDataKey,
  type FileEncryption,
  type MasterKey,
} from './envelope.js';
import { createSegmentedDecipher } from './segmented-decipher.js';
import { SEGMENTED_FORMAT, segmentKeyOf } from './segmented-format.js';

/**
 * `authTag`: the tag of the whole file (single-GCM files) or of its last segment (segmented files).
 */
export type StoredFile = { sha256: string; bytes: number; encryption: FileEncryption; authTag: string };
type Sealed = Pick<StoredFile, 'encryption' | 'authTag'>;

/**
 * Encrypts a file into the store in one pass, hashing the plaintext on the way: the SHA-256 that proves
 * integrity costs no second read of the file.
 */
export async function storeEncrypted(
  store: BlobStore,
  master: MasterKey,
  key: string,
  plaintext: Readable,
): Promise<StoredFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const { cipher, encryption } = startEncryption(master);
  // pipeline, not pipe: an error in the source must reach the store, or the write would wait forever.
  const body = new PassThrough();
  await Promise.all([pipeline(plaintext, hashing, cipher, body), store.put(key, body)]);
  return { sha256: hash.digest('hex'), bytes, encryption, authTag: cipher.getAuthTag().toString('base64') };
}

/**
 * The one decrypting reader, whatever the format the file was stored in: the stream errors (at the
 * latest at its end) if a single stored byte was changed, rather than returning altered medical data.
 */
export function decrypting(
  masters: ReadonlyMap<string, MasterKey>,
  file: Sealed,
  source: Readable,
): Readable {
  const decipher =
    file.encryption.format === SEGMENTED_FORMAT
      ? createSegmentedDecipher(
          segmentKeyOf(file.encryption, unwrapDataKey(masters, file.encryption)),
          Buffer.from(file.authTag, 'base64'),
        )
      : startDecryption(masters, file.encryption, file.authTag);
  // pipeline, not pipe: an error anywhere reaches the reader, and a reader that stops early (the head
  // for classifying) closes the file instead of leaving it open.
  return connect(source, decipher, new PassThrough(), () => undefined);
}

/** The plaintext of a stored file (see `decrypting`). */
export async function openDecrypted(
  store: BlobStore,
  masters: ReadonlyMap<string, MasterKey>,
  key: string,
  file: Sealed,
): Promise<Readable> {
  // An unknown master key fails before the store is touched.
  if (!masters.has(file.encryption.keyId)) throw new Error(`Unknown master key ${file.encryption.keyId}`);
  return decrypting(masters, file, await store.get(key));
}
