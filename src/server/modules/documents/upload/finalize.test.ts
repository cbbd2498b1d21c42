import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDicomFile } from '../dicom/dicom-reader.js';
import { noScanner } from '../scanning/no-scanner.js';
import type { MalwareScanner } from '../scanning/scanner.js';
import { openDecrypted } from '../storage/encrypted-files.js';
import { masterKeyFrom, newMasterKeyBase64 } from '../storage/envelope.js';
import { createLocalBlobStore } from '../storage/local-blob-store.js';
import { buildZip } from '../validation/zip-fixtures.testing.js';
import { finalizeUpload, type FinalizedFile, type FinalizerDeps } from './finalize.js';
import { writeStagedFile } from './testing/staged-file.js';
import type { CompletedUpload } from './upload-receipt.js';

const dicomFixture = fileURLToPath(
  new URL('../../../../../../shared/fixtures/dicom/single/CT_small.dcm', import.meta.url),
);
const master = masterKeyFrom(newMasterKeyBase64());
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let dir: string;
// Read at import: it.each below needs the bytes when the tests are collected.
const dicom = await fs.readFile(dicomFixture);
let deps: FinalizerDeps;
let recorded: FinalizedFile[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(tmpdir(), 'consilium-finalize-'));
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

let counter = 0;
async function staged(bytes: Uint8Array, overrides: Partial<CompletedUpload> = {}): Promise<CompletedUpload> {
  counter += 1;
  const file = path.join(dir, `staged-${counter}`);
  const stagedFile = await writeStagedFile(master, file, bytes);
  recorded = [];
  deps = {
    store: createLocalBlobStore(path.join(dir, 'files')),
    master,
    scanner: noScanner,
    record: (finalized) => Promise.resolve(void recorded.push(finalized)),
  };
  return {
    uploadId: `upload-${counter}`,
    ownerId: 'owner-1',
    staged: stagedFile,
    bytes: bytes.length,
    fileName: 'file',
    clientSha256: sha256(bytes),
    checklistItem: 'imaging',
    caseId: '7d1c1b58-8a4e-4c1e-9a38-2f4b4d1f0c11',
    replaces: null,
    ...overrides,
  };
}

describe('finalizeUpload', () => {
  it('stores a DICOM file encrypted, readable back byte for byte, and records it', async () => {
    const upload = await staged(dicom);
    const receipt = await finalizeUpload(deps, upload);

    expect(receipt).toMatchObject({ status: 'received', kind: 'dicom', sha256: sha256(dicom) });
    const [file] = recorded;
    if (!file) throw new Error('nothing recorded');
    expect(file.scan).toEqual({ state: 'unscannable', reason: 'no_scanner' });
    const back = await buffer(
      await openDecrypted(deps.store, new Map([[master.id, master]]), file.storageKey, file.stored),
    );
    expect(sha256(back)).toBe(sha256(dicom));
  });

  it('keeps an infected file but says it is infected', async () => {
    const upload = await staged(Buffer.from('%PDF-1.4\n% EICAR stand-in\n'));
    const infected: MalwareScanner = {
      scan: () => Promise.resolve({ state: 'infected', signature: 'Eicar-Test-Signature' }),
    };
    const receipt = await finalizeUpload({ ...deps, scanner: infected }, upload);

    expect(receipt).toMatchObject({ status: 'received', kind: 'pdf', scanState: 'infected' });
    expect(recorded[0]?.scan).toEqual({ state: 'infected', signature: 'Eicar-Test-Signature' });
  });

  it('accepts a zipped CD holding DICOM and lists what it holds', async () => {
    const zip = buildZip([
      { name: 'DICOM/IM0001', data: dicom, deflate: true },
      { name: 'AUTORUN.INF', data: Buffer.from('[autorun]\n') },
    ]);
    const receipt = await finalizeUpload(deps, await staged(zip));

    expect(receipt).toMatchObject({ status: 'received', kind: 'zip' });
    expect(recorded[0]?.zip).toMatchObject({ instances: ['DICOM/IM0001'], others: ['AUTORUN.INF'] });
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'empty'],
    ['a ZIP without DICOM', buildZip([{ name: 'letter.txt', data: Buffer.from('hello') }]), 'zip_no_dicom'],
    ['a DICOM file cut short', dicom.subarray(0, dicom.length - 1000), 'truncated_dicom'],
  ])('refuses %s without storing or recording it', async (_name, bytes, reason) => {
    const receipt = await finalizeUpload(deps, await staged(bytes));

    expect(receipt).toEqual({ status: 'refused', uploadId: `upload-${counter}`, reason });
    expect(recorded).toEqual([]);
  });

  it('refuses a DICOM file whose header alone is beyond the limit', async () => {
    const receipt = await finalizeUpload({ ...deps, maxDicomHeaderBytes: 200 }, await staged(dicom));
    expect(receipt).toMatchObject({ status: 'refused', reason: 'unreadable_dicom' });
  });

  it('reads a DICOM file from its header, with the same answer as a whole read', async () => {
    const receipt = await finalizeUpload(deps, await staged(dicom));
    expect(receipt).toMatchObject({ status: 'received', kind: 'dicom' });
    expect(recorded[0]?.dicom).toEqual(readDicomFile(dicom));
  });

  it('refuses, recording nothing, a staged file lacking part of a segment (a short write)', async () => {
    const upload = await staged(dicom);
    const { size } = await fs.stat(upload.staged.path);
    await fs.truncate(upload.staged.path, size - 1);
    expect(await finalizeUpload(deps, upload)).toMatchObject({
      status: 'refused',
      reason: 'integrity_mismatch',
    });
    expect(recorded).toEqual([]);
  });

  it('refuses a file that does not hash to what the sender computed', async () => {
    const upload = await staged(dicom, { clientSha256: sha256(Buffer.from('other')) });
    expect(await finalizeUpload(deps, upload)).toMatchObject({ reason: 'integrity_mismatch' });
    expect(recorded).toEqual([]);
  });
});
