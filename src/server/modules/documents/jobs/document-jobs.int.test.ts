import fs from 'node:fs/promises';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, dicomSeries, documentVersions } from '../../../db/schema/index.js';
import { createUser, get, post, signInFully } from '../../../testing/auth-helpers.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { createAuditService } from '../../audit/audit.service.js';
import { masterKeysOf } from '../documents.module.js';
import { dicomFixture, listen, uploadFile } from '../records/testing/document-test-kit.js';
import { createLocalBlobStore } from '../storage/local-blob-store.js';
import { verifyStoredFiles } from './integrity-check.js';
import { makeSeriesThumbnail } from './series-thumbnail.js';

let t: TestApp;
let baseUrl: string;
let patient: string;
let caseId: string;
let filesRoot: string;

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await listen(t);
  patient = await signInFully(t, await createUser(t.database.db, 'patient'));
  caseId = (await post(t.app, '/api/v1/cases', undefined, patient)).json<{ id: string }>().id;
  const storage = t.config.documents.storage;
  if (storage.kind !== 'local') throw new Error('tests store files locally');
  filesRoot = storage.root;
  for (const name of ['single/CT_small.dcm', 'single/MR_small.dcm']) {
    const bytes = await fs.readFile(dicomFixture(name));
    const outcome = await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes, name: path.basename(name), caseId, item: 'CLINICAL_DATA' },
    );
    expect(outcome.status, outcome.body).toBe(200);
  }
});
afterAll(() => t?.close());

function deps() {
  const keys = masterKeysOf(t.config);
  return {
    db: t.database.db,
    clock: t.clock,
    audit: createAuditService({ db: t.database.db, clock: t.clock }),
    store: createLocalBlobStore(filesRoot),
    master: keys.current,
    masters: keys.all,
    log: { error: () => undefined },
  };
}

describe('series previews', () => {
  it('renders each series to a PNG the coordinator can open, stored encrypted', async () => {
    const series = await t.database.db.select().from(dicomSeries);
    expect(series).toHaveLength(2);
    for (const one of series) expect(await makeSeriesThumbnail(deps(), one.id)).toBe('ready');

    const [first] = await t.database.db
      .select()
      .from(dicomSeries)
      .where(eq(dicomSeries.thumbnailState, 'ready'));
    const response = await get(t.app, `/api/v1/cases/${caseId}/dicom/series/${first?.id}/thumbnail`, patient);
    expect(response.statusCode).toBe(200);
    const png = PNG.sync.read(response.rawPayload);
    expect(Math.max(png.width, png.height)).toBeGreaterThan(16);
    // At rest it is ciphertext, not a PNG.
    const stored = await fs.readFile(path.join(filesRoot, first?.thumbnailKey ?? ''));
    expect(stored.subarray(1, 4).toString('latin1')).not.toBe('PNG');
  });
});

describe('R-DOC-06 the periodic integrity check', () => {
  it('confirms intact files, and reports a file whose stored bytes changed', async () => {
    const first = await verifyStoredFiles(deps(), { maxAgeDays: 30, limit: 100 });
    expect(first).toEqual({ checked: 2, mismatched: [] });
    // Verified files wait for their next turn.
    expect((await verifyStoredFiles(deps(), { maxAgeDays: 30, limit: 100 })).checked).toBe(0);

    const [victim] = await t.database.db.select().from(documentVersions).limit(1);
    const file = path.join(filesRoot, victim?.storageKey ?? '');
    const bytes = await fs.readFile(file);
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8((bytes.readUInt8(middle) ^ 0xff) & 0xff, middle);
    await fs.writeFile(file, bytes);
    t.clock.set(new Date(t.clock.now().getTime() + 31 * 24 * 3600 * 1000));

    const report = await verifyStoredFiles(deps(), { maxAgeDays: 30, limit: 100 });
    expect(report.checked).toBe(2);
    expect(report.mismatched).toEqual([victim?.id]);
    const [marked] = await t.database.db
      .select()
      .from(documentVersions)
      .where(eq(documentVersions.id, victim?.id ?? ''));
    expect(marked?.integrityOk).toBe(false);
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.action} = 'document.integrity_mismatch'`);
    expect(audited.map((event) => event.targetId)).toEqual([victim?.documentId]);
  });
});
