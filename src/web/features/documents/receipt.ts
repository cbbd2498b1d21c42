import { z } from 'zod';
import { acceptedKindSchema, scanStateSchema } from '../../../shared/contracts/documents.js';

/**
 * What the server's answer to the last chunk (or to GET /uploads/:id/receipt) means for the sender. The
 * answer is parsed, never trusted: a proxy's HTML error page must not become "received".
 */

export const uploadReceiptSchema = z.object({
  status: z.literal('received'),
  uploadId: z.string(),
  fileName: z.string(),
  checklistItem: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  kind: acceptedKindSchema,
  scanState: scanStateSchema,
});
export type UploadReceipt = z.infer<typeof uploadReceiptSchema>;

const finalizingSchema = z.object({ status: z.literal('finalizing') });

const problemSchema = z.object({
  type: z.string().optional(),
  title: z.string().min(1),
  detail: z.string().min(1).optional(),
  reason: z.string().optional(),
});

/** A service rule said no (the case's quota is used up, no more documents now): 409 with a reason. */
function isRuleRefusal(body: string): boolean {
  const problem = problemSchema.safeParse(json(body));
  return problem.success && (problem.data.type ?? '').endsWith(':rule-refused');
}

export type ServerOutcome =
  | { readonly kind: 'received'; readonly receipt: UploadReceipt }
  /** The server said no, in words for the sender (already in their language). */
  | {
      readonly kind: 'refused';
      readonly title: string;
      readonly detail: string;
      readonly reason: string | null;
    }
  /** Every byte is in and the server is still checking: ask again after the wait. */
  | { readonly kind: 'finalizing'; readonly retryAfterMs: number }
  /** A success without a receipt (a resumed upload found complete): read the receipt. */
  | { readonly kind: 'noReceipt' }
  | { readonly kind: 'signedOut' }
  /** The server no longer knows the upload (expired, or never ours): start again. */
  | { readonly kind: 'gone' }
  /** The receipt was asked for before every byte arrived: send the rest. */
  | { readonly kind: 'incomplete' }
  /** Worth trying again later: no answer, a server error, busy. */
  | { readonly kind: 'retry'; readonly retryAfterMs: number }
  | { readonly kind: 'unexpected' };

const DEFAULT_WAIT_MS = 2_000;
const MAX_WAIT_MS = 30_000;

/** Retry-After in seconds (the only form our server sends), kept between 1 and 30 seconds. */
export function retryAfterMs(header: string | null | undefined): number {
  if (header === null || header === undefined || !/^\d+$/.test(header.trim())) return DEFAULT_WAIT_MS;
  return Math.min(MAX_WAIT_MS, Math.max(1_000, Number(header.trim()) * 1000));
}

function json(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return null;
  }
}

/** The meaning of one HTTP answer; status 0 is "no answer at all" (connection lost). */
export function interpretAnswer(status: number, body: string, retryAfter: string | null): ServerOutcome {
  if (status === 0 || status >= 500 || status === 423 || status === 429) {
    return { kind: 'retry', retryAfterMs: retryAfterMs(retryAfter) };
  }
  if (status === 202) {
    return finalizingSchema.safeParse(json(body)).success
      ? { kind: 'finalizing', retryAfterMs: retryAfterMs(retryAfter) }
      : { kind: 'unexpected' };
  }
  if (status >= 200 && status < 300) {
    if (body.trim() === '') return { kind: 'noReceipt' };
    const receipt = uploadReceiptSchema.safeParse(json(body));
    return receipt.success ? { kind: 'received', receipt: receipt.data } : { kind: 'noReceipt' };
  }
  if (status === 401) return { kind: 'signedOut' };
  if (status === 404) return { kind: 'gone' };
  // Otherwise 409 is tus's offset conflict, or a receipt asked for before the last byte arrived.
  if (status === 409 && !isRuleRefusal(body)) return { kind: 'incomplete' };
  // 400 means this page built a bad request: a bug, not something the sender can fix.
  if (status === 400) return { kind: 'unexpected' };
  const problem = problemSchema.safeParse(json(body));
  if (!problem.success) return { kind: 'unexpected' };
  const { title, detail, reason } = problem.data;
  return { kind: 'refused', title, detail: detail ?? title, reason: reason ?? null };
}

/**
 * Whether tus-js-client should try the same request again after this answer: yes for no answer, server
 * errors, a locked upload and tus's offset conflict (409); no for every other refusal, including a
 * service rule's 409, and not while the browser is offline (the controller resumes once it is online).
 */
export function shouldRetryAnswer(status: number, body: string, online: boolean): boolean {
  if (!online) return false;
  if (status === 409) return !isRuleRefusal(body);
  return status < 400 || status >= 500 || status === 423 || status === 429;
}
