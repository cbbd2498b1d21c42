import { createSHA256, type IHasher } from 'hash-wasm';
import { parseHashRequest, type HashReply } from './hash-protocol.js';
import { sha256OfBlob } from './hash-stream.js';

/**
 * Hashes files off the page's main thread: hashing a CD takes seconds to minutes on a phone, and the page
 * must keep scrolling, answering taps and showing progress meanwhile. One file at a time, in the order
 * asked; a cancelled file stops at its next slice.
 */

const PROGRESS_EVERY_MS = 150;

const queue: { id: string; file: Blob }[] = [];
const cancelled = new Set<string>();
let hasher: Promise<IHasher> | null = null;
let running = false;
let current: string | null = null;

function reply(message: HashReply): void {
  postMessage(message);
}

/**
 * One WASM instance for every file: compiling it is the slow part. Created on first use, so a browser
 * (or a Content-Security-Policy without 'wasm-unsafe-eval') that refuses WebAssembly is told apart
 * from a file that cannot be read, and asked again for the next file.
 */
async function sha256Hasher(): Promise<IHasher | null> {
  hasher ??= createSHA256();
  try {
    return await hasher;
  } catch {
    hasher = null;
    return null;
  }
}

async function hashNext(): Promise<void> {
  const job = queue.shift();
  if (!job) {
    running = false;
    return;
  }
  const { id, file } = job;
  current = id;
  let lastReport = 0;
  const wasm = await sha256Hasher();
  if (!wasm) {
    reply({ type: 'unsupported', id });
    current = null;
    await hashNext();
    return;
  }
  try {
    const sha256 = await sha256OfBlob(file, wasm, {
      isCancelled: () => cancelled.has(id),
      onProgress: (bytes) => {
        const now = Date.now();
        if (now - lastReport < PROGRESS_EVERY_MS) return;
        lastReport = now;
        reply({ type: 'progress', id, bytes });
      },
    });
    reply(sha256 === null ? { type: 'cancelled', id } : { type: 'done', id, sha256 });
  } catch {
    // NotReadableError/NotFoundError: the file changed or went away after it was chosen.
    reply({ type: 'unreadable', id });
  } finally {
    cancelled.delete(id);
    current = null;
  }
  await hashNext();
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = parseHashRequest(event.data);
  if (!request) return;
  if (request.type === 'cancel') {
    const waiting = queue.findIndex((job) => job.id === request.id);
    if (waiting >= 0) {
      queue.splice(waiting, 1);
      reply({ type: 'cancelled', id: request.id });
    } else if (current === request.id) {
      cancelled.add(request.id);
    }
    return;
  }
  queue.push({ id: request.id, file: request.file });
  if (!running) {
    running = true;
    void hashNext();
  }
});
