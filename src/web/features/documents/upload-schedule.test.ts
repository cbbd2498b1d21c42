import { describe, expect, it } from 'vitest';
import {
  batchMoving,
  isBusy,
  MAX_PARALLEL_UPLOADS,
  needsAttention,
  pendingBytes,
  plan,
  summarize,
} from './upload-schedule.js';
import { initialUploadState, reduceUploads, type UploadAction, type UploadState } from './upload-state.js';

const MB = 1024 ** 2;
const hash = (n: number) => n.toString(16).padStart(64, '0');

function withFiles(count: number, bytes = MB): UploadState {
  return reduceUploads(initialUploadState, {
    type: 'added',
    groups: [
      {
        id: 'g',
        checklistItem: 'CLINICAL_DATA',
        kind: 'imagingCd',
        folderName: 'CD',
        skipped: { system: 0, programs: 0, empty: 0 },
        replaces: null,
        files: Array.from({ length: count }, (_, index) => ({
          id: `f${index}`,
          path: `CD/IM${index}`,
          fileName: `IM${index}`,
          bytes,
          refusal: null,
        })),
      },
    ],
  });
}

function hashed(state: UploadState, ids: string[]): UploadState {
  return ids.reduce((current, id, index) => {
    const steps: UploadAction[] = [
      { type: 'hashStarted', id },
      { type: 'hashed', id, sha256: hash(index + 1), alreadyOnServer: false },
    ];
    return steps.reduce(reduceUploads, current);
  }, state);
}

const apply = (state: UploadState, actions: UploadAction[]) => actions.reduce(reduceUploads, state);

describe('plan', () => {
  it('hashes one file at a time, in the order chosen', () => {
    expect(plan(withFiles(3))).toEqual({ hash: ['f0'], upload: [] });
    const hashing = reduceUploads(withFiles(3), { type: 'hashStarted', id: 'f0' });
    expect(plan(hashing).hash).toEqual([]);
  });

  it('uploads two hashed files at a time while the next one is hashed', () => {
    const state = hashed(withFiles(5), ['f0', 'f1', 'f2']);
    expect(plan(state)).toEqual({ hash: ['f3'], upload: ['f0', 'f1'] });
    const started = apply(state, [
      { type: 'uploadStarted', id: 'f0' },
      { type: 'uploadStarted', id: 'f1' },
    ]);
    expect(plan(started).upload).toEqual([]);
    expect(MAX_PARALLEL_UPLOADS).toBe(2);
  });

  it('starts the next upload while a finished one waits for the server’s checks, up to four open', () => {
    let state = hashed(withFiles(6), ['f0', 'f1', 'f2', 'f3', 'f4']);
    state = apply(state, [
      { type: 'uploadStarted', id: 'f0' },
      { type: 'uploadStarted', id: 'f1' },
      { type: 'allSent', id: 'f0' },
      { type: 'allSent', id: 'f1' },
    ]);
    expect(plan(state).upload).toEqual(['f2', 'f3']);
    state = apply(state, [
      { type: 'uploadStarted', id: 'f2' },
      { type: 'allSent', id: 'f2' },
    ]);
    // Three waiting for checks: one more may start, not two.
    expect(plan(state).upload).toEqual(['f3']);
  });

  it('starts nothing that is paused', () => {
    const state = reduceUploads(hashed(withFiles(2), ['f0', 'f1']), { type: 'pauseAll' });
    expect(plan(state)).toEqual({ hash: [], upload: [] });
  });
});

