import type { Readable } from 'node:stream';

/** Where encrypted file bytes live: the local disk by default, object storage in production. */
export type BlobStore = {
  /** Writes the whole stream under the key and makes it durable before resolving. */
  put(key: string, body: Readable): Promise<{ bytes: number }>;
  /**
   * Stores a file that is already in its stored form (encrypted) under the key, durably; the file itself
   * stays. Optional: without it the file is streamed through `put`.
   */
  putFile?(key: string, file: string): Promise<void>;
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
};
