import { secondsLeft, shownSpeed, type SpeedMeter } from './progress.js';
import { percentOf } from './size-format.js';
import type { UploadEntry, UploadPhase, UploadState } from './upload-state.js';

/**
 * What to start next, and the numbers the screen shows, read from the upload state.
 *
 * Two files upload at a time: one upload rarely fills a phone's or a clinic's uplink because each file
 * waits for its creation request and, at the end, for the server's checks; a second keeps the line busy
 * meanwhile, while more would only split the same bandwidth and make every file slower to finish.
 * Hashing runs one file at a time in a worker, ahead of the uploads.
 */

export const MAX_PARALLEL_UPLOADS = 2;
export const MAX_PARALLEL_HASHING = 1;
/**
 * Uploads still waiting for the server's checks keep a connection open; with HTTP/1.1's six connections
 * per site, four open uploads leave room for the page's own requests.
 */
export const MAX_OPEN_UPLOADS = 4;

export type Plan = { readonly hash: readonly string[]; readonly upload: readonly string[] };

/** Entries in the order they were chosen (groups in order, files in order within each). */
export function orderedEntries(state: UploadState): UploadEntry[] {
  return state.groups.flatMap((group) =>
    group.entryIds.flatMap((id) => {
      const entry = state.entries[id];
      return entry ? [entry] : [];
    }),
  );
}

export function plan(state: UploadState): Plan {
  const entries = orderedEntries(state);
  const count = (phase: UploadPhase) => entries.filter((entry) => entry.phase === phase).length;
  const uploading = count('uploading');
  const open = uploading + count('finalizing');
  const uploadSlots = Math.max(0, Math.min(MAX_PARALLEL_UPLOADS - uploading, MAX_OPEN_UPLOADS - open));
  const hashSlots = Math.max(0, MAX_PARALLEL_HASHING - count('hashing'));
  const queued = entries.filter((entry) => entry.phase === 'queued');
  return {
    hash: queued
      .filter((entry) => entry.sha256 === null)
      .slice(0, hashSlots)
      .map((entry) => entry.id),
    upload: queued
      .filter((entry) => entry.sha256 !== null)
      .slice(0, uploadSlots)
      .map((entry) => entry.id),
  };
}

export type Summary = {
  readonly files: number;
  readonly count: Readonly<Record<UploadPhase, number>>;
  /** Bytes that will be sent (refused and skipped files do not count). */
  readonly bytes: number;
  readonly doneBytes: number;
  readonly percent: number;
  readonly hashedFiles: number;
  readonly bytesPerSecond: number | null;
  readonly secondsLeft: number | null;
};

const noPhases = (): Record<UploadPhase, number> => ({
  queued: 0,
  hashing: 0,
  uploading: 0,
  paused: 0,
  finalizing: 0,
  received: 0,
  refused: 0,
  failed: 0,
  skipped: 0,
});

const counted = (entry: UploadEntry) => entry.phase !== 'refused' && entry.phase !== 'skipped';

/**
 * Totals over some entries. `meter` is the speed to divide by: the whole page's for the total and for an
 * imaging CD (its files are too small for each to settle a speed of its own), the file's own for a file.
 */
export function summarize(entries: readonly UploadEntry[], meter: SpeedMeter, now: number): Summary {
  const count = noPhases();
  let bytes = 0;
  let doneBytes = 0;
  let hashedFiles = 0;
  for (const entry of entries) {
    count[entry.phase] += 1;
    if (entry.sha256 !== null) hashedFiles += 1;
    if (!counted(entry)) continue;
    bytes += entry.bytes;
    doneBytes += entry.phase === 'received' ? entry.bytes : entry.sentBytes;
  }
  const sending = count.uploading + count.finalizing > 0;
  return {
    files: entries.length,
    count,
    bytes,
    doneBytes,
    percent: percentOf(doneBytes, bytes),
    hashedFiles,
    bytesPerSecond: sending ? shownSpeed(meter) : null,
    secondsLeft: sending ? secondsLeft(meter, bytes - doneBytes, now) : null,
  };
}

/** One file's numbers, measured by its own meter. */
export function fileSummary(entry: UploadEntry, now: number): Summary {
  return summarize([entry], entry.meter, now);
}

/**
 * Whether a batch (the page's total, an imaging CD) is on its way, so its speed and time left mean
 * something: a file is moving, or some wait for the server's checks while others wait their turn. A
 * CD's small files spend most of their time in those checks, each one's bytes gone in a blink.
 */
export function batchMoving(count: Readonly<Record<UploadPhase, number>>): boolean {
  return count.uploading > 0 || (count.finalizing > 0 && count.queued + count.hashing > 0);
}

/** Bytes this page will still send: the server's count does not include them yet. */
export function pendingBytes(state: UploadState): number {
  return Object.values(state.entries).reduce(
    (sum, entry) => (['received', 'refused', 'skipped'].includes(entry.phase) ? sum : sum + entry.bytes),
    0,
  );
}

/** Work in progress that leaving the page would interrupt. */
export function isBusy(state: UploadState): boolean {
  return Object.values(state.entries).some((entry) =>
    ['queued', 'hashing', 'uploading', 'finalizing'].includes(entry.phase),
  );
}

/** The files of an imaging CD worth a row of their own: the ones moving now and the ones needing a look. */
export function needsAttention(entry: UploadEntry): boolean {
  // A CD that does not fit is refused as a whole: one message for the group, not a row per file.
  if (entry.refusal?.source === 'local' && entry.refusal.refusal.code === 'caseFull') return false;
  return ['hashing', 'uploading', 'finalizing', 'failed', 'refused'].includes(entry.phase);
}
