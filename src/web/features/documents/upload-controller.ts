import { defaultOptions, Upload } from 'tus-js-client';
import type { CaseDocumentsResponse } from '../../../shared/contracts/documents.js';
import type { DocumentCode } from '../../../shared/contracts/profile.js';
import { announcementFor, type Announcement, type NewAnnouncement } from './announcements.js';
import { HashClient, type HashJob } from './hash-client.js';
import { checkLimits, type Limits } from './limits.js';
import type { ServerOutcome } from './receipt.js';
import { unfinishedForCase, type UnfinishedUpload } from './resume-list.js';
import { baseName, type SelectionGroup } from './selection.js';
import { forgetStoredUploads, Transfer, type TransferAuth } from './tus-transfer.js';
import { isBusy, pendingBytes, plan } from './upload-schedule.js';
import {
  initialUploadState,
  reduceUploads,
  type NewGroup,
  type UploadAction,
  type UploadState,
} from './upload-state.js';

/**
 * The uploads of one case: the pure state (upload-state.ts) plus what it cannot hold — the chosen File
 * objects, the hashing worker and the tus transfers. After every change it reconciles: it stops work
 * whose file was paused or removed and starts what the schedule says is next. One controller per case
 * lives as long as the page, so moving between pages of the app does not stop an upload.
 */

export type UploadSnapshot = {
  readonly state: UploadState;
  readonly unfinished: readonly UnfinishedUpload[];
  readonly announcements: readonly Announcement[];
  readonly now: number;
};

type Listener = () => void;

/** The screen is redrawn at most this often while bytes move: smooth enough, and cheap on a phone. */
const NOTIFY_EVERY_MS = 250;
/** What a tap did is shown at once; the stream of progress and outcomes is batched. */
const answersPerson: ReadonlySet<UploadAction['type']> = new Set([
  'added',
  'pause',
  'resume',
  'pauseAll',
  'resumeAll',
  'retry',
  'retryFailures',
  'remove',
  'clearFinished',
]);
const TICK_EVERY_MS = 1_000;
const KEPT_ANNOUNCEMENTS = 5;

export class UploadController {
  private state: UploadState = initialUploadState;
  private snapshot: UploadSnapshot;
  private readonly listeners = new Set<Listener>();
  private readonly receivedListeners = new Set<Listener>();
  private readonly files = new Map<string, File>();
  private readonly transfers = new Map<string, Transfer>();
  private readonly hashJobs = new Map<string, HashJob>();
  private readonly hashClient = new HashClient();
  private unfinished: UnfinishedUpload[] = [];
  private announcements: Announcement[] = [];
  private knownHashes = new Map<string, Set<string>>();
  private limits: Limits | null = null;
  private sequence = 0;
  private notifyTimer: number | null = null;
  private tickTimer: number | null = null;
  private reconciling = false;

  /** `auth`: headers for every upload request (a physician's link token); none for a signed-in user. */
  constructor(
    private readonly caseId: string,
    private readonly auth: TransferAuth = {},
  ) {
    this.snapshot = this.buildSnapshot();
    window.addEventListener('online', () => this.dispatch({ type: 'retryFailures', failure: 'network' }));
    void this.refreshUnfinished();
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): UploadSnapshot => this.snapshot;

  /** Called after each file the server received (the documents list is then out of date). */
  onReceived(listener: Listener): () => void {
    this.receivedListeners.add(listener);
    return () => this.receivedListeners.delete(listener);
  }

  /** The server's view: limits to check against, and hashes already filed (not sent again). */
  setDocuments(documents: CaseDocumentsResponse): void {
    this.limits = documents.limits;
    this.knownHashes = new Map();
    for (const document of documents.documents) {
      const hashes = this.knownHashes.get(document.checklistItem) ?? new Set<string>();
      for (const version of document.versions) hashes.add(version.sha256);
      this.knownHashes.set(document.checklistItem, hashes);
    }
  }

  /** Queues what was chosen for one checklist item, refusing before sending what breaks a limit. */
  add(
    groups: readonly SelectionGroup<File>[],
    checklistItem: DocumentCode,
    replaces: string | null = null,
  ): void {
    const limits = this.limits ?? { maxFileBytes: Infinity, maxCaseBytes: Infinity, usedBytes: 0 };
    const verdicts = checkLimits(
      groups.map((group) => ({ kind: group.kind, sizes: group.files.map((item) => item.file.size) })),
      limits,
      pendingBytes(this.state),
    );
    const newGroups = groups.map((group, groupIndex): NewGroup => {
      const files = group.files.map((item, fileIndex) => {
        const id = this.nextId('file');
        this.files.set(id, item.file);
        const refusal = verdicts[groupIndex]?.[fileIndex] ?? null;
        return { id, path: item.path, fileName: baseName(item.path), bytes: item.file.size, refusal };
      });
      const { kind, folderName, skipped } = group;
      return { id: this.nextId('group'), checklistItem, replaces, kind, folderName, skipped, files };
    });
    for (const group of newGroups) {
      for (const file of group.files) if (file.refusal) this.files.delete(file.id);
    }
    this.dispatch({ type: 'added', groups: newGroups });
  }

