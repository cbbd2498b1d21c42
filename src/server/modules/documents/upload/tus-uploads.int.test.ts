import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app.js';
import { fixedClock } from '../../../clock.js';
import { loadConfig } from '../../../config.js';
import { seedDemo } from '../../../db/seed/seed.js';
import { sessionCookieName } from '../../../plugins/auth.js';
import { createUser, signInFully, testOrigin } from '../../../testing/auth-helpers.js';
import type { TestApp } from '../../../testing/test-app.js';
import { createTestDatabase } from '../../../testing/test-database.js';
import { noScanner } from '../scanning/no-scanner.js';
import { masterKeyFrom, newMasterKeyBase64 } from '../storage/envelope.js';
import { createLocalBlobStore } from '../storage/local-blob-store.js';
import { uploadRefusalMessage } from '../validation/messages.js';
import { createUploadFinalizer } from './finalize.js';
import { fileReaderReading, startUpload } from './testing/tus-client.js';
import { registerTusUploads, sessionOwner, type RegisteredUploads } from './tus-uploads.js';

// The engine alone, beside the app's own (wired) upload routes: its owner is the session's user.
const enginePath = '/api/test/uploads';

// The repository is /work/main and the shared fixtures sit beside it in /work/shared.
const dicomFixture = fileURLToPath(
  new URL('../../../../../../shared/fixtures/dicom/single/CT_small.dcm', import.meta.url),
);
const maxFileBytes = 4 * 1024 ** 2;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let t: TestApp;
let endpoint: string;
let dataDir: string;
let dicom: Buffer;
let patientCookie: string;
let otherPatientCookie: string;
/** Makes the next finalizing fail, like a server dying while it encrypts a large CD. */
let failNextFinalize = false;
let engine: RegisteredUploads;

/**
 * The real app (auth, CSRF, problem handler) with the upload routes added before it is ready, listening
 * on a port so tus-js-client talks real HTTP. createTestApp readies the app itself, so its steps are
 * repeated here with the routes registered in between.
 */
beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(tmpdir(), 'consilium-uploads-'));
  const database = await createTestDatabase();
  await seedDemo(database.db);
  const clock = fixedClock('2026-12-01T01:00:00Z');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    DATA_DIR: path.join(dataDir, 'app'),
    FILE_MASTER_KEY: newMasterKeyBase64(),
  });
  const app = await buildApp({ config, database, clock });
  const master = masterKeyFrom(newMasterKeyBase64());
  const finalize = createUploadFinalizer({
    store: createLocalBlobStore(path.join(dataDir, 'files')),
    master,
    scanner: noScanner,
  });
  engine = await registerTusUploads(app, {
    uploadDir: path.join(dataDir, 'uploads'),
    master,
    path: enginePath,
    maxFileBytes,
    authorize: sessionOwner,
    onUploadComplete: (completed) => {
      if (!failNextFinalize) return finalize(completed);
      failNextFinalize = false;
      return Promise.reject(new Error('disk full at /secret/path'));
    },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  endpoint = `http://127.0.0.1:${port}${enginePath}`;
  t = { app, database, clock, config, close: async () => (await app.close(), await database.close()) };

  patientCookie = await signInFully(t, await createUser(database.db, 'patient'));
  otherPatientCookie = await signInFully(t, await createUser(database.db, 'patient'));
  dicom = await fs.readFile(dicomFixture);
});