describe('summarize', () => {
  it('adds up bytes, counting received files whole and refused or skipped files not at all', () => {
    let state = hashed(withFiles(4, 10 * MB), ['f0', 'f1', 'f2']);
    state = apply(state, [
      { type: 'uploadStarted', id: 'f0' },
      { type: 'received', id: 'f0', scanState: 'clean' },
      { type: 'uploadStarted', id: 'f1' },
      { type: 'uploadProgress', id: 'f1', bytes: 5 * MB, at: 0 },
      { type: 'uploadStarted', id: 'f2' },
      { type: 'refused', id: 'f2', title: 't', detail: 'd' },
    ]);
    const summary = summarize(Object.values(state.entries), state.totalMeter, 0);
    expect(summary).toMatchObject({
      files: 4,
      bytes: 30 * MB,
      doneBytes: 15 * MB,
      percent: 50,
      hashedFiles: 3,
    });
    expect(summary.count).toMatchObject({ received: 1, uploading: 1, refused: 1, queued: 1 });
  });

  it('shows speed and time left only while something is being sent', () => {
    let state = hashed(withFiles(1, 100 * MB), ['f0']);
    state = apply(state, [
      { type: 'uploadStarted', id: 'f0' },
      { type: 'uploadProgress', id: 'f0', bytes: 0, at: 0 },
      { type: 'uploadProgress', id: 'f0', bytes: 10 * MB, at: 5000 },
    ]);
    const sending = summarize(Object.values(state.entries), state.totalMeter, 5000);
    expect(sending.bytesPerSecond).toBe(2 * MB);
    expect(sending.secondsLeft).toBeCloseTo(45, 5);
    const pausedState = reduceUploads(state, { type: 'pause', id: 'f0' });
    const paused = summarize(Object.values(pausedState.entries), pausedState.totalMeter, 6000);
    expect([paused.bytesPerSecond, paused.secondsLeft]).toEqual([null, null]);
  });
});

describe('pendingBytes and isBusy', () => {
  it('counts what is still to be received against the case’s room', () => {
    let state = hashed(withFiles(3, MB), ['f0']);
    state = apply(state, [
      { type: 'uploadStarted', id: 'f0' },
      { type: 'received', id: 'f0', scanState: 'clean' },
    ]);
    expect(pendingBytes(state)).toBe(2 * MB);
    expect(isBusy(state)).toBe(true);
    expect(isBusy(reduceUploads(state, { type: 'pauseAll' }))).toBe(false);
  });
});

describe('needsAttention', () => {
  it('lists moving and failed CD files, not a whole CD refused for lack of room', () => {
    const state = reduceUploads(initialUploadState, {
      type: 'added',
      groups: [
        {
          id: 'g',
          checklistItem: 'CLINICAL_DATA',
          kind: 'imagingCd',
          folderName: 'CD',
          skipped: { system: 0, programs: 0, empty: 0 },
          replaces: null,
          files: [
            {
              id: 'full',
              path: 'CD/a',
              fileName: 'a',
              bytes: 1,
              refusal: { code: 'caseFull', remainingBytes: 0 },
            },
            {
              id: 'big',
              path: 'CD/b',
              fileName: 'b',
              bytes: 1,
              refusal: { code: 'tooLarge', maxFileBytes: 0 },
            },
          ],
        },
      ],
    });
    const entries = Object.values(state.entries);
    expect(entries.filter(needsAttention).map((entry) => entry.id)).toEqual(['big']);
  });
});

describe('batchMoving', () => {
  const none = {
    queued: 0,
    hashing: 0,
    uploading: 0,
    paused: 0,
    finalizing: 0,
    received: 0,
    refused: 0,
    failed: 0,
    skipped: 0,
  };

  it('is true while a file moves, or while files wait for checks with others still to go', () => {
    expect(batchMoving({ ...none, uploading: 1 })).toBe(true);
    expect(batchMoving({ ...none, finalizing: 2, queued: 30 })).toBe(true);
    expect(batchMoving({ ...none, finalizing: 1, hashing: 1 })).toBe(true);
  });

  it('is false once only the server’s checks of the last files are left, or nothing runs', () => {
    expect(batchMoving({ ...none, finalizing: 2, received: 30 })).toBe(false);
    expect(batchMoving({ ...none, paused: 3, queued: 2 })).toBe(false);
    expect(batchMoving(none)).toBe(false);
  });
});
