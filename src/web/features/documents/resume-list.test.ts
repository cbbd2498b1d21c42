import { describe, expect, it } from 'vitest';
import { unfinishedForCase, uploadFingerprint } from './resume-list.js';

const CASE = '7d0c8c0e-4a8b-4a53-9d0e-3f8d3b7b9a11';
const OTHER_CASE = '0f6f0f0e-1111-4a53-9d0e-3f8d3b7b9a11';

function stored(overrides: {
  caseId?: string;
  filename?: string;
  sha256?: string;
  size?: number | null;
  key?: string;
  creationTime?: string;
  replaces?: string;
}) {
  const metadata: Record<string, string> = {
    caseId: overrides.caseId ?? CASE,
    filename: overrides.filename ?? 'ct.zip',
    sha256: overrides.sha256 ?? 'a'.repeat(64),
    checklistItem: 'CLINICAL_DATA',
  };
  if (overrides.replaces) metadata.replaces = overrides.replaces;
  return {
    size: overrides.size === undefined ? 1000 : overrides.size,
    metadata,
    creationTime: overrides.creationTime ?? '2026-11-25T10:00:00.000Z',
    urlStorageKey: overrides.key ?? 'tus::x::1',
    uploadUrl: 'http://localhost/api/v1/uploads/0123',
  };
}

describe('uploadFingerprint', () => {
  it('depends on the content and on where it goes, not on the file name', () => {
    const base = {
      caseId: CASE,
      checklistItem: 'CLINICAL_DATA',
      replaces: null,
      sha256: 'a'.repeat(64),
      bytes: 10,
    };
    expect(uploadFingerprint(base)).toBe(`consilium:${CASE}:CLINICAL_DATA:-:${'a'.repeat(64)}:10`);
    expect(uploadFingerprint({ ...base, checklistItem: 'REFERRAL_LETTER' })).not.toBe(
      uploadFingerprint(base),
    );
    expect(uploadFingerprint({ ...base, replaces: 'doc-1' })).not.toBe(uploadFingerprint(base));
    expect(uploadFingerprint({ ...base, sha256: 'b'.repeat(64) })).not.toBe(uploadFingerprint(base));
  });
});

describe('unfinishedForCase', () => {
  it('lists this case’s unfinished uploads by name and size, oldest first', () => {
    const list = unfinishedForCase(
      [
        stored({
          filename: 'b.pdf',
          sha256: 'b'.repeat(64),
          key: 'k2',
          creationTime: '2026-11-25T11:00:00Z',
        }),
        stored({ filename: 'a.pdf', key: 'k1', creationTime: '2026-11-25T10:00:00Z' }),
        stored({ caseId: OTHER_CASE, key: 'k3' }),
      ],
      CASE,
    );
    expect(list.map((item) => [item.fileName, item.bytes, item.storageKeys])).toEqual([
      ['a.pdf', 1000, ['k1']],
      ['b.pdf', 1000, ['k2']],
    ]);
  });

  it('shows the same content stored twice once, keeping both keys to forget', () => {
    const list = unfinishedForCase([stored({ key: 'k1' }), stored({ key: 'k2' })], CASE);
    expect(list).toHaveLength(1);
    expect(list[0]?.storageKeys).toEqual(['k1', 'k2']);
  });

  it('keeps a correction apart from the same content sent as a new document', () => {
    const list = unfinishedForCase([stored({ key: 'k1' }), stored({ key: 'k2', replaces: 'doc-1' })], CASE);
    expect(list).toHaveLength(2);
  });

  it('ignores entries it cannot read: other sites’ tus uploads, a size deferred, broken JSON', () => {
    expect(unfinishedForCase([null, 'text', { size: 1 }, stored({ size: null })], CASE)).toEqual([]);
  });
});
