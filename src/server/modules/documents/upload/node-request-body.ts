import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { releaseBuffer } from './release-buffer.js';
import { TusError } from './tus-error.js';

/**
 * tus reads request bodies as web streams (Readable.toWeb, then Readable.fromWeb inside tus): per chunk a
 * few promises and objects, which on a large upload cost more CPU and GC than the encryption. So the web
 * body tus gets carries no bytes, only the end (or tus's abort, when another request takes the upload
 * over): the data store reads the bytes straight from the Node request of the same call, found through
 * AsyncLocalStorage. tus still does everything else (headers, offsets, locks, hooks, answers).
 */

export type NodeBody = { raw: IncomingMessage; end: () => void };
const current = new AsyncLocalStorage<NodeBody>();

/** A web body for tus that ends when the Node body has been read by the data store. */
export function signalBody(raw: IncomingMessage): { body: ReadableStream<Uint8Array>; nodeBody: NodeBody } {
  let end = () => undefined as void;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      end = () => {
        try {
          controller.close();
        } catch {
          // Already closed or cancelled by tus.
        }
      };
    },
  });
  return { body, nodeBody: { raw, end: () => end() } };
}

/** Runs `handle` (the tus call) with `nodeBody` as the body the data store reads. */
export function withNodeBody<T>(nodeBody: NodeBody | undefined, handle: () => Promise<T>): Promise<T> {
  return nodeBody ? current.run(nodeBody, handle) : handle();
}

/**
 * The chunks of the current request's body, or of `tusStream` outside such a request. Stops early, keeping
 * what arrived, when `tusStream` ends first (tus aborted the request); a broken connection ends it with
 * tus's ABORTED error, after the chunks that arrived.
 */
export async function* requestChunks(tusStream: Readable): AsyncGenerator<Buffer> {
  const nodeBody = current.getStore();
  if (!nodeBody) {
    yield* tusStream as AsyncIterable<Buffer>;
    return;
  }
  const stopped = new Promise<'stopped'>((resolve) => {
    tusStream.once('end', () => resolve('stopped'));
    tusStream.once('close', () => resolve('stopped'));
  });
  // tus's side has no bytes; flowing, it ends as soon as `end` is called or tus aborts.
  tusStream.resume();
  const chunks = nodeBody.raw.iterator({ destroyOnReturn: false });
  try {
    for (;;) {
      const next = await Promise.race([chunks.next(), stopped]);
      if (next === 'stopped' || next.done) return;
      const chunk = next.value as Buffer;
      yield chunk;
      // The consumer asked for the next one: done with this copy the HTTP parser made for us alone.
      releaseBuffer(chunk);
    }
  } catch {
    throw new TusError('ABORTED');
  } finally {
    nodeBody.end();
  }
}
