import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyDicomZip } from './dicom-zip.js';
import { buildZip, zipEntriesOfFolder, type ZipFixtureEntry } from './zip-fixtures.testing.js';

const fixtures = path.resolve(import.meta.dirname, '../../../../../../shared/fixtures/dicom');
const fixture = (file: string) => readFileSync(path.join(fixtures, file));
const folder = mkdtempSync(path.join(os.tmpdir(), 'consilium-dicom-zip-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let count = 0;
function zipFile(entries: readonly ZipFixtureEntry[]): string {
  count += 1;
  const file = path.join(folder, `cd-${count}.zip`);
  writeFileSync(file, buildZip(entries));
  return file;
}

describe('classifyDicomZip', () => {
  it('sorts a zipped CD into its DICOM images, its DICOMDIR and the rest', async () => {
    const cd = [
      ...zipEntriesOfFolder(path.join(fixtures, 'cd-dicomdir'), 'CD/'),
      { name: 'CD/VIEWER/viewer.exe', data: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]) },
      { name: 'CD/AUTORUN.INF', data: Buffer.from('[autorun]\r\nopen=VIEWER\\viewer.exe\r\n') },
    ];
    const summary = await classifyDicomZip(zipFile(cd));
    if (!summary.ok) throw new Error(JSON.stringify(summary));
    expect(summary.instances).toHaveLength(31);
    expect(summary.instances).toContain('CD/77654033/CT2/17106');
    expect(summary.dicomdirs).toEqual(['CD/DICOMDIR']);
    expect(summary.truncated).toEqual([]);
    expect(summary.others.sort()).toEqual(['CD/AUTORUN.INF', 'CD/README.txt', 'CD/VIEWER/viewer.exe']);
  });

  it('names the DICOM files that were cut short by a bad copy', async () => {
    const summary = await classifyDicomZip(
      zipFile([
        { name: 'IM1', data: fixture('single/CT_small.dcm'), deflate: true },
        { name: 'IM2', data: fixture('single/MR_truncated.dcm'), deflate: true },
      ]),
    );
    expect(summary.ok && summary.truncated).toEqual(['IM2']);
  });

  it('lists entries over the per-entry limit unread', async () => {
    const summary = await classifyDicomZip(
      zipFile([
        { name: 'SMALL', data: fixture('single/MR_small.dcm') },
        { name: 'LARGE', data: fixture('single/CT_small.dcm') },
      ]),
      { maxEntryBytes: 20_000 },
    );
    expect(summary.ok && [summary.instances, summary.others]).toEqual([['SMALL'], ['LARGE']]);
  });

  it('refuses a ZIP without any DICOM', async () => {
    const summary = await classifyDicomZip(
      zipFile([{ name: '紹介状.pdf', data: Buffer.from('%PDF-1.7\n%%EOF\n') }]),
    );
    expect(summary).toEqual({ ok: false, reason: 'zip_no_dicom', entryName: null });
  });

  it('refuses the whole ZIP when one DICOM file hides a program in its preamble', async () => {
    const disguised = Buffer.from(fixture('single/MR_small.dcm'));
    disguised.write('MZ', 0, 'latin1');
    const summary = await classifyDicomZip(
      zipFile([
        { name: 'IM1', data: fixture('single/CT_small.dcm') },
        { name: 'IM2', data: disguised },
      ]),
    );
    expect(summary).toEqual({ ok: false, reason: 'zip_unsafe_entry', entryName: 'IM2' });
  });

  it('passes on the zip guard’s refusals', async () => {
    const summary = await classifyDicomZip(
      zipFile([{ name: '../DICOMDIR', data: fixture('cd-dicomdir/DICOMDIR') }]),
    );
    expect(summary).toEqual({ ok: false, reason: 'zip_unsafe_entry', entryName: '../DICOMDIR' });
  });
});
