import { describe, expect, it } from 'vitest';
import { announcementFor } from './announcements.js';
import {
  initialUploadState,
  reduceUploads,
  type NewGroup,
  type UploadAction,
  type UploadState,
} from './upload-state.js';

function added(kind: NewGroup['kind'], ids: string[]): UploadState {
  return reduceUploads(initialUploadState, {
    type: 'added',
    groups: [
      {
        id: 'g',
        checklistItem: 'CLINICAL_DATA',
        kind,
        folderName: null,
        skipped: { system: 0, programs: 0, empty: 0 },
        replaces: null,
        files: ids.map((id) => ({ id, path: `${id}.dcm`, fileName: `${id}.dcm`, bytes: 1, refusal: null })),
      },
    ],
  });
}

const sent = (id: string, hash: string): UploadAction[] => [
  { type: 'hashStarted', id },
  { type: 'hashed', id, sha256: hash.repeat(64), alreadyOnServer: false },
  { type: 'uploadStarted', id },
];
const apply = (state: UploadState, actions: UploadAction[]) => actions.reduce(reduceUploads, state);

describe('announcementFor', () => {
  it('announces each file chosen one by one, by name', () => {
    const state = apply(added('files', ['a']), [
      ...sent('a', 'a'),
      { type: 'received', id: 'a', scanState: 'clean' },
    ]);
    expect(announcementFor(state, 'a')).toEqual({ kind: 'received', fileName: 'a.dcm' });
    const refused = apply(added('files', ['b']), [
      ...sent('b', 'b'),
      { type: 'refused', id: 'b', title: 't', detail: 'd' },
    ]);
    expect(announcementFor(refused, 'b')).toEqual({ kind: 'refused', fileName: 'b.dcm' });
    const failed = apply(added('files', ['c']), [
      ...sent('c', 'c'),
      { type: 'failed', id: 'c', failure: 'network' },
    ]);
    expect(announcementFor(failed, 'c')).toEqual({ kind: 'failed', fileName: 'c.dcm' });
  });

  it('says nothing for a CD until its last file is through, then once with the counts', () => {
    let state = apply(added('imagingCd', ['a', 'b', 'c']), [
      ...sent('a', 'a'),
      { type: 'received', id: 'a', scanState: 'unscannable' },
    ]);
    expect(announcementFor(state, 'a')).toBeNull();
    state = apply(state, [
      ...sent('b', 'b'),
      { type: 'failed', id: 'b', failure: 'network' },
      ...sent('c', 'c'),
      { type: 'received', id: 'c', scanState: 'unscannable' },
    ]);
    expect(announcementFor(state, 'c')).toEqual({ kind: 'cdDone', received: 2, problems: 1 });
  });

  it('says nothing for an unknown file', () => {
    expect(announcementFor(initialUploadState, 'x')).toBeNull();
  });
});
