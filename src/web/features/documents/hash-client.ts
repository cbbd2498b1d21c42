import { z } from 'zod';
import type { HashReply, HashRequest } from './hash-protocol.js';

/** The page's side of the hashing worker: one promise per file, progress as it goes. */

/** What the worker may answer, checked before use. */
export const hashReplySchema: z.ZodType<HashReply> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), id: z.string(), bytes: z.number().nonnegative() }),
  z.object({ type: z.literal('done'), id: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  z.object({ type: z.literal('cancelled'), id: z.string() }),
  z.object({ type: z.literal('unreadable'), id: z.string() }),
  z.object({ type: z.literal('unsupported'), id: z.string() }),
]);

export type HashResult =
  { kind: 'done'; sha256: string } | { kind: 'cancelled' } | { kind: 'unreadable' } | { kind: 'unsupported' };

type Job = { onProgress: (bytes: number) => void; resolve: (result: HashResult) => void };

export type HashJob = { readonly jobId: string; readonly result: Promise<HashResult> };

export class HashClient {
  private worker: Worker | null = null;
  private readonly jobs = new Map<string, Job>();
  private sequence = 0;

  /**
   * Starts hashing; each call is its own job, so a file paused and resumed at once cannot receive the
   * "cancelled" meant for its earlier job.
   */
  hash(file: Blob, onProgress: (bytes: number) => void): HashJob {
    this.sequence += 1;
    const jobId = `hash-${this.sequence}`;
    const result = new Promise<HashResult>((resolve) => {
      this.jobs.set(jobId, { onProgress, resolve });
      this.send({ type: 'hash', id: jobId, file });
    });
    return { jobId, result };
  }

  cancel(jobId: string): void {
    if (this.jobs.has(jobId)) this.send({ type: 'cancel', id: jobId });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.settleAll({ kind: 'cancelled' });
  }

  private send(request: HashRequest): void {
    this.ensureWorker().postMessage(request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // Vite bundles the worker (and hash-wasm with it) from this URL.
    const worker = new Worker(new URL('./hash.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => this.receive(event.data));
    // The worker could not start (an old browser, a blocked script): no file can be read for sending.
    worker.addEventListener('error', () => {
      this.worker = null;
      worker.terminate();
      this.settleAll({ kind: 'unsupported' });
    });
    this.worker = worker;
    return worker;
  }

  private receive(data: unknown): void {
    const reply = hashReplySchema.safeParse(data);
    if (!reply.success) return;
    const message = reply.data;
    const job = this.jobs.get(message.id);
    if (!job) return;
    if (message.type === 'progress') {
      job.onProgress(message.bytes);
      return;
    }
    this.jobs.delete(message.id);
    job.resolve(message.type === 'done' ? { kind: 'done', sha256: message.sha256 } : { kind: message.type });
  }

  private settleAll(result: HashResult): void {
    for (const job of this.jobs.values()) job.resolve(result);
    this.jobs.clear();
  }
}
