import { createHash } from 'node:crypto';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BlobStore } from './blob-store.js';
import { startDecryption, startEncryption, type FileEncryption, type MasterKey } from './envelope.js';

export type StoredFile = { sha256: string; bytes: number; encryption: FileEncryption; authTag: string };

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

/** The plaintext of a stored file; the stream errors at its end if a single stored byte was changed. */
export async function openDecrypted(
  store: BlobStore,
  masters: ReadonlyMap<string, MasterKey>,
  key: string,
  file: Pick<StoredFile, 'encryption' | 'authTag'>,
): Promise<Readable> {
  const decipher = startDecryption(masters, file.encryption, file.authTag);
  const source = await store.get(key);
  const output = new PassThrough();
  source.on('error', (error) => output.destroy(error));
  decipher.on('error', (error) => output.destroy(error));
  return source.pipe(decipher).pipe(output);
}
