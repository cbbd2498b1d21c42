import { describe, expect, it } from 'vitest';
import {
  initialUploadState,
  reduceUploads,
  type NewGroup,
  type UploadAction,
  type UploadPhase,
  type UploadState,
} from './upload-state.js';

const MB = 1024 ** 2;
const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

function group(id: string, files: [id: string, bytes: number][], extra: Partial<NewGroup> = {}): NewGroup {
  return {
    id,
    checklistItem: 'CLINICAL_DATA',
    kind: 'files',
    folderName: null,
    skipped: { system: 0, programs: 0, empty: 0 },
    replaces: null,
    files: files.map(([fileId, bytes]) => ({
      id: fileId,
      path: `${fileId}.pdf`,
      fileName: `${fileId}.pdf`,
      bytes,
      refusal: null,
    })),
    ...extra,
  };
}

function run(actions: UploadAction[], from: UploadState = initialUploadState): UploadState {
  return actions.reduce(reduceUploads, from);
}

const phase = (state: UploadState, id: string): UploadPhase | undefined => state.entries[id]?.phase;

/** A file queued, hashed and uploading. */
function uploading(id = 'f1', bytes = 10 * MB): UploadState {
  return run([
    { type: 'added', groups: [group('g1', [[id, bytes]])] },
    { type: 'hashStarted', id },
    { type: 'hashed', id, sha256: HASH_A, alreadyOnServer: false },
    { type: 'uploadStarted', id },
  ]);
}

describe('the happy path', () => {
  it('goes queued → hashing → queued with a hash → uploading → finalizing → received', () => {
    let state = run([{ type: 'added', groups: [group('g1', [['f1', 10 * MB]])] }]);
    expect(phase(state, 'f1')).toBe('queued');
    state = reduceUploads(state, { type: 'hashStarted', id: 'f1' });
    expect(phase(state, 'f1')).toBe('hashing');
    state = reduceUploads(state, { type: 'hashProgress', id: 'f1', bytes: 4 * MB });
    expect(state.entries.f1?.hashedBytes).toBe(4 * MB);
    state = reduceUploads(state, { type: 'hashed', id: 'f1', sha256: HASH_A, alreadyOnServer: false });
    expect(state.entries.f1).toMatchObject({ phase: 'queued', sha256: HASH_A, hashedBytes: 10 * MB });
    state = reduceUploads(state, { type: 'uploadStarted', id: 'f1' });
    expect(phase(state, 'f1')).toBe('uploading');
    state = reduceUploads(state, { type: 'uploadProgress', id: 'f1', bytes: 5 * MB, at: 1000 });
    expect(state.entries.f1?.sentBytes).toBe(5 * MB);
    state = reduceUploads(state, { type: 'allSent', id: 'f1' });
    expect(state.entries.f1).toMatchObject({ phase: 'finalizing', sentBytes: 10 * MB });
    state = reduceUploads(state, { type: 'received', id: 'f1', scanState: 'clean' });
    expect(state.entries.f1).toMatchObject({ phase: 'received', scanState: 'clean' });
  });

  it('keeps the order and the group of what was chosen', () => {
    const state = run([
      {
        type: 'added',
        groups: [
          group('g1', [
            ['a', 1],
            ['b', 2],
          ]),
          group('g2', [['c', 3]]),
        ],
      },
    ]);
    expect(state.groups.map((g) => [g.id, g.entryIds])).toEqual([
      ['g1', ['a', 'b']],
      ['g2', ['c']],
    ]);
  });

  it('records a refusal made before sending as refused, never queued', () => {
    const g = group('g1', [['big', 5 * MB]]);
    const state = run([
      {
        type: 'added',
        groups: [
          {
            ...g,
            files: g.files.map((f) => ({ ...f, refusal: { code: 'tooLarge', maxFileBytes: MB } as const })),
          },
        ],
      },
    ]);
    expect(state.entries.big).toMatchObject({
      phase: 'refused',
      refusal: { source: 'local', refusal: { code: 'tooLarge', maxFileBytes: MB } },
    });
  });
});

