/**
 * Messages between the page and the hashing worker (hash.worker.ts). No zod here: the worker imports
 * this file, and it should carry hash-wasm only.
 */

export type HashRequest = { type: 'hash'; id: string; file: Blob } | { type: 'cancel'; id: string };

export type HashReply =
  | { type: 'progress'; id: string; bytes: number }
  | { type: 'done'; id: string; sha256: string }
  | { type: 'cancelled'; id: string }
  /** The file could not be read (moved, deleted, a CD taken out). */
  | { type: 'unreadable'; id: string }
  /** This browser cannot hash (no WebAssembly, or a policy forbids it): no file can be prepared. */
  | { type: 'unsupported'; id: string };

/** The worker's check of what it was sent: a File is a Blob, and nothing but a Blob can be hashed. */
export function parseHashRequest(data: unknown): HashRequest | null {
  if (typeof data !== 'object' || data === null || !('type' in data) || !('id' in data)) return null;
  const { type, id } = data;
  if (typeof id !== 'string') return null;
  if (type === 'cancel') return { type, id };
  if (type === 'hash' && 'file' in data && data.file instanceof Blob) return { type, id, file: data.file };
  return null;
}