  pause(id: string): void {
    this.dispatch({ type: 'pause', id });
  }
  resume(id: string): void {
    this.dispatch({ type: 'resume', id });
  }
  /** Pauses everything, or only one group's files (an imaging CD). */
  pauseAll(groupId?: string): void {
    this.dispatch({ type: 'pauseAll', groupId });
  }
  resumeAll(groupId?: string): void {
    this.dispatch({ type: 'resumeAll', groupId });
  }
  retry(id: string): void {
    // A partial upload the server no longer has cannot be resumed: the next attempt starts over.
    if (this.state.entries[id]?.failure === 'expired') this.transfers.delete(id);
    this.dispatch({ type: 'retry', id });
  }
  clearFinished(checklistItem: DocumentCode): void {
    this.dispatch({ type: 'clearFinished', checklistItem });
  }

  /** Takes a file off the list; one the server is already checking stays, its outcome is on its way. */
  remove(id: string): void {
    if (this.state.entries[id]?.phase === 'finalizing') return;
    this.dispatch({ type: 'remove', id });
  }

  /** Forgets the unfinished uploads of an earlier visit, on this device and on the server. */
  async forgetUnfinished(): Promise<void> {
    const forgotten = this.unfinished;
    await forgetStoredUploads(forgotten.flatMap((upload) => upload.storageKeys));
    // The partial uploads on the server go too; one that is already gone there is no error.
    await Promise.all(
      forgotten
        .flatMap((upload) => upload.uploadUrls)
        .map((url) =>
          Upload.terminate(url, { retryDelays: null, headers: { ...this.auth.headers } }).catch(
            () => undefined,
          ),
        ),
    );
    await this.refreshUnfinished();
  }

