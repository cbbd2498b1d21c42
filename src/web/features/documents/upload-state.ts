import type { ScanStateName } from '../../../shared/contracts/documents.js';
import type { DocumentCode } from '../../../shared/contracts/profile.js';
import type { LocalRefusal } from './limits.js';
import { emptyMeter, sample, type SpeedMeter } from './progress.js';

/**
 * The uploads of one case as plain data, changed only by `reduceUploads`. Each file moves through
 *
 *   queued → hashing → queued (hash known) → uploading → finalizing → received | refused | failed
 *
 * and may be paused from queued, hashing or uploading (resuming puts it back in the queue), retried when
 * failed, or skipped once hashed when the same content was already sent. Events that do not fit a file's
 * phase (a late progress event after a pause) are ignored, so the browser's callbacks can never move a
 * file backwards. The files themselves and the network live in the controller, not here.
 */

export type UploadPhase =
  | 'queued'
  | 'hashing'
  | 'uploading'
  | 'paused'
  | 'finalizing'
  | 'received'
  | 'refused'
  | 'failed'
  | 'skipped';

/**
 * network: no answer for minutes (retried on its own when the browser is online again); signedOut: the
 * session ended; unreadable: the file could not be read (moved, CD taken out); unsupported: this browser
 * cannot prepare files (no WebAssembly for the hash); expired: the server no
 * longer has the partial upload (retrying starts the file over); unexpected: anything else.
 */
export type FailureCode = 'network' | 'signedOut' | 'unreadable' | 'unsupported' | 'expired' | 'unexpected';

export type Refusal =
  | { readonly source: 'local'; readonly refusal: LocalRefusal }
  | { readonly source: 'server'; readonly title: string; readonly detail: string };

export type UploadEntry = {
  readonly id: string;
  readonly groupId: string;
  readonly checklistItem: DocumentCode;
  /** The document this file corrects (after submission), or null. */
  readonly replaces: string | null;
  /** The file's own name, sent as metadata and shown. */
  readonly fileName: string;
  /** Its path inside the chosen folder, shown for CD files. */
  readonly path: string;
  readonly bytes: number;
  readonly phase: UploadPhase;
  readonly hashedBytes: number;
  readonly sha256: string | null;
  readonly sentBytes: number;
  readonly meter: SpeedMeter;
  readonly scanState: ScanStateName | null;
  readonly refusal: Refusal | null;
  readonly failure: FailureCode | null;
};

export type SkippedCounts = { readonly system: number; readonly programs: number; readonly empty: number };

export type UploadGroup = {
  readonly id: string;
  readonly checklistItem: DocumentCode;
  readonly kind: 'files' | 'imagingCd';
  readonly folderName: string | null;
  readonly skipped: SkippedCounts;
  readonly entryIds: readonly string[];
};

export type UploadState = {
  readonly groups: readonly UploadGroup[];
  readonly entries: Readonly<Record<string, UploadEntry>>;
  /** Bytes that moved in this visit: the total speed's input (a resumed file's earlier bytes are not). */
  readonly movedBytes: number;
  readonly totalMeter: SpeedMeter;
};

export type NewGroup = Omit<UploadGroup, 'entryIds'> & {
  readonly replaces: string | null;
  readonly files: readonly {
    readonly id: string;
    readonly path: string;
    readonly fileName: string;
    readonly bytes: number;
    readonly refusal: LocalRefusal | null;
  }[];
};

export type UploadAction =
  | { type: 'added'; groups: readonly NewGroup[] }
  | { type: 'hashStarted'; id: string }
  | { type: 'hashProgress'; id: string; bytes: number }
  | { type: 'hashed'; id: string; sha256: string; alreadyOnServer: boolean }
  | { type: 'hashFailed'; id: string; failure: 'unreadable' | 'unsupported' }
  | { type: 'uploadStarted'; id: string }
  | { type: 'uploadProgress'; id: string; bytes: number; at: number }
  | { type: 'allSent'; id: string }
  | { type: 'received'; id: string; scanState: ScanStateName }
  | { type: 'refused'; id: string; title: string; detail: string }
  | { type: 'failed'; id: string; failure: FailureCode }
  | { type: 'pause'; id: string }
  | { type: 'resume'; id: string }
  /** Everything, or one group (an imaging CD) only. */
  | { type: 'pauseAll'; groupId?: string }
  | { type: 'resumeAll'; groupId?: string }
  | { type: 'retry'; id: string }
  | { type: 'retryFailures'; failure: FailureCode }
  | { type: 'remove'; id: string }
  | { type: 'clearFinished'; checklistItem: DocumentCode }
  | { type: 'tick'; at: number };

