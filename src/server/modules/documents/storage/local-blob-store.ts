import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BlobStore } from './blob-store.js';
import { syncFolder } from './sync-folder.js';

const safeKey = /^[a-z0-9][a-z0-9/_-]{0,200}$/;

/**
 * Files under a root folder. Written to a temporary name, fsynced, then renamed, so a crash never leaves
 * a half file under the real name; keys are checked so no path can escape the root.
 */
export function createLocalBlobStore(root: string): BlobStore {
  function pathOf(key: string): string {
    if (!safeKey.test(key) || key.includes('..')) throw new Error('invalid storage key');
    return path.join(root, key);
  }

  const store: BlobStore = {
    async putFile(key, file) {
      const target = pathOf(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      try {
        // Same file system (both under DATA_DIR): a hard link, no copy; the caller removes its own name.
        await fs.link(file, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        await store.put(key, createReadStream(file));
        return;
      }
      await syncFolder(path.dirname(target));
    },

    async put(key, body) {
      const target = pathOf(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.partial-${process.pid}-${Date.now()}`;
      let bytes = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          done(null, chunk);
        },
      });
      try {
        // flush: the file is fsynced before the stream reports it is closed.
        await pipeline(body, counter, createWriteStream(temporary, { mode: 0o600, flush: true }));
      } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
      }
      await fs.rename(temporary, target);
      // The rename itself is durable only once the folder is synced.
      await syncFolder(path.dirname(target));
      return { bytes };
    },

    get(key): Promise<Readable> {
      return Promise.resolve(createReadStream(pathOf(key)));
    },

    async exists(key) {
      try {
        await fs.access(pathOf(key));
        return true;
      } catch {
        return false;
      }
    },
  };
  return store;
}
