import { defaultOptions, DetailedError, Upload, type HttpResponse } from 'tus-js-client';
import i18n from '../../i18n/index.js';
import { interpretAnswer, shouldRetryAnswer, type ServerOutcome } from './receipt.js';
import { uploadFingerprint, type UploadIdentity } from './resume-list.js';

/**
 * One file's resumable upload (tus 1.0) and the wait for its receipt. What the server answered is handed
 * to the controller as a ServerOutcome; the controller decides what the person sees.
 */

export const uploadsPath = '/api/v1/uploads';

/**
 * 16 MiB per PATCH. Bigger chunks save little: at 50 Mbit/s a 16 MiB request takes about 2.7 s, so a
 * 100 ms round trip per chunk costs under 4 %. Smaller is safer on the networks our senders use: on a
 * weak mobile uplink (2–4 Mbit/s) one chunk still finishes within 35–70 s, under the request time-outs
 * of common proxies and load balancers, and under the body-size limits of CDNs (often 100 MB). A lost
 * connection costs nothing extra either way: tus keeps what arrived and resumes from the server's offset.
 * Most DICOM files are smaller than a chunk and go in a single PATCH.
 */
export const CHUNK_BYTES = 16 * 1024 * 1024;

/**
 * Waits before each retry after a lost connection or a server error: quick at first (a train's tunnel),
 * then up to a minute, about three minutes in all; after that the file shows "failed" with a retry
 * button, and the controller retries on its own when the browser says it is online again.
 */
export const RETRY_DELAYS_MS = [0, 1_000, 3_000, 5_000, 10_000, 20_000, 30_000, 60_000, 60_000];

/** The server may take a while to check a large CD image; past this, something is wrong. */
const MAX_RECEIPT_WAIT_MS = 30 * 60_000;
const MAX_RECEIPT_NETWORK_TRIES = 10;

export type TransferSpec = UploadIdentity & { readonly file: File; readonly fileName: string };

/**
 * How the sender proves who they are. A signed-in applicant needs nothing (the session cookie goes with
 * every same-origin request); the primary physician has no account and sends their link's token as
 * `Authorization: Bearer …` on every tus request and on the receipt request.
 */
export type TransferAuth = { readonly headers?: Readonly<Record<string, string>> };

export type TransferEvents = {
  onProgress: (sentBytes: number) => void;
  /** Every byte is out: the server is checking the file now. */
  onAllSent: () => void;
  /** The end of this attempt: received, refused, or a reason to stop. Never "finalizing". */
  onOutcome: (outcome: ServerOutcome) => void;
};

function receiptUrl(uploadUrl: string): string {
  const id = new URL(uploadUrl, window.location.href).pathname.split('/').pop() ?? '';
  return `${uploadsPath}/${encodeURIComponent(id)}/receipt`;
}

function outcomeOf(response: HttpResponse | null): ServerOutcome {
  if (!response) return interpretAnswer(0, '', null);
  return interpretAnswer(
    response.getStatus(),
    response.getBody() ?? '',
    response.getHeader('Retry-After') ?? null,
  );
}

/** Forgets this content's stored upload URLs: a refused or expired upload cannot be resumed. */
export async function forgetStoredUploads(storageKeys: readonly string[]): Promise<void> {
  await Promise.all(storageKeys.map((key) => defaultOptions.urlStorage.removeUpload(key)));
}

async function forgetFingerprint(fingerprint: string): Promise<void> {
  const stored = await defaultOptions.urlStorage.findUploadsByFingerprint(fingerprint);
  await forgetStoredUploads(stored.map((upload) => upload.urlStorageKey));
}

export class Transfer {
  private readonly upload: Upload;
  private readonly fingerprint: string;
  private stopped = true;
  private allSent = false;
  private resumedFromStorage = false;
  private receiptTimer: number | null = null;
  private receiptStartedAt = 0;
  private receiptNetworkTries = 0;

  constructor(
    spec: TransferSpec,
    private readonly events: TransferEvents,
    private readonly auth: TransferAuth = {},
  ) {
    this.fingerprint = uploadFingerprint(spec);
    const metadata: Record<string, string> = {
      filename: spec.fileName,
      sha256: spec.sha256,
      caseId: spec.caseId,
      checklistItem: spec.checklistItem,
    };
    if (spec.replaces) metadata.replaces = spec.replaces;
    this.upload = new Upload(spec.file, {
      // Absolute: tus-js-client resolves the server's relative Location against it.
      endpoint: new URL(uploadsPath, window.location.href).href,
      metadata,
      headers: { ...auth.headers },
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS_MS,
      onShouldRetry: (error) => {
        const response = error.originalResponse;
        return shouldRetryAnswer(response?.getStatus() ?? 0, response?.getBody() ?? '', navigator.onLine);
      },
      fingerprint: () => Promise.resolve(this.fingerprint),
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      // The refusal's detail comes back in the language the page shows now.
      onBeforeRequest: (request) => request.setHeader('Accept-Language', i18n.language),
      onProgress: (sent, total) => {
        if (this.stopped) return;
        this.events.onProgress(sent);
        if (sent === total) {
          this.allSent = true;
          this.events.onAllSent();
        }
      },
      onSuccess: ({ lastResponse }) => this.settle(outcomeOf(lastResponse)),
      onError: (error) => {
        this.settle(outcomeOf(error instanceof DetailedError ? error.originalResponse : null));
      },
    });
  }