export const initialUploadState: UploadState = {
  groups: [],
  entries: {},
  movedBytes: 0,
  totalMeter: emptyMeter,
};

export const finalPhases: ReadonlySet<UploadPhase> = new Set(['received', 'refused', 'skipped']);
const pausable: ReadonlySet<UploadPhase> = new Set(['queued', 'hashing', 'uploading']);

function newEntry(group: NewGroup, file: NewGroup['files'][number]): UploadEntry {
  return {
    id: file.id,
    groupId: group.id,
    checklistItem: group.checklistItem,
    replaces: group.replaces,
    fileName: file.fileName,
    path: file.path,
    bytes: file.bytes,
    phase: file.refusal ? 'refused' : 'queued',
    hashedBytes: 0,
    sha256: null,
    sentBytes: 0,
    meter: emptyMeter,
    scanState: null,
    refusal: file.refusal ? { source: 'local', refusal: file.refusal } : null,
    failure: null,
  };
}

function withEntry(state: UploadState, entry: UploadEntry): UploadState {
  return { ...state, entries: { ...state.entries, [entry.id]: entry } };
}

/** Applies `change` to the entry when it is in one of `from`; anything else leaves the state as it is. */
function update(
  state: UploadState,
  id: string,
  from: readonly UploadPhase[],
  change: (entry: UploadEntry) => UploadEntry,
): UploadState {
  const entry = state.entries[id];
  if (!entry || !from.includes(entry.phase)) return state;
  return withEntry(state, change(entry));
}

function updateAll(state: UploadState, change: (entry: UploadEntry) => UploadEntry | null): UploadState {
  let entries: Record<string, UploadEntry> | null = null;
  for (const entry of Object.values(state.entries)) {
    const next = change(entry);
    if (next && next !== entry) {
      entries ??= { ...state.entries };
      entries[entry.id] = next;
    }
  }
  return entries ? { ...state, entries } : state;
}

/** Same content for the same item, already here and not given up on: sending it again adds nothing. */
function isDuplicate(state: UploadState, entry: UploadEntry, sha256: string): boolean {
  return Object.values(state.entries).some(
    (other) =>
      other.id !== entry.id &&
      other.sha256 === sha256 &&
      other.checklistItem === entry.checklistItem &&
      other.replaces === entry.replaces &&
      !['refused', 'failed', 'skipped'].includes(other.phase),
  );
}

/** Removes entries, and the groups they leave empty (or, with `emptyOf`, that item's empty groups). */
function removeEntries(state: UploadState, ids: ReadonlySet<string>, emptyOf?: DocumentCode): UploadState {
  const entries = { ...state.entries };
  for (const id of ids) delete entries[id];
  const groups = state.groups.flatMap((group) => {
    const entryIds = group.entryIds.filter((id) => !ids.has(id));
    const emptied = entryIds.length === 0 && (group.entryIds.length > 0 || group.checklistItem === emptyOf);
    return emptied ? [] : [entryIds.length === group.entryIds.length ? group : { ...group, entryIds }];
  });
  return { ...state, entries, groups };
}

const inGroup = (entry: UploadEntry, groupId: string | undefined) =>
  groupId === undefined || entry.groupId === groupId;
const paused = (entry: UploadEntry): UploadEntry => ({ ...entry, phase: 'paused', meter: emptyMeter });
const requeued = (entry: UploadEntry): UploadEntry => ({
  ...entry,
  phase: 'queued',
  failure: null,
  meter: emptyMeter,
  // Hashing starts over when paused midway; the hash itself, once known, is kept.
  hashedBytes: entry.sha256 ? entry.bytes : 0,
});

