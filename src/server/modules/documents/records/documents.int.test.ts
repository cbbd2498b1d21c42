import fs from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseDocumentsResponseSchema,
  type CaseDocumentsResponse,
} from '../../../../shared/contracts/documents.js';
import { auditEvents } from '../../../db/schema/index.js';
import { createUser, get, post, signInFully, testOrigin } from '../../../testing/auth-helpers.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { sessionCookieName } from '../../../plugins/auth.js';
import { buildZip, zipEntriesOfFolder } from '../validation/zip-fixtures.testing.js';
import { dicomFixture, listen, sha256, uploadFile } from './testing/document-test-kit.js';

let t: TestApp;
let baseUrl: string;
let patient: string;
let stranger: string;
let ct: Buffer;

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await listen(t);
  patient = await signInFully(t, await createUser(t.database.db, 'patient'));
  stranger = await signInFully(t, await createUser(t.database.db, 'patient'));
  ct = await fs.readFile(dicomFixture('single/CT_small.dcm'));
});
afterAll(() => t?.close());

async function newCase(cookie = patient): Promise<string> {
  const response = await post(t.app, '/api/v1/cases', undefined, cookie);
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string }>().id;
}

async function documentsOf(caseId: string, cookie = patient): Promise<CaseDocumentsResponse> {
  const response = await get(t.app, `/api/v1/cases/${caseId}/documents`, cookie);
  expect(response.statusCode).toBe(200);
  return caseDocumentsResponseSchema.parse(response.json());
}

function remove(caseId: string, documentId: string, cookie = patient) {
  return t.app.inject({
    method: 'DELETE',
    url: `/api/v1/cases/${caseId}/documents/${documentId}`,
    headers: { origin: testOrigin },
    cookies: { [sessionCookieName]: cookie },
  });
}

/** A statement the database itself refuses for retention (drizzle wraps the driver's error). */
async function refusedForRetention(statement: Promise<unknown>): Promise<void> {
  const error: unknown = await statement.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
  expect(cause).toMatch(/medical record retention/);
}

/** What submission will do (issue: online application): a number, a date, the status. */
async function markSubmitted(caseId: string): Promise<void> {
  await t.database.db.execute(
    sql`update cases set status = 'submitted', case_number = ${`T-${caseId.slice(0, 8)}`}, submitted_at = now() where id = ${caseId}`,
  );
}