describe('refusals and failures', () => {
  it('shows the server’s detail when it refuses at the end', () => {
    const state = run(
      [
        { type: 'allSent', id: 'f1' },
        { type: 'refused', id: 'f1', title: 'T', detail: 'D' },
      ],
      uploading(),
    );
    expect(state.entries.f1).toMatchObject({
      phase: 'refused',
      refusal: { source: 'server', title: 'T', detail: 'D' },
    });
  });

  it('fails a file the browser could not read while hashing', () => {
    const state = run([
      { type: 'added', groups: [group('g1', [['f1', 1]])] },
      { type: 'hashStarted', id: 'f1' },
      { type: 'hashFailed', id: 'f1', failure: 'unreadable' },
    ]);
    expect(state.entries.f1).toMatchObject({ phase: 'failed', failure: 'unreadable' });
  });

  it('retries a failed file from the queue, keeping its hash and the bytes already sent', () => {
    const failed = run(
      [
        { type: 'uploadProgress', id: 'f1', bytes: 0, at: 0 },
        { type: 'uploadProgress', id: 'f1', bytes: 3 * MB, at: 1000 },
        { type: 'failed', id: 'f1', failure: 'network' },
      ],
      uploading(),
    );
    const retried = reduceUploads(failed, { type: 'retry', id: 'f1' });
    expect(retried.entries.f1).toMatchObject({
      phase: 'queued',
      sha256: HASH_A,
      sentBytes: 3 * MB,
      failure: null,
    });
  });

  it('retries every network failure at once when the connection comes back, and nothing else', () => {
    const state = run([
      {
        type: 'added',
        groups: [
          group('g1', [
            ['a', 1],
            ['b', 1],
          ]),
        ],
      },
      { type: 'hashStarted', id: 'a' },
      { type: 'hashFailed', id: 'a', failure: 'unreadable' },
      { type: 'hashStarted', id: 'b' },
      { type: 'hashed', id: 'b', sha256: HASH_B, alreadyOnServer: false },
      { type: 'uploadStarted', id: 'b' },
      { type: 'failed', id: 'b', failure: 'network' },
      { type: 'retryFailures', failure: 'network' },
    ]);
    expect([phase(state, 'a'), phase(state, 'b')]).toEqual(['failed', 'queued']);
  });

  it('does not retry a refused or received file', () => {
    const received = run([{ type: 'received', id: 'f1', scanState: 'pending' }], uploading());
    expect(reduceUploads(received, { type: 'retry', id: 'f1' })).toBe(received);
  });
});

describe('pause and resume', () => {
  it('pauses an upload and resumes it through the queue', () => {
    const pausedState = reduceUploads(uploading(), { type: 'pause', id: 'f1' });
    expect(phase(pausedState, 'f1')).toBe('paused');
    const resumed = reduceUploads(pausedState, { type: 'resume', id: 'f1' });
    expect(resumed.entries.f1).toMatchObject({ phase: 'queued', sha256: HASH_A });
  });

  it('starts hashing over when paused midway, but keeps a hash already known', () => {
    const state = run([
      { type: 'added', groups: [group('g1', [['f1', 10 * MB]])] },
      { type: 'hashStarted', id: 'f1' },
      { type: 'hashProgress', id: 'f1', bytes: 6 * MB },
      { type: 'pause', id: 'f1' },
      { type: 'resume', id: 'f1' },
    ]);
    expect(state.entries.f1).toMatchObject({ phase: 'queued', hashedBytes: 0, sha256: null });
  });

  it('cannot pause a file whose bytes are all sent: the server is already checking it', () => {
    const finalizing = reduceUploads(uploading(), { type: 'allSent', id: 'f1' });
    expect(reduceUploads(finalizing, { type: 'pause', id: 'f1' })).toBe(finalizing);
  });

  it('pauses and resumes everything that moves, leaving finished files alone', () => {
    let state = run([
      {
        type: 'added',
        groups: [
          group('g1', [
            ['a', 1],
            ['b', 1],
            ['c', 1],
          ]),
        ],
      },
      { type: 'hashStarted', id: 'a' },
      { type: 'hashed', id: 'a', sha256: HASH_A, alreadyOnServer: false },
      { type: 'uploadStarted', id: 'a' },
      { type: 'received', id: 'a', scanState: 'clean' },
      { type: 'hashStarted', id: 'b' },
      { type: 'pauseAll' },
    ]);
    expect([phase(state, 'a'), phase(state, 'b'), phase(state, 'c')]).toEqual([
      'received',
      'paused',
      'paused',
    ]);
    state = reduceUploads(state, { type: 'resumeAll' });
    expect([phase(state, 'a'), phase(state, 'b'), phase(state, 'c')]).toEqual([
      'received',
      'queued',
      'queued',
    ]);
  });

  it('pauses and resumes one group (an imaging CD) without touching the others', () => {
    let state = run([
      {
        type: 'added',
        groups: [
          group('cd', [
            ['a', 1],
            ['b', 1],
          ]),
          group('other', [['c', 1]]),
        ],
      },
      { type: 'pauseAll', groupId: 'cd' },
    ]);
    expect([phase(state, 'a'), phase(state, 'b'), phase(state, 'c')]).toEqual(['paused', 'paused', 'queued']);
    state = reduceUploads(reduceUploads(state, { type: 'pause', id: 'c' }), {
      type: 'resumeAll',
      groupId: 'cd',
    });
    expect([phase(state, 'a'), phase(state, 'b'), phase(state, 'c')]).toEqual(['queued', 'queued', 'paused']);
  });

  it('ignores late events from a paused upload', () => {
    const pausedState = reduceUploads(uploading(), { type: 'pause', id: 'f1' });
    const late: UploadAction[] = [
      { type: 'uploadProgress', id: 'f1', bytes: 5 * MB, at: 1 },
      { type: 'allSent', id: 'f1' },
      { type: 'received', id: 'f1', scanState: 'clean' },
      { type: 'hashProgress', id: 'f1', bytes: 1 },
    ];
    expect(run(late, pausedState)).toBe(pausedState);
  });
});