export function reduceUploads(state: UploadState, action: UploadAction): UploadState {
  switch (action.type) {
    case 'added': {
      const entries: Record<string, UploadEntry> = { ...state.entries };
      const groups = action.groups.map((group): UploadGroup => {
        for (const file of group.files) entries[file.id] = newEntry(group, file);
        return {
          id: group.id,
          checklistItem: group.checklistItem,
          kind: group.kind,
          folderName: group.folderName,
          skipped: group.skipped,
          entryIds: group.files.map((file) => file.id),
        };
      });
      return { ...state, entries, groups: [...state.groups, ...groups] };
    }
    case 'hashStarted':
      return update(state, action.id, ['queued'], (entry) =>
        entry.sha256 ? entry : { ...entry, phase: 'hashing', hashedBytes: 0 },
      );
    case 'hashProgress':
      return update(state, action.id, ['hashing'], (entry) => ({
        ...entry,
        hashedBytes: Math.min(entry.bytes, Math.max(entry.hashedBytes, action.bytes)),
      }));
    case 'hashed':
      return update(state, action.id, ['hashing'], (entry) => {
        const skip = action.alreadyOnServer || isDuplicate(state, entry, action.sha256);
        return {
          ...entry,
          sha256: action.sha256,
          hashedBytes: entry.bytes,
          phase: skip ? 'skipped' : 'queued',
        };
      });
    case 'hashFailed':
      return update(state, action.id, ['hashing'], (entry) => ({
        ...entry,
        phase: 'failed',
        failure: action.failure,
      }));
    case 'uploadStarted':
      return update(state, action.id, ['queued'], (entry) =>
        entry.sha256 ? { ...entry, phase: 'uploading', meter: emptyMeter } : entry,
      );
    case 'uploadProgress': {
      const entry = state.entries[action.id];
      if (!entry || entry.phase !== 'uploading') return state;
      const bytes = Math.min(entry.bytes, Math.max(0, action.bytes));
      // The first sample after a start is the server's offset, not bytes moved now.
      const moved = entry.meter.at !== null && bytes > entry.sentBytes ? bytes - entry.sentBytes : 0;
      const next = withEntry(state, {
        ...entry,
        sentBytes: bytes,
        meter: sample(entry.meter, bytes, action.at),
      });
      const movedBytes = state.movedBytes + moved;
      return { ...next, movedBytes, totalMeter: sample(state.totalMeter, movedBytes, action.at) };
    }
    case 'allSent':
      return update(state, action.id, ['uploading'], (entry) => ({
        ...entry,
        phase: 'finalizing',
        sentBytes: entry.bytes,
      }));
    case 'received':
      return update(state, action.id, ['uploading', 'finalizing'], (entry) => ({
        ...entry,
        phase: 'received',
        sentBytes: entry.bytes,
        scanState: action.scanState,
      }));
    case 'refused':
      return update(state, action.id, ['uploading', 'finalizing'], (entry) => ({
        ...entry,
        phase: 'refused',
        refusal: { source: 'server', title: action.title, detail: action.detail },
      }));
    case 'failed':
      return update(state, action.id, ['hashing', 'uploading', 'finalizing'], (entry) => ({
        ...entry,
        phase: 'failed',
        failure: action.failure,
      }));
    case 'pause':
      return update(state, action.id, [...pausable], paused);
    case 'resume':
      return update(state, action.id, ['paused'], requeued);
    case 'pauseAll':
      return updateAll(state, (entry) =>
        pausable.has(entry.phase) && inGroup(entry, action.groupId) ? paused(entry) : null,
      );
    case 'resumeAll':
      return updateAll(state, (entry) =>
        entry.phase === 'paused' && inGroup(entry, action.groupId) ? requeued(entry) : null,
      );
    case 'retry':
      return update(state, action.id, ['failed'], requeued);
    case 'retryFailures':
      return updateAll(state, (entry) =>
        entry.phase === 'failed' && entry.failure === action.failure ? requeued(entry) : null,
      );
    case 'remove':
      return state.entries[action.id] ? removeEntries(state, new Set([action.id])) : state;
    case 'clearFinished':
      return removeEntries(
        state,
        new Set(
          Object.values(state.entries)
            .filter((entry) => entry.checklistItem === action.checklistItem && finalPhases.has(entry.phase))
            .map((entry) => entry.id),
        ),
        action.checklistItem,
      );
    case 'tick': {
      // Without progress events a stalled upload's speed would stay frozen at its last value.
      const ticked = updateAll(state, (entry) =>
        entry.phase === 'uploading' && entry.meter.at !== null
          ? { ...entry, meter: sample(entry.meter, entry.sentBytes, action.at) }
          : null,
      );
      if (state.totalMeter.at === null) return ticked;
      return { ...ticked, totalMeter: sample(state.totalMeter, state.movedBytes, action.at) };
    }
  }
}
