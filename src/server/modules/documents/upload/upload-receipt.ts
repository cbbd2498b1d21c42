import { z } from 'zod';
import type { Locale } from '../../../../shared/i18n/locale.js';
import type { ProblemBody } from '../../../plugins/problem.js';
import type { ScanState } from '../scanning/scanner.js';
import type { AcceptedKind } from '../validation/content-type.js';
import { uploadRefusalMessage, uploadRefusals, type UploadRefusal } from '../validation/messages.js';
import type { StagedCiphertext } from './encrypting-file-store.js';

/**
 * What a finished upload becomes, and what the sender is told. The receipt is also kept on disk, so a
 * phone whose connection dropped while the server was finalizing can still learn the outcome.
 */

/** A tus upload whose last byte has arrived, as handed to the finalizer. */
export type CompletedUpload = {
  uploadId: string;
  ownerId: string;
  /** Every byte as received, already encrypted, with its SHA-256 (deleted after finalizing). */
  staged: StagedCiphertext;
  bytes: number;
  /** Already sanitized. */
  fileName: string;
  /** The SHA-256 the sender computed before sending (hex, lower case). */
  clientSha256: string;
  checklistItem: string;
  caseId: string;
  /** A correction: the document this file is a new version of. */
  replaces: string | null;
};

export type UploadRefusalReason = UploadRefusal | 'integrity_mismatch';

const acceptedKinds = ['pdf', 'jpeg', 'png', 'heic', 'dicom', 'dicomdir', 'zip'] as const;
const scanStates = ['pending', 'clean', 'infected', 'unscannable'] as const;
const refusalReasons = [...uploadRefusals, 'integrity_mismatch'] as const;

// The lists above must name every member of the types they mirror: a new refusal fails the typecheck here.
type SameMembers<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const _kindsComplete: SameMembers<AcceptedKind, (typeof acceptedKinds)[number]> = true;
const _scanStatesComplete: SameMembers<ScanState, (typeof scanStates)[number]> = true;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const uploadReceiptSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('received'),
    uploadId: z.string(),
    fileName: z.string(),
    checklistItem: z.string(),
    sha256: sha256Hex,
    bytes: z.number().int().nonnegative(),
    kind: z.enum(acceptedKinds),
    scanState: z.enum(scanStates),
  }),
  z.object({ status: z.literal('refused'), uploadId: z.string(), reason: z.enum(refusalReasons) }),
]);

export type UploadReceipt = z.infer<typeof uploadReceiptSchema>;
export type ReceivedUpload = Extract<UploadReceipt, { status: 'received' }>;
export type RefusedUpload = Extract<UploadReceipt, { status: 'refused' }>;

const texts = {
  ja: {
    refused: 'ファイルを受け付けられませんでした',
    integrity:
      '送られたファイルが、送信の途中で変わってしまいました（通信の乱れなど）。お手数ですが、もう一度同じファイルを送ってください。',
    tooLarge: 'ファイルが大きすぎます',
    tooLargeDetail: (limit: string) =>
      `一度に送れるファイルは${limit}までです。何回かに分けて送ってください。`,
  },
  en: {
    refused: 'The file could not be accepted',
    integrity:
      'The file changed on its way to us (for example, the connection was disturbed). Please send the same file again.',
    tooLarge: 'The file is too large',
    tooLargeDetail: (limit: string) => `Each file can be at most ${limit}. Please send it in several parts.`,
  },
} satisfies Record<Locale, unknown>;

export function refusalMessage(reason: UploadRefusalReason, locale: Locale): string {
  return reason === 'integrity_mismatch' ? texts[locale].integrity : uploadRefusalMessage(reason, locale);
}

/** An HTTP answer a tus hook or a route can send as it is. */
export type UploadAnswer = { status: number; contentType: string; body: string };

type UploadProblem = ProblemBody & { reason?: UploadRefusalReason; maxBytes?: number };

const problem = (body: UploadProblem): UploadAnswer => ({
  status: body.status,
  contentType: 'application/problem+json; charset=utf-8',
  body: JSON.stringify(body),
});

/** "received" is 200 with the receipt; a refusal is a 422 problem naming the reason in plain words. */
export function receiptAnswer(receipt: UploadReceipt, locale: Locale, requestId: string): UploadAnswer {
  if (receipt.status === 'received') {
    return { status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify(receipt) };
  }
  return problem({
    type: 'urn:consilium:problem:upload-refused',
    title: texts[locale].refused,
    status: 422,
    detail: refusalMessage(receipt.reason, locale),
    instance: `urn:consilium:request:${requestId}`,
    reason: receipt.reason,
  });
}

function readableSize(bytes: number): string {
  const gib = bytes / 1024 ** 3;
  return gib >= 1 ? `${Number(gib.toFixed(1))} GB` : `${Math.floor(bytes / 1024 ** 2)} MB`;
}

export function tooLargeAnswer(maxBytes: number, locale: Locale, requestId: string): UploadAnswer {
  return problem({
    type: 'urn:consilium:problem:upload-too-large',
    title: texts[locale].tooLarge,
    status: 413,
    detail: texts[locale].tooLargeDetail(readableSize(maxBytes)),
    instance: `urn:consilium:request:${requestId}`,
    maxBytes,
  });
}
