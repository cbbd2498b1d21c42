import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { decrypting, type StoredFile } from '../storage/encrypted-files.js';
import type { MasterKey } from '../storage/envelope.js';
import type { StagedCiphertext } from './encrypting-file-store.js';

/**
 * The plaintext of a staged (encrypted) upload, for the checks that need it: the head for classifying, a
 * stream for reading a DICOM header, a temporary plaintext file for the ZIP inspection and a malware scanner
 * (both work on a path). Every read goes through the one decrypting reader, so it is authenticated.
 */
export type StagedPlaintext = ReturnType<typeof stagedPlaintext>;

export function stagedPlaintext(staged: StagedCiphertext, master: MasterKey) {
  const masters = new Map([[master.id, master]]);
  const sealed: Pick<StoredFile, 'encryption' | 'authTag'> = {
    encryption: staged.encryption,
    authTag: staged.lastTag,
  };
  const open = (): Readable => decrypting(masters, sealed, createReadStream(staged.path));

  return {
    open,

    /** The first `bytes` of the plaintext (fewer for a shorter file); reads only as far as needed. */
    async head(bytes: number): Promise<Buffer> {
      const parts: Buffer[] = [];
      let collected = 0;
      const stream = open();
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          parts.push(chunk);
          collected += chunk.length;
          if (collected >= bytes) break;
        }
      } finally {
        stream.destroy();
      }
      return Buffer.concat(parts).subarray(0, bytes);
    },

    /** Runs `use` with a temporary plaintext copy beside the staged file (owner-only), then removes it. */
    async asFile<T>(use: (path: string) => Promise<T>): Promise<T> {
      const file = `${staged.path}.plain-${process.pid}`;
      try {
        await pipeline(open(), (await fs.open(file, 'w', 0o600)).createWriteStream());
        return await use(file);
      } finally {
        await fs.rm(file, { force: true });
      }
    },
  };
}