  private nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}-${this.sequence}`;
  }

  private dispatch(action: UploadAction): void {
    const next = reduceUploads(this.state, action);
    if (next === this.state) return;
    this.state = next;
    this.reconcile();
    this.scheduleNotify(!answersPerson.has(action.type));
  }

  /** Brings the running work in line with the state, then starts what comes next. */
  private reconcile(): void {
    if (this.reconciling) return;
    this.reconciling = true;
    try {
      for (const [id, transfer] of this.transfers) {
        const entry = this.state.entries[id];
        if (!entry) {
          this.transfers.delete(id);
          this.files.delete(id);
          void transfer.cancel().then(() => this.refreshUnfinished());
        } else if (transfer.isRunning && entry.phase !== 'uploading' && entry.phase !== 'finalizing') {
          transfer.pause();
        }
      }
      for (const [id, job] of this.hashJobs) {
        if (this.state.entries[id]?.phase !== 'hashing') {
          this.hashClient.cancel(job.jobId);
          this.hashJobs.delete(id);
        }
      }
      // A file that will not be sent again is let go (a CD's thousands of File objects add up).
      for (const id of this.files.keys()) {
        const phase = this.state.entries[id]?.phase;
        if (phase === undefined || phase === 'received' || phase === 'refused' || phase === 'skipped') {
          this.files.delete(id);
        }
      }
      const next = plan(this.state);
      for (const id of next.hash) this.startHashing(id);
      for (const id of next.upload) this.startUpload(id);
    } finally {
      this.reconciling = false;
    }
    this.updateTicking();
  }

  private startHashing(id: string): void {
    const file = this.files.get(id);
    this.state = reduceUploads(this.state, { type: 'hashStarted', id });
    if (!file) {
      this.state = reduceUploads(this.state, { type: 'hashFailed', id, failure: 'unreadable' });
      return;
    }
    const job = this.hashClient.hash(file, (bytes) => this.dispatch({ type: 'hashProgress', id, bytes }));
    this.hashJobs.set(id, job);
    void job.result.then((result) => {
      if (this.hashJobs.get(id) !== job) return;
      this.hashJobs.delete(id);
      if (result.kind === 'cancelled') return;
      if (result.kind === 'unreadable' || result.kind === 'unsupported') {
        this.dispatch({ type: 'hashFailed', id, failure: result.kind });
        return;
      }
      const item = this.state.entries[id]?.checklistItem;
      const alreadyOnServer = item !== undefined && (this.knownHashes.get(item)?.has(result.sha256) ?? false);
      this.dispatch({ type: 'hashed', id, sha256: result.sha256, alreadyOnServer });
    });
  }

  private startUpload(id: string): void {
    const entry = this.state.entries[id];
    const file = this.files.get(id);
    if (!entry?.sha256) return;
    this.state = reduceUploads(this.state, { type: 'uploadStarted', id });
    if (!file) {
      this.state = reduceUploads(this.state, { type: 'failed', id, failure: 'unreadable' });
      return;
    }
    let transfer = this.transfers.get(id);
    if (!transfer) {
      const spec = {
        caseId: this.caseId,
        checklistItem: entry.checklistItem,
        replaces: entry.replaces,
        sha256: entry.sha256,
        bytes: entry.bytes,
        fileName: entry.fileName,
        file,
      };
      transfer = new Transfer(
        spec,
        {
          onProgress: (bytes) => this.dispatch({ type: 'uploadProgress', id, bytes, at: Date.now() }),
          onAllSent: () => this.dispatch({ type: 'allSent', id }),
          onOutcome: (outcome) => this.settle(id, outcome),
        },
        this.auth,
      );
      this.transfers.set(id, transfer);
    }
    void transfer.start().then(() => this.refreshUnfinishedIfShown());
  }

  private settle(id: string, outcome: ServerOutcome): void {
    const entry = this.state.entries[id];
    if (!entry) return;
    const finished = outcome.kind === 'received' || outcome.kind === 'refused';
    if (finished) {
      this.transfers.delete(id);
      this.files.delete(id);
    }
    switch (outcome.kind) {
      case 'received':
        this.dispatch({ type: 'received', id, scanState: outcome.receipt.scanState });
        for (const listener of this.receivedListeners) listener();
        break;
      case 'refused':
        this.dispatch({ type: 'refused', id, title: outcome.title, detail: outcome.detail });
        break;
      case 'signedOut':
        this.dispatch({ type: 'failed', id, failure: 'signedOut' });
        break;
      case 'gone':
        this.dispatch({ type: 'failed', id, failure: 'expired' });
        break;
      case 'retry':
        this.dispatch({ type: 'failed', id, failure: 'network' });
        break;
      default:
        this.dispatch({ type: 'failed', id, failure: 'unexpected' });
    }
    const announcement = announcementFor(this.state, id);
    if (announcement) this.announce(announcement);
    void this.refreshUnfinishedIfShown();
  }

  private announce(announcement: NewAnnouncement): void {
    this.sequence += 1;
    this.announcements = [...this.announcements, { ...announcement, seq: this.sequence }].slice(
      -KEPT_ANNOUNCEMENTS,
    );
  }

  /** Only a list already on screen can shrink as its files come back; an empty one stays empty. */
  private async refreshUnfinishedIfShown(): Promise<void> {
    if (this.unfinished.length > 0) await this.refreshUnfinished();
  }

  private async refreshUnfinished(): Promise<void> {
    try {
      const stored = await defaultOptions.urlStorage.findAllUploads();
      // Files on this page's list are not "unfinished from an earlier visit", whatever their state.
      const listed = new Set(Object.values(this.state.entries).map((entry) => entry.sha256));
      this.unfinished = unfinishedForCase(stored, this.caseId).filter((upload) => !listed.has(upload.sha256));
    } catch {
      this.unfinished = [];
    }
    this.scheduleNotify(false);
  }

  private updateTicking(): void {
    const busy = isBusy(this.state);
    if (busy && this.tickTimer === null) {
      this.tickTimer = window.setInterval(
        () => this.dispatch({ type: 'tick', at: Date.now() }),
        TICK_EVERY_MS,
      );
    } else if (!busy && this.tickTimer !== null) {
      window.clearInterval(this.tickTimer);
      this.tickTimer = null;
    }
  }

  private scheduleNotify(throttled: boolean): void {
    if (!throttled) {
      if (this.notifyTimer !== null) window.clearTimeout(this.notifyTimer);
      this.notifyTimer = null;
      this.notify();
      return;
    }
    this.notifyTimer ??= window.setTimeout(() => {
      this.notifyTimer = null;
      this.notify();
    }, NOTIFY_EVERY_MS);
  }

  private notify(): void {
    this.snapshot = this.buildSnapshot();
    for (const listener of this.listeners) listener();
  }

  private buildSnapshot(): UploadSnapshot {
    return {
      state: this.state,
      unfinished: this.unfinished,
      announcements: this.announcements,
      now: Date.now(),
    };
  }
}

const controllers = new Map<string, UploadController>();

/** The one controller of a case for this page's lifetime. */
export function uploadControllerFor(caseId: string): UploadController {
  let controller = controllers.get(caseId);
  if (!controller) {
    controller = new UploadController(caseId);
    controllers.set(caseId, controller);
  }
  return controller;
}
