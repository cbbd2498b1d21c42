import { describe, expect, it } from 'vitest';
import { initialUploadState, reduceUploads, type UploadState } from '../documents/upload-state.js';
import {
  claimSession,
  receiptsOf,
  SESSION_KEY,
  withReceipts,
  type LinkPlace,
  type SentReceipt,
} from './physician-session.js';

const token = 'A'.repeat(43);
const otherToken = 'B'.repeat(43);

/** A stand-in for the window; its location is live like the browser's (replaceState changes it). */
function place(hash: string, stored: Record<string, string> = {}) {
  const items = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const location = { hash, pathname: '/physician-upload', search: '' };
  const at: LinkPlace = {
    location,
    history: {
      state: { idx: 0 },
      replaceState: (_state, _unused, url) => {
        replaced.push(String(url));
        location.hash = '';
      },
    },
    storage: {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => items.set(key, value),
      removeItem: (key) => items.delete(key),
    },
  };
  return { at, items, replaced };
}

const receipt = (key: string): SentReceipt => ({
  key,
  checklistItem: 'REFERRAL_LETTER',
  fileName: `${key}.pdf`,
  bytes: 10,
  imagingCd: false,
  scanState: 'clean',
});

describe('the link token', () => {
  it('is taken from the fragment, kept for this tab and removed from the address bar', () => {
    const { at, items, replaced } = place(`#token=${token}`);
    expect(claimSession(at)).toEqual({ token, receipts: [] });
    expect(replaced).toEqual(['/physician-upload']);
    expect(JSON.parse(items.get(SESSION_KEY) ?? '')).toEqual({ token, receipts: [] });
  });

  it('survives a reload of the tab (no fragment any more), receipts included', () => {
    const kept = JSON.stringify({ token, receipts: [receipt('a')] });
    const { at, replaced } = place('', { [SESSION_KEY]: kept });
    expect(claimSession(at)).toEqual({ token, receipts: [receipt('a')] });
    expect(replaced).toEqual([]);
  });

  it('starts afresh when another link is opened in the same tab', () => {
    const kept = JSON.stringify({ token, receipts: [receipt('a')] });
    const { at } = place(`#token=${otherToken}`, { [SESSION_KEY]: kept });
    expect(claimSession(at)).toEqual({ token: otherToken, receipts: [] });
  });

  it('is no token when missing, malformed or stored in a shape it does not know', () => {
    expect(claimSession(place('').at)).toBeNull();
    const malformed = place('#token=short');
    expect(claimSession(malformed.at)).toBeNull();
    expect(malformed.replaced).toEqual(['/physician-upload']);
    expect(claimSession(place('', { [SESSION_KEY]: '{"token":1}' }).at)).toBeNull();
    expect(claimSession(place('', { [SESSION_KEY]: 'not json' }).at)).toBeNull();
  });

  it('still works when the browser refuses storage', () => {
    const { at } = place(`#token=${token}`);
    expect(claimSession({ ...at, storage: null })).toEqual({ token, receipts: [] });
  });
});

describe('receipts', () => {
  function sent(state: UploadState, id: string, sha256: string): UploadState {
    const steps = [
      { type: 'hashStarted', id },
      { type: 'hashed', id, sha256, alreadyOnServer: false },
      { type: 'uploadStarted', id },
      { type: 'received', id, scanState: 'clean' },
    ] as const;
    return steps.reduce(reduceUploads, state);
  }

  const added = reduceUploads(initialUploadState, {
    type: 'added',
    groups: [
      {
        id: 'g1',
        checklistItem: 'CLINICAL_DATA',
        replaces: null,
        kind: 'imagingCd',
        folderName: 'CD',
        skipped: { system: 0, programs: 0, empty: 0 },
        files: [
          { id: 'f1', path: 'CD/DICOMDIR', fileName: 'DICOMDIR', bytes: 100, refusal: null },
          { id: 'f2', path: 'CD/IM1', fileName: 'IM1', bytes: 200, refusal: null },
        ],
      },
    ],
  });

  it('are the files the server confirmed, marked as part of a CD', () => {
    const state = sent(added, 'f1', 'a'.repeat(64));
    expect(receiptsOf(state)).toEqual([
      {
        key: `CLINICAL_DATA:${'a'.repeat(64)}`,
        checklistItem: 'CLINICAL_DATA',
        fileName: 'DICOMDIR',
        bytes: 100,
        imagingCd: true,
        scanState: 'clean',
      },
    ]);
  });

  it('grow without duplicates, and stay the same list when nothing is new', () => {
    const kept = [receipt('a')];
    expect(withReceipts(kept, [receipt('a')])).toBe(kept);
    expect(withReceipts(kept, [receipt('b'), receipt('a'), receipt('b')])).toEqual([
      receipt('a'),
      receipt('b'),
    ]);
  });
});