describe('documents of a case', () => {
  it('receives a DICOM file through tus into the checklist, with its study tree', async () => {
    const caseId = await newCase();
    const outcome = await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes: ct, name: 'CT_small.dcm', caseId, item: 'CLINICAL_DATA' },
    );
    expect(outcome.status).toBe(200);
    expect(JSON.parse(outcome.body)).toMatchObject({ status: 'received', sha256: sha256(ct), kind: 'dicom' });

    const listed = await documentsOf(caseId);
    const item = listed.checklist.find((entry) => entry.code === 'CLINICAL_DATA');
    expect(item?.state).toBe('received');
    expect(listed.documents).toHaveLength(1);
    expect(listed.documents[0]).toMatchObject({
      checklistItem: 'CLINICAL_DATA',
      removable: true,
      dicom: { studies: 1, series: 1, instances: 1 },
      versions: [{ version: 1, fileName: 'CT_small.dcm', bytes: ct.length, uploadedBy: 'applicant' }],
    });
    expect(listed.limits.usedBytes).toBe(ct.length);
    // Forms filled in online are listed but never asked for as files.
    expect(listed.checklist.find((entry) => entry.code === 'APPLICATION_FORM')?.filledOnline).toBe(true);
  });

  it('reads a whole zipped imaging CD into the study tree: 6 studies, 13 series, 31 images', async () => {
    const caseId = await newCase();
    const cd = buildZip(zipEntriesOfFolder(dicomFixture('cd-dicomdir')));
    const outcome = await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes: cd, name: 'CD.zip', caseId, item: 'CLINICAL_DATA' },
    );
    expect(outcome.status, outcome.body).toBe(200);
    const [document] = (await documentsOf(caseId)).documents;
    expect(document?.versions[0]?.kind).toBe('zip');
    expect(document?.dicom).toMatchObject({ studies: 6, series: 13, instances: 31 });
  });

  it('downloads a version as an attachment, byte for byte, and audits it', async () => {
    const caseId = await newCase();
    await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes: ct, name: '紹介状の画像.dcm', caseId, item: 'CLINICAL_DATA' },
    );
    const [document] = (await documentsOf(caseId)).documents;
    const response = await get(
      t.app,
      `/api/v1/cases/${caseId}/documents/${document?.id}/versions/1/content`,
      patient,
    );

    expect(response.statusCode).toBe(200);
    expect(sha256(response.rawPayload)).toBe(sha256(ct));
    expect(response.headers['content-disposition']).toContain('attachment;');
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('紹介状の画像.dcm')}`,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.action} = 'document.download' and ${auditEvents.targetId} = ${document?.id}`);
    expect(audited).toHaveLength(1);
  });

  it("answers 404 for another patient's case, document and upload", async () => {
    const caseId = await newCase();
    await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes: ct, name: 'a.dcm', caseId, item: 'CLINICAL_DATA' },
    );
    const [document] = (await documentsOf(caseId)).documents;

    expect((await get(t.app, `/api/v1/cases/${caseId}/documents`, stranger)).statusCode).toBe(404);
    expect(
      (await get(t.app, `/api/v1/cases/${caseId}/documents/${document?.id}/versions/1/content`, stranger))
        .statusCode,
    ).toBe(404);
    const intruding = await uploadFile(
      baseUrl,
      { cookie: stranger },
      { bytes: ct, name: 'b.dcm', caseId, item: 'CLINICAL_DATA' },
    );
    expect(intruding.status).toBe(404);
    expect(
      (await uploadFile(baseUrl, {}, { bytes: ct, name: 'c.dcm', caseId, item: 'CLINICAL_DATA' })).status,
    ).toBe(401);
  });

  it('refuses by content: an HTML page renamed .dcm', async () => {
    const caseId = await newCase();
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
    const outcome = await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes: html, name: 'scan.dcm', caseId, item: 'CLINICAL_DATA' },
    );
    expect(outcome.status).toBe(422);
    expect((await documentsOf(caseId)).documents).toHaveLength(0);
  });

  it('asks for no file for the online forms, and names an unknown item', async () => {
    const caseId = await newCase();
    const form = await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes: ct, name: 'a.dcm', caseId, item: 'APPLICATION_FORM' },
    );
    expect(form.status).toBe(409);
    expect(JSON.parse(form.body)).toMatchObject({ code: 'filled_online' });
    const unknown = await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes: ct, name: 'a.dcm', caseId, item: 'X_RAY_OF_CAT' },
    );
    expect(unknown.status).toBe(400);
  });

  it('flags DICOM of someone else than the applicant', async () => {
    const caseId = await newCase();
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/cases/${caseId}/application`,
      headers: { origin: testOrigin, 'content-type': 'application/json' },
      cookies: { [sessionCookieName]: patient },
      payload: JSON.stringify({
        revision: 1,
        application: {
          patient: {
            name: {
              familyName: '山田',
              givenName: '花子',
              familyNameKana: 'ヤマダ',
              givenNameKana: 'ハナコ',
            },
            birthDate: '1946-05-03',
          },
        },
      }),
    });
    expect(saved.statusCode).toBe(200);
    await uploadFile(
      baseUrl,
      { cookie: patient },
      {
        bytes: await fs.readFile(dicomFixture('charset/chrH31.dcm')),
        name: 'h31.dcm',
        caseId,
        item: 'CLINICAL_DATA',
      },
    );
    const [document] = (await documentsOf(caseId)).documents;
    expect(document?.dicom?.identityMismatch).toBe(true);
  });
});

describe('R-DOC-06 retention', () => {
  it('lets a wrong file go before submission, and keeps everything after', async () => {
    const caseId = await newCase();
    await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes: ct, name: 'wrong.dcm', caseId, item: 'CLINICAL_DATA' },
    );
    const [wrong] = (await documentsOf(caseId)).documents;
    expect((await remove(caseId, wrong?.id ?? '')).statusCode).toBe(204);

    await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes: ct, name: 'right.dcm', caseId, item: 'CLINICAL_DATA' },
    );
    await markSubmitted(caseId);
    const [kept] = (await documentsOf(caseId)).documents;
    expect(kept?.removable).toBe(false);
    const refused = await remove(caseId, kept?.id ?? '');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'document_kept' });

    // The database refuses too, whatever the code says.
    const db = t.database.db;
    await refusedForRetention(db.execute(sql`delete from documents where id = ${kept?.id}`));
    await refusedForRetention(
      db.execute(
        sql`update document_versions set sha256 = ${'0'.repeat(64)} where document_id = ${kept?.id}`,
      ),
    );
    await refusedForRetention(db.execute(sql`delete from cases where id = ${caseId}`));
    await refusedForRetention(db.execute(sql`truncate document_versions cascade`));
    // What may change: the scan result.
    await db.execute(sql`update document_versions set scan_state = 'clean' where document_id = ${kept?.id}`);
  });

  it('takes a correction after submission as a new version', async () => {
    const caseId = await newCase();
    await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes: ct, name: 'first.dcm', caseId, item: 'CLINICAL_DATA' },
    );
    await markSubmitted(caseId);
    const [original] = (await documentsOf(caseId)).documents;
    const mr = await fs.readFile(dicomFixture('single/MR_small.dcm'));
    const outcome = await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes: mr, name: 'second.dcm', caseId, item: 'CLINICAL_DATA', replaces: original?.id },
    );
    expect(outcome.status).toBe(200);
    const [corrected] = (await documentsOf(caseId)).documents;
    expect(corrected?.versions.map((version) => [version.version, version.fileName])).toEqual([
      [2, 'second.dcm'],
      [1, 'first.dcm'],
    ]);
  });

  it('recognises the same file sent twice', async () => {
    const caseId = await newCase();
    await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes: ct, name: 'one.dcm', caseId, item: 'CLINICAL_DATA' },
    );
    await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes: ct, name: 'again.dcm', caseId, item: 'CLINICAL_DATA' },
    );
    const [first, second] = (await documentsOf(caseId)).documents;
    expect(first?.duplicateOf).toBeNull();
    expect(second?.duplicateOf).toBe(first?.id);
  });
});
