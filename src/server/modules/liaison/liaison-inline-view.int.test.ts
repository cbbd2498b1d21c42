import fs from 'node:fs/promises';
import { and, eq, sql } from 'drizzle-orm';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liaisonCaseViewSchema } from '../../../shared/contracts/liaison.js';
import { auditEvents, documentVersions } from '../../db/schema/index.js';
import { createUser, get, post, signInFully } from '../../testing/auth-helpers.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { dicomFixture, listen, uploadFile } from '../documents/records/testing/document-test-kit.js';

/**
 * Issue 7: the console shows a case's PDFs and images itself. The inline variant is for staff, for
 * PDF, JPEG and PNG only, never for an infected file or one still being scanned; framed by our own
 * pages only, sandboxed, never cached, and audited as a view.
 */

let t: TestApp;
let baseUrl: string;
let patient: string;
let coordinator: string;
let coordinatorId: string;
let caseId: string;
const ids: Record<'pdf' | 'png' | 'dicom', string> = { pdf: '', png: '', dicom: '' };

const pdf = Buffer.from('%PDF-1.4\n%viewer\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
function png(): Buffer {
  const image = new PNG({ width: 8, height: 8 });
  image.data.fill(200);
  return PNG.sync.write(image);
}

// Accounts (argon2) and a fresh database take long on a busy shared machine: a longer hook timeout.
beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await listen(t);
  patient = await signInFully(t, await createUser(t.database.db, 'patient'));
  const account = await createUser(t.database.db, 'coordinator', { totp: true });
  coordinatorId = account.user.id;
  coordinator = await signInFully(t, account);
  caseId = (await post(t.app, '/api/v1/cases', undefined, patient)).json<{ id: string }>().id;
  const files = [
    { key: 'pdf', bytes: pdf, name: '紹介状.pdf', item: 'REFERRAL_LETTER' },
    { key: 'png', bytes: png(), name: 'photo.png', item: 'MEDICATION_LIST' },
    {
      key: 'dicom',
      bytes: await fs.readFile(dicomFixture('single/CT_small.dcm')),
      name: 'ct.dcm',
      item: 'CLINICAL_DATA',
    },
  ] as const;
  for (const file of files) {
    const sent = await uploadFile(baseUrl, { cookie: patient }, { ...file, caseId });
    expect(sent.status, file.name).toBe(200);
  }
  // As submission leaves it (the coordinator sees submitted cases), with every scan finished clean.
  await t.database.db.execute(
    sql`update cases set status = 'submitted', case_number = ${`V-${caseId.slice(0, 8)}`}, submitted_at = now() where id = ${caseId}`,
  );
  const view = liaisonCaseViewSchema.parse(
    (await get(t.app, `/api/v1/liaison/cases/${caseId}`, coordinator)).json(),
  );
  for (const file of files) {
    const document = view.documents.find((candidate) => candidate.checklistItem === file.item);
    if (!document) throw new Error(`no ${file.item}`);
    ids[file.key] = document.id;
    await t.database.db
      .update(documentVersions)
      .set({ scanState: 'clean' })
      .where(eq(documentVersions.documentId, document.id));
  }
}, 120_000);
afterAll(() => t?.close());

const inline = (documentId: string, cookie = coordinator) =>
  get(t.app, `/api/v1/cases/${caseId}/documents/${documentId}/versions/1/inline`, cookie);

const setScan = (documentId: string, scanState: 'pending' | 'infected' | 'clean') =>
  t.database.db
    .update(documentVersions)
    .set({ scanState })
    .where(eq(documentVersions.documentId, documentId));

describe('the console’s inline view of a document', () => {
  it('serves a PDF inline with its type, no sniffing, a sandbox, no cache, and audits the view', async () => {
    const response = await inline(ids.pdf);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(pdf)).toBe(true);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `inline; filename="___.pdf"; filename*=UTF-8''${encodeURIComponent('紹介状.pdf')}`,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('private, no-store');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/(^|; )sandbox(;|$)/);
    expect(csp).toContain("frame-ancestors 'self'");
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, ids.pdf), eq(auditEvents.actorUserId, coordinatorId)));
    expect(audited).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'document.view', outcome: 'success' })]),
    );
  });

  it('serves a PNG as image/png', async () => {
    const response = await inline(ids.png);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-disposition']).toMatch(/^inline; /);
  });

  it('refuses other kinds, files still being scanned and infected ones; a denied view is audited', async () => {
    const dicom = await inline(ids.dicom);
    expect(dicom.statusCode).toBe(409);
    expect(dicom.headers['content-type']).toContain('application/problem+json');
    expect(dicom.json()).toMatchObject({ code: 'not_viewable' });

    await setScan(ids.png, 'pending');
    expect((await inline(ids.png)).json()).toMatchObject({ code: 'not_viewable' });
    await setScan(ids.png, 'infected');
    expect((await inline(ids.png)).json()).toMatchObject({ code: 'quarantined' });
    await setScan(ids.png, 'clean');

    const denied = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, ids.dicom), eq(auditEvents.action, 'document.view')));
    expect(denied).toMatchObject([{ outcome: 'denied', details: { reason: 'not_viewable' } }]);
  });

  it('is for staff only, on cases they may see', async () => {
    expect((await inline(ids.pdf, patient)).statusCode).toBe(403);
    const geriatrician = await signInFully(
      t,
      await createUser(t.database.db, 'doctor', { totp: true, departments: ['geriatrics'] }),
    );
    expect((await inline(ids.pdf, geriatrician)).statusCode).toBe(404);
  });
});
