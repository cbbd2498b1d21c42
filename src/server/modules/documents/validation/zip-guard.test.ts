import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectZip, type ZipInspection } from './zip-guard.js';
import { buildZip, zipEntriesOfFolder, type ZipFixtureEntry } from './zip-fixtures.testing.js';

const fixtures = path.resolve(import.meta.dirname, '../../../../../../shared/fixtures/dicom');
const folder = mkdtempSync(path.join(os.tmpdir(), 'consilium-zip-guard-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let count = 0;
function zipFile(entries: readonly ZipFixtureEntry[]): string {
  count += 1;
  const file = path.join(folder, `upload-${count}.zip`);
  writeFileSync(file, buildZip(entries));
  return file;
}

const small = (name: string | Uint8Array, extra: Partial<ZipFixtureEntry> = {}): ZipFixtureEntry => ({
  name,
  data: Buffer.from('image bytes'),
  ...extra,
});

const refusal = (inspection: ZipInspection) =>
  inspection.ok ? 'accepted' : { reason: inspection.reason, entryName: inspection.entryName };

describe('inspectZip: a zipped imaging CD', () => {
  const cd = zipFile(zipEntriesOfFolder(path.join(fixtures, 'cd-dicomdir')));

  it('lists every entry with its sizes, folders included', async () => {
    const inspection = await inspectZip(cd);
    if (!inspection.ok) throw new Error(JSON.stringify(inspection));
    const files = inspection.entries.filter((entry) => !entry.isDirectory);
    expect(files).toHaveLength(33);
    expect(inspection.entries.some((entry) => entry.name === '77654033/CR1/' && entry.isDirectory)).toBe(
      true,
    );
    const dicomdir = files.find((entry) => entry.name === 'DICOMDIR');
    expect(dicomdir?.uncompressedBytes).toBe(
      readFileSync(path.join(fixtures, 'cd-dicomdir/DICOMDIR')).length,
    );
    expect(inspection.totalUncompressedBytes).toBe(files.reduce((sum, e) => sum + e.uncompressedBytes, 0));
  });

  it('streams each file entry, inflated, to the visitor', async () => {
    const seen = new Map<string, Buffer>();
    const inspection = await inspectZip(cd, {
      onEntry: async (entry, open) => {
        seen.set(entry.name, await buffer(await open()));
      },
    });
    expect(inspection.ok).toBe(true);
    expect(seen.size).toBe(33);
    const original = readFileSync(path.join(fixtures, 'cd-dicomdir/77654033/CT2/17106'));
    expect(seen.get('77654033/CT2/17106')?.equals(original)).toBe(true);
  });

  it('reads Shift_JIS names written by Japanese Windows, whose 0x5C trail byte is not a backslash', async () => {
    // "表.dcm" in Shift_JIS: 表 is 0x95 0x5C.
    const name = new Uint8Array([0x95, 0x5c, 0x2e, 0x64, 0x63, 0x6d]);
    const inspection = await inspectZip(zipFile([small(name, { utf8: false })]));
    expect(inspection.ok && inspection.entries.map((entry) => entry.name)).toEqual(['表.dcm']);
  });

  it('reads UTF-8 names', async () => {
    const inspection = await inspectZip(zipFile([small('画像/紹介状.pdf')]));
    expect(inspection.ok && inspection.entries.map((entry) => entry.name)).toEqual(['画像/紹介状.pdf']);
  });
});

describe('inspectZip: unsafe entries', () => {
  it.each([
    ['a parent-folder path', '../../etc/cron.d/job'],
    ['a parent folder in the middle', 'IMAGES/../../x.dcm'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows drive', 'C:/Windows/System32/evil.dll'],
    ['backslash traversal', '..\\..\\x'],
    ['a backslash absolute path', '\\server\\share\\x'],
    ['dots and spaces Windows reads as ..', 'IMAGES/.. /x'],
    ['a control character', 'IM\u0000G.dcm'],
    ['an alternate data stream', 'IMAGE.dcm:hidden'],
  ])('%s: %s', async (_label, name) => {
    expect(refusal(await inspectZip(zipFile([small('DICOMDIR'), small(name)])))).toEqual({
      reason: 'zip_unsafe_entry',
      entryName: name,
    });
  });

  it('a symbolic link', async () => {
    const link = small('IMAGES/IM1', { data: Buffer.from('/etc/shadow'), unixMode: 0o120777 });
    expect(refusal(await inspectZip(zipFile([link])))).toEqual({
      reason: 'zip_unsafe_entry',
      entryName: 'IMAGES/IM1',
    });
  });

  it('keeps ordinary Unix files and folders', async () => {
    const inspection = await inspectZip(
      zipFile([
        small('IMAGES/', { data: undefined, unixMode: 0o40755 }),
        small('IMAGES/IM1', { unixMode: 0o100644 }),
      ]),
    );
    expect(inspection.ok).toBe(true);
  });

  it('an encrypted entry, which nothing could classify or scan', async () => {
    expect(refusal(await inspectZip(zipFile([small('IM1', { encrypted: true })])))).toEqual({
      reason: 'zip_encrypted',
      entryName: 'IM1',
    });
  });
});

describe('inspectZip: zip bombs and limits', () => {
  it('refuses an entry that inflates a thousandfold', async () => {
    const bomb = { name: 'IMAGES/IM1', data: Buffer.alloc(20 * 1024 * 1024), deflate: true };
    expect(refusal(await inspectZip(zipFile([bomb])))).toEqual({
      reason: 'zip_bomb',
      entryName: 'IMAGES/IM1',
    });
  });

  it('holds small entries to no ratio: a tiny file of padding harms no one', async () => {
    const padding = { name: 'PAD', data: Buffer.alloc(64 * 1024), deflate: true };
    expect((await inspectZip(zipFile([padding]))).ok).toBe(true);
  });

  it('refuses an entry that inflates past the size it declares', async () => {
    const liar = { name: 'IM1', data: Buffer.alloc(100_000, 7), deflate: true, declaredSize: 1_000 };
    const inspection = await inspectZip(zipFile([liar]), {
      onEntry: async (_entry, open) => {
        await buffer(await open());
      },
    });
    expect(refusal(inspection)).toEqual({ reason: 'zip_bomb', entryName: 'IM1' });
  });

  it('refuses entries sharing the same compressed data (the non-recursive zip bomb)', async () => {
    const entries = [
      small('IM1', { data: Buffer.alloc(1000, 1), deflate: true }),
      small('IM2', { sameDataAs: 0 }),
    ];
    expect(refusal(await inspectZip(zipFile(entries)))).toEqual({ reason: 'zip_bomb', entryName: 'IM2' });
  });

  it('refuses more uncompressed bytes than the limit', async () => {
    const entries = [small('IM1', { data: Buffer.alloc(600) }), small('IM2', { data: Buffer.alloc(600) })];
    const inspection = await inspectZip(zipFile(entries), { limits: { maxTotalUncompressedBytes: 1000 } });
    expect(refusal(inspection)).toEqual({ reason: 'zip_too_large', entryName: 'IM2' });
  });

  it('refuses more entries than the limit, before reading any', async () => {
    const entries = ['IM1', 'IM2', 'IM3'].map((name) => small(name));
    const inspection = await inspectZip(zipFile(entries), { limits: { maxEntries: 2 } });
    expect(refusal(inspection)).toEqual({ reason: 'zip_too_many_entries', entryName: null });
  });

  it('refuses a central directory beyond its limit (long names), as too many files', async () => {
    const entries = ['A', 'B', 'C'].map((letter) => small(`${letter.repeat(200)}/IM1`));
    // 3 records of 46 bytes + 204-byte names = 750 bytes; the limit is met by two of them.
    expect(await inspectZip(zipFile(entries), { limits: { maxDirectoryBytes: 600 } })).toMatchObject({
      ok: false,
      reason: 'zip_too_many_entries',
    });
    expect(await inspectZip(zipFile(entries), { limits: { maxDirectoryBytes: 800 } })).toMatchObject({
      ok: true,
    });
  });

  it('refuses what is not a ZIP, or a cut-off one', async () => {
    const notZip = path.join(folder, 'not.zip');
    writeFileSync(notZip, '<html></html>');
    expect(refusal(await inspectZip(notZip))).toEqual({ reason: 'zip_unreadable', entryName: null });
    const cut = path.join(folder, 'cut.zip');
    writeFileSync(cut, buildZip([small('IM1'), small('IM2')]).subarray(0, 60));
    expect(refusal(await inspectZip(cut))).toEqual({ reason: 'zip_unreadable', entryName: null });
  });

  it('lets an error of the visitor itself through', async () => {
    const inspection = inspectZip(zipFile([small('IM1')]), {
      onEntry: () => Promise.reject(new Error('visitor bug')),
    });
    await expect(inspection).rejects.toThrow('visitor bug');
  });
});