describe('same content twice', () => {
  it('skips a file whose content the case already has', () => {
    const state = run([
      { type: 'added', groups: [group('g1', [['f1', 1]])] },
      { type: 'hashStarted', id: 'f1' },
      { type: 'hashed', id: 'f1', sha256: HASH_A, alreadyOnServer: true },
    ]);
    expect(phase(state, 'f1')).toBe('skipped');
  });

  it('skips a file with the same content as one already in the list for the same item', () => {
    const state = run(
      [
        { type: 'added', groups: [group('g2', [['copy', 10 * MB]])] },
        { type: 'hashStarted', id: 'copy' },
        { type: 'hashed', id: 'copy', sha256: HASH_A, alreadyOnServer: false },
      ],
      uploading('f1'),
    );
    expect(phase(state, 'copy')).toBe('skipped');
  });

  it('sends it again when the earlier copy failed, or when it is for another item', () => {
    const failed = reduceUploads(uploading('f1'), { type: 'failed', id: 'f1', failure: 'network' });
    const again = run(
      [
        { type: 'added', groups: [group('g2', [['copy', 10 * MB]])] },
        { type: 'hashStarted', id: 'copy' },
        { type: 'hashed', id: 'copy', sha256: HASH_A, alreadyOnServer: false },
      ],
      failed,
    );
    expect(phase(again, 'copy')).toBe('queued');
    const otherItem = run(
      [
        { type: 'added', groups: [group('g3', [['other', 10 * MB]], { checklistItem: 'REFERRAL_LETTER' })] },
        { type: 'hashStarted', id: 'other' },
        { type: 'hashed', id: 'other', sha256: HASH_A, alreadyOnServer: false },
      ],
      uploading('f1'),
    );
    expect(phase(otherItem, 'other')).toBe('queued');
  });
});

describe('speed', () => {
  it('does not count a resumed file’s earlier bytes as bytes moved now', () => {
    const state = run(
      [
        { type: 'uploadProgress', id: 'f1', bytes: 8 * MB, at: 0 },
        { type: 'uploadProgress', id: 'f1', bytes: 9 * MB, at: 1000 },
      ],
      uploading(),
    );
    expect(state.movedBytes).toBe(MB);
    expect(state.entries.f1?.meter.bytesPerSecond).toBe(MB);
  });

  it('lets the speed fall on ticks while nothing moves', () => {
    let state = run(
      [
        { type: 'uploadProgress', id: 'f1', bytes: 0, at: 0 },
        { type: 'uploadProgress', id: 'f1', bytes: 4 * MB, at: 1000 },
        { type: 'uploadProgress', id: 'f1', bytes: 5 * MB, at: 2000 },
      ],
      uploading(),
    );
    const before = state.entries.f1?.meter.bytesPerSecond ?? 0;
    for (let at = 3000; at <= 10_000; at += 1000) state = reduceUploads(state, { type: 'tick', at });
    expect(state.entries.f1?.meter.bytesPerSecond ?? before).toBeLessThan(before / 2);
    expect(state.totalMeter.bytesPerSecond ?? before).toBeLessThan(before / 2);
  });
});

describe('removing', () => {
  it('removes a file and the group it leaves empty', () => {
    const state = reduceUploads(uploading(), { type: 'remove', id: 'f1' });
    expect(state.entries).toEqual({});
    expect(state.groups).toEqual([]);
  });

  it('clears finished files of one item and keeps the ones still needing something', () => {
    let state = run([
      {
        type: 'added',
        groups: [
          group('g1', [
            ['a', 1],
            ['b', 1],
          ]),
        ],
      },
      { type: 'hashStarted', id: 'a' },
      { type: 'hashed', id: 'a', sha256: HASH_A, alreadyOnServer: true },
      { type: 'hashStarted', id: 'b' },
      { type: 'hashFailed', id: 'b', failure: 'unsupported' },
    ]);
    state = reduceUploads(state, { type: 'clearFinished', checklistItem: 'CLINICAL_DATA' });
    expect(Object.keys(state.entries)).toEqual(['b']);
    expect(state.groups[0]?.entryIds).toEqual(['b']);
  });

  it('clears a group that had nothing to send once its item is cleared', () => {
    const empty = group('g1', [], {
      kind: 'files',
      folderName: 'Stuff',
      skipped: { system: 2, programs: 0, empty: 0 },
    });
    const state = run([{ type: 'added', groups: [empty] }]);
    expect(state.groups).toHaveLength(1);
    expect(reduceUploads(state, { type: 'clearFinished', checklistItem: 'CLINICAL_DATA' }).groups).toEqual(
      [],
    );
  });

  it('ignores an unknown id', () => {
    const state = uploading();
    expect(reduceUploads(state, { type: 'remove', id: 'nope' })).toBe(state);
    expect(reduceUploads(state, { type: 'pause', id: 'nope' })).toBe(state);
  });
});
