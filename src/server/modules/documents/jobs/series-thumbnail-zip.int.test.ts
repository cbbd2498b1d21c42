import fs from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dicomInstances, dicomSeries } from '../../../db/schema/index.js';
import { createUser, get, post, signInFully } from '../../../testing/auth-helpers.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { masterKeysOf } from '../documents.module.js';
import { dicomFixture, listen, uploadFile } from '../records/testing/document-test-kit.js';
import { createLocalBlobStore } from '../storage/local-blob-store.js';
import { buildZip, zipEntriesOfFolder } from '../validation/zip-fixtures.testing.js';
import { makeSeriesThumbnail } from './series-thumbnail.js';

let t: TestApp;
let patient: string;
let caseId: string;
let filesRoot: string;

beforeAll(async () => {
  t = await createTestApp();
  const baseUrl = await listen(t);
  patient = await signInFully(t, await createUser(t.database.db, 'patient'));
  caseId = (await post(t.app, '/api/v1/cases', undefined, patient)).json<{ id: string }>().id;
  const storage = t.config.documents.storage;
  if (storage.kind !== 'local') throw new Error('tests store files locally');
  filesRoot = storage.root;
  // A patient's imaging CD, zipped whole: DICOMDIR, images in folders, a README.
  const cd = buildZip(zipEntriesOfFolder(dicomFixture('cd-dicomdir')));
  const outcome = await uploadFile(
    baseUrl,
    { cookie: patient },
    { bytes: cd, name: 'CD.zip', caseId, item: 'CLINICAL_DATA' },
  );
  expect(outcome.status, outcome.body).toBe(200);
});
afterAll(() => t?.close());

function deps() {
  const keys = masterKeysOf(t.config);
  return {
    db: t.database.db,
    store: createLocalBlobStore(filesRoot),
    master: keys.current,
    masters: keys.all,
  };
}

describe('series previews of a zipped imaging CD', () => {
  it('renders every series from its entry in the stored (encrypted) ZIP', async () => {
    const series = await t.database.db.select().from(dicomSeries);
    expect(series).toHaveLength(13);
    const zipped = await t.database.db.select().from(dicomInstances);
    expect(zipped.every((instance) => instance.entryName !== null)).toBe(true);

    for (const one of series)
      expect([one.id, await makeSeriesThumbnail(deps(), one.id)]).toEqual([one.id, 'ready']);

    for (const one of await t.database.db.select().from(dicomSeries)) {
      expect(one.thumbnailState).toBe('ready');
      const response = await get(t.app, `/api/v1/cases/${caseId}/dicom/series/${one.id}/thumbnail`, patient);
      expect(response.statusCode).toBe(200);
      const png = PNG.sync.read(response.rawPayload);
      expect([png.width, png.height]).toEqual([16, 16]);
      // At rest it is ciphertext, not a PNG.
      const stored = await fs.readFile(path.join(filesRoot, one.thumbnailKey ?? ''));
      expect(stored.subarray(1, 4).toString('latin1')).not.toBe('PNG');
    }
  });

  it('a series whose only image cannot be read from the CD is unavailable, not retried', async () => {
    const [instance] = await t.database.db.select().from(dicomInstances).limit(1);
    await t.database.db
      .update(dicomInstances)
      .set({ entryName: 'NOT/IN/THE/ZIP' })
      .where(eq(dicomInstances.seriesId, instance?.seriesId ?? ''));
    expect(await makeSeriesThumbnail(deps(), instance?.seriesId ?? '')).toBe('unavailable');
  });
});