afterAll(async () => {
  await t?.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

/** What the browser sends: our Origin (CSRF check) and the session cookie. */
const as = (cookie: string | null) => ({
  origin: testOrigin,
  ...(cookie ? { cookie: `${sessionCookieName}=${cookie}` } : {}),
});

const metadataFor = (bytes: Buffer, overrides: Record<string, string> = {}) => ({
  filename: 'CT_small.dcm',
  sha256: sha256(bytes),
  checklistItem: 'imaging',
  caseId: '7d1c1b58-8a4e-4c1e-9a38-2f4b4d1f0c11',
  ...overrides,
});

function upload(bytes: Buffer, cookie: string | null, options: Parameters<typeof startUpload>[1] = {}) {
  return startUpload(bytes, { endpoint, headers: as(cookie), metadata: metadataFor(bytes), ...options });
}

const tusHeaders = (cookie: string) => ({ ...as(cookie), 'tus-resumable': '1.0.0' });

async function stagingFiles(): Promise<string[]> {
  return fs.readdir(path.join(dataDir, 'uploads', 'staging'));
}

describe('resumable uploads through tus-js-client', () => {
  it('receives a DICOM file, stores it encrypted and answers with its SHA-256', async () => {
    const outcome = await upload(dicom, patientCookie).outcome;

    expect(outcome.kind).toBe('success');
    expect(outcome.status).toBe(200);
    expect(JSON.parse(outcome.body)).toMatchObject({
      status: 'received',
      fileName: 'CT_small.dcm',
      checklistItem: 'imaging',
      sha256: sha256(dicom),
      bytes: dicom.length,
      kind: 'dicom',
      scanState: 'unscannable',
    });
    const id = outcome.url?.split('/').pop() ?? '';
    expect(await stagingFiles()).not.toContain(id);
    const stored = await fs.readdir(path.join(dataDir, 'files', 'documents'));
    expect(stored.length).toBeGreaterThan(0);
    // Encrypted at rest: the stored bytes are not the DICOM file.
    const blob = await fs.readFile(path.join(dataDir, 'files', 'documents', stored[0] ?? ''));
    expect(blob.includes(dicom.subarray(128, 132))).toBe(false);

    // A phone that lost the final response asks again: the upload looks complete, the receipt is kept.
    const head = await fetch(outcome.url ?? '', { method: 'HEAD', headers: tusHeaders(patientCookie) });
    expect(head.status).toBe(200);
    expect(head.headers.get('upload-offset')).toBe(String(dicom.length));
    const receipt = await fetch(`${outcome.url ?? ''}/receipt`, { headers: as(patientCookie) });
    expect(receipt.status).toBe(200);
    expect(await receipt.json()).toMatchObject({ status: 'received', sha256: sha256(dicom) });
  });

  it('resumes an interrupted upload where it stopped and arrives identical', async () => {
    const chunkSize = 8 * 1024;
    const first = await upload(dicom, patientCookie, { chunkSize, abortAfterBytes: 2 * chunkSize }).outcome;
    expect(first.kind).toBe('aborted');

    const head = await fetch(first.url ?? '', { method: 'HEAD', headers: tusHeaders(patientCookie) });
    const offset = Number(head.headers.get('upload-offset'));
    expect(offset).toBeGreaterThanOrEqual(2 * chunkSize);
    expect(offset).toBeLessThan(dicom.length);

    const acknowledged: number[] = [];
    const resumed = await upload(dicom, patientCookie, {
      chunkSize,
      uploadUrl: first.url,
      onChunkComplete: (_size, accepted) => acknowledged.push(accepted),
    }).outcome;

    expect(resumed.kind).toBe('success');
    expect(resumed.url).toBe(first.url);
    expect(acknowledged[0]).toBe(Math.min(offset + chunkSize, dicom.length));
    expect(JSON.parse(resumed.body)).toMatchObject({ status: 'received', sha256: sha256(dicom) });
  });

  it("takes chunks larger than the app's 1 MB body limit, the first one with the creation request", async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3 * 1024 ** 2, 7)]);
    const outcome = await upload(pdf, patientCookie, {
      metadata: metadataFor(pdf, { filename: '紹介状.pdf' }),
      chunkSize: 2 * 1024 ** 2,
      uploadDataDuringCreation: true,
    }).outcome;

    expect(outcome.status).toBe(200);
    expect(JSON.parse(outcome.body)).toMatchObject({
      fileName: '紹介状.pdf',
      kind: 'pdf',
      sha256: sha256(pdf),
    });
  });

  it("reads a file from disk in the benchmark's large pieces, whatever the chunks' boundaries", async () => {
    const file = path.join(dataDir, 'large-pieces.dcm');
    await fs.writeFile(file, dicom);
    const fromDisk = await startUpload(createReadStream(file), {
      endpoint,
      headers: as(patientCookie),
      metadata: metadataFor(dicom),
      chunkSize: 50_000,
      fileReader: fileReaderReading(16 * 1024 + 7),
    }).outcome;
    expect(fromDisk.status).toBe(200);
    expect(JSON.parse(fromDisk.body)).toMatchObject({
      status: 'received',
      sha256: sha256(dicom),
      bytes: dicom.length,
    });
  });

  it('refuses an HTML page named x.dcm, by its content', async () => {
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
    const outcome = await upload(html, patientCookie, { metadata: metadataFor(html, { filename: 'x.dcm' }) })
      .outcome;

    expect(outcome.kind).toBe('error');
    expect(outcome.status).toBe(422);
    expect(JSON.parse(outcome.body)).toMatchObject({
      type: 'urn:consilium:problem:upload-refused',
      reason: 'unsupported_type',
      detail: uploadRefusalMessage('unsupported_type', 'ja'),
    });
    expect(await stagingFiles()).not.toContain(outcome.url?.split('/').pop());
  });

  it('refuses a file whose SHA-256 differs from the one the sender computed', async () => {
    const outcome = await upload(dicom, patientCookie, {
      metadata: metadataFor(dicom, { sha256: sha256(Buffer.from('something else')) }),
    }).outcome;

    expect(outcome.status).toBe(422);
    expect(JSON.parse(outcome.body)).toMatchObject({ reason: 'integrity_mismatch' });
  });

  it('answers 401 to an anonymous sender', async () => {
    const outcome = await upload(dicom, null).outcome;

    expect(outcome.status).toBe(401);
    expect(JSON.parse(outcome.body)).toMatchObject({ type: 'urn:consilium:problem:unauthorized' });
  });

  it("answers 404 for another patient's upload, whatever the method", async () => {
    const started = await upload(dicom, patientCookie, { chunkSize: 8192, abortAfterBytes: 8192 }).outcome;
    const url = started.url ?? '';

    const head = await fetch(url, { method: 'HEAD', headers: tusHeaders(otherPatientCookie) });
    expect(head.status).toBe(404);
    const patch = await fetch(url, {
      method: 'PATCH',
      headers: {
        ...tusHeaders(otherPatientCookie),
        'content-type': 'application/offset+octet-stream',
        'upload-offset': head.headers.get('upload-offset') ?? '8192',
      },
      body: Buffer.alloc(10),
    });
    expect(patch.status).toBe(404);
    expect(patch.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const remove = await fetch(url, { method: 'DELETE', headers: tusHeaders(otherPatientCookie) });
    expect(remove.status).toBe(404);
    // Without an endpoint to fall back on, tus-js-client cannot quietly start a new upload of its own.
    const resumed = await upload(dicom, otherPatientCookie, { uploadUrl: url, endpoint: null }).outcome;
    expect(resumed.status).toBe(404);

    // The owner's upload is untouched and still completes.
    const own = await upload(dicom, patientCookie, { uploadUrl: url }).outcome;
    expect(JSON.parse(own.body)).toMatchObject({ status: 'received', sha256: sha256(dicom) });
  });

  it('answers 413 before a byte is sent when the file is larger than allowed', async () => {
    const large = Buffer.alloc(maxFileBytes + 1, 1);
    const outcome = await upload(large, patientCookie).outcome;

    expect(outcome.status).toBe(413);
    expect(JSON.parse(outcome.body)).toMatchObject({
      type: 'urn:consilium:problem:upload-too-large',
      maxBytes: maxFileBytes,
    });
  });

  it('names each missing metadata field', async () => {
    const outcome = await upload(dicom, patientCookie, { metadata: { filename: 'a.dcm' } }).outcome;

    expect(outcome.status).toBe(400);
    const fields = (JSON.parse(outcome.body) as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual([
      'Upload-Metadata.sha256',
      'Upload-Metadata.checklistItem',
      'Upload-Metadata.caseId',
    ]);
  });

  it('refuses a chunk sent cross-site with the session cookie', async () => {
    const started = await upload(dicom, patientCookie, { chunkSize: 8192, abortAfterBytes: 8192 }).outcome;
    const patch = await fetch(started.url ?? '', {
      method: 'PATCH',
      headers: {
        ...tusHeaders(patientCookie),
        origin: 'https://evil.example',
        'content-type': 'application/offset+octet-stream',
        'upload-offset': '8192',
      },
      body: new Uint8Array(dicom.subarray(8192, 16384)),
    });
    expect(patch.status).toBe(403);
  });

  it('finalizes later an upload whose finalizing failed, and keeps the failure details private', async () => {
    failNextFinalize = true;
    const failed = await upload(dicom, patientCookie).outcome;
    expect(failed.status).toBe(500);
    expect(failed.body).not.toContain('secret');

    // The client's retry asks for the offset: all bytes are there, so finalizing starts again.
    const head = await fetch(failed.url ?? '', { method: 'HEAD', headers: tusHeaders(patientCookie) });
    expect(head.headers.get('upload-offset')).toBe(String(dicom.length));
    let receipt = await fetch(`${failed.url ?? ''}/receipt`, { headers: as(patientCookie) });
    for (let tries = 0; receipt.status === 202 && tries < 50; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      receipt = await fetch(`${failed.url ?? ''}/receipt`, { headers: as(patientCookie) });
    }
    expect(receipt.status).toBe(200);
    expect(await receipt.json()).toMatchObject({ status: 'received', sha256: sha256(dicom) });
    const other = await fetch(`${failed.url ?? ''}/receipt`, { headers: as(otherPatientCookie) });
    expect(other.status).toBe(404);
  });

  it('files a complete upload whose finalizing failed when the sender never asks again', async () => {
    failNextFinalize = true;
    const failed = await upload(dicom, patientCookie).outcome;
    expect(failed.status).toBe(500);
    const id = failed.url?.split('/').pop() ?? '';
    expect(await stagingFiles()).toContain(id);

    // Within the hour its sender (or another instance) may still finalize it: the sweep leaves it.
    expect((await engine.sweepStaging()).finalized).toBe(0);
    expect(await stagingFiles()).toContain(id);
    // Two hours later the sweep finds it complete and not being finalized: filed, its staging gone.
    const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
    await fs.utimes(path.join(dataDir, 'uploads', 'staging', `${id}.json`), twoHoursAgo, twoHoursAgo);
    expect((await engine.sweepStaging()).finalized).toBe(1);
    expect(await stagingFiles()).not.toContain(id);
    const receipt = await fetch(`${failed.url ?? ''}/receipt`, { headers: as(patientCookie) });
    expect(await receipt.json()).toMatchObject({ status: 'received', sha256: sha256(dicom) });
    expect(await engine.sweepStaging()).toEqual({ removed: 0, finalized: 0 });
  });
});