  /** True between start and pause, cancel or the end of the attempt. */
  get isRunning(): boolean {
    return !this.stopped;
  }

  /** Starts or resumes; the first start picks up an upload this browser began before a reload. */
  async start(): Promise<void> {
    this.stopped = false;
    this.receiptStartedAt = 0;
    this.receiptNetworkTries = 0;
    if (!this.resumedFromStorage) {
      this.resumedFromStorage = true;
      const previous = await this.upload.findPreviousUploads();
      const newest = [...previous].sort((a, b) => b.creationTime.localeCompare(a.creationTime))[0];
      if (newest) this.upload.resumeFromPreviousUpload(newest);
    }
    if (this.stopped) return;
    this.upload.start();
  }

  /** Stops sending; the server keeps what arrived and `start` continues from there. */
  pause(): void {
    this.stopped = true;
    this.clearReceiptTimer();
    void this.upload.abort(false);
  }

  /** Stops and deletes the partial upload on the server, so nothing half-sent lingers there. */
  async cancel(): Promise<void> {
    this.pause();
    try {
      await this.upload.abort(Boolean(this.upload.url));
    } catch {
      // Already gone, finished or offline: the server's own expiry cleans up.
    }
    await forgetFingerprint(this.fingerprint);
  }

  private settle(outcome: ServerOutcome): void {
    if (this.stopped) return;
    switch (outcome.kind) {
      case 'received':
        this.events.onOutcome(outcome);
        return;
      case 'noReceipt':
      case 'finalizing':
        this.awaitReceipt(0);
        return;
      case 'gone':
      case 'retry':
        // Every byte was out when the line dropped (tus gave up retrying), or our server answered 404 to
        // a chunk of an upload it had already finished: the outcome waits at the receipt.
        if (this.allSent && this.upload.url) this.awaitReceipt(0);
        else this.finish(outcome);
        return;
      default:
        this.finish(outcome);
    }
  }

  private finish(outcome: ServerOutcome): void {
    this.stopped = true;
    this.clearReceiptTimer();
    if (outcome.kind === 'refused' || outcome.kind === 'gone') void forgetFingerprint(this.fingerprint);
    this.events.onOutcome(outcome);
  }

  private awaitReceipt(delayMs: number): void {
    if (this.receiptStartedAt === 0) this.receiptStartedAt = Date.now();
    this.clearReceiptTimer();
    this.receiptTimer = window.setTimeout(() => void this.readReceipt(), delayMs);
  }

  private async readReceipt(): Promise<void> {
    const url = this.upload.url;
    if (this.stopped || !url) return;
    let outcome: ServerOutcome;
    try {
      const response = await fetch(receiptUrl(url), {
        headers: { ...this.auth.headers, accept: 'application/json', 'accept-language': i18n.language },
        credentials: 'same-origin',
        cache: 'no-store',
      });
      outcome = interpretAnswer(response.status, await response.text(), response.headers.get('retry-after'));
    } catch {
      outcome = interpretAnswer(0, '', null);
    }
    if (this.stopped) return;
    const waited = Date.now() - this.receiptStartedAt;
    switch (outcome.kind) {
      case 'finalizing':
        if (waited > MAX_RECEIPT_WAIT_MS) this.finish({ kind: 'unexpected' });
        else this.awaitReceipt(outcome.retryAfterMs);
        return;
      case 'retry':
        this.receiptNetworkTries += 1;
        if (this.receiptNetworkTries > MAX_RECEIPT_NETWORK_TRIES) this.finish(outcome);
        else this.awaitReceipt(outcome.retryAfterMs);
        return;
      case 'incomplete':
        // Not every byte arrived after all: send the rest (tus asks the server for its offset first).
        this.receiptStartedAt = 0;
        this.allSent = false;
        this.upload.start();
        return;
      case 'noReceipt':
        this.finish({ kind: 'unexpected' });
        return;
      default:
        this.finish(outcome);
    }
  }

  private clearReceiptTimer(): void {
    if (this.receiptTimer !== null) window.clearTimeout(this.receiptTimer);
    this.receiptTimer = null;
  }
}
