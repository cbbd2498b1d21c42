import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDocumentsResponseSchema } from '../../../../shared/contracts/documents.js';
import {
  createUser,
  get,
  lastMailTo,
  post,
  signInFully,
  tokenFromMail,
} from '../../../testing/auth-helpers.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { dicomFixture, headersOf, listen, uploadFile } from './testing/document-test-kit.js';

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

async function linkFor(caseId: string, email: string): Promise<string> {
  const sent = await post(t.app, `/api/v1/cases/${caseId}/physician-links`, { email }, patient);
  expect(sent.statusCode).toBe(201);
  const mail = await lastMailTo(t.database.db, email, 'physician_upload_link');
  expect(mail?.textBody).toContain('/physician-upload#token=');
  return tokenFromMail(mail?.textBody ?? '');
}

const physicianPage = (token: string) =>
  t.app.inject({
    method: 'GET',
    url: '/api/v1/physician-upload',
    headers: { authorization: `Bearer ${token}` },
  });

describe("the primary physician's one-time upload link (R-FLOW-02)", () => {
  it('lets the physician send material to that one case without an account, until they finish', async () => {
    const caseId = (await post(t.app, '/api/v1/cases', undefined, patient)).json<{ id: string }>().id;
    const token = await linkFor(caseId, 'dr.suzuki@clinic.example.jp');

    const page = await physicianPage(token);
    expect(page.statusCode).toBe(200);
    const purpose = page.json<{ caseId: string; items: { code: string }[] }>();
    expect(purpose.caseId).toBe(caseId);
    expect(purpose.items.map((item) => item.code)).toContain('REFERRAL_LETTER');

    const sent = await uploadFile(
      baseUrl,
      { bearer: token },
      { bytes: ct, name: 'CT.dcm', caseId, item: 'CLINICAL_DATA' },
    );
    expect(sent.status).toBe(200);
    const listed = caseDocumentsResponseSchema.parse(
      (await get(t.app, `/api/v1/cases/${caseId}/documents`, patient)).json(),
    );
    expect(listed.documents[0]?.versions[0]?.uploadedBy).toBe('physician');

    // Scoped: not the family's papers, not another case.
    const papers = await uploadFile(
      baseUrl,
      { bearer: token },
      { bytes: ct, name: 'x.dcm', caseId, item: 'PROXY_IDENTITY_DOCUMENTS' },
    );
    expect(papers.status).toBe(404);
    const otherCase = (await post(t.app, '/api/v1/cases', undefined, stranger)).json<{ id: string }>().id;
    const elsewhere = await uploadFile(
      baseUrl,
      { bearer: token },
      { bytes: ct, name: 'y.dcm', caseId: otherCase, item: 'CLINICAL_DATA' },
    );
    expect(elsewhere.status).toBe(404);

    const finished = await t.app.inject({
      method: 'POST',
      url: '/api/v1/physician-upload/finish',
      headers: headersOf({ bearer: token }),
    });
    expect(finished.statusCode).toBe(204);
    expect((await physicianPage(token)).statusCode).toBe(404);
    const after = await uploadFile(
      baseUrl,
      { bearer: token },
      { bytes: ct, name: 'z.dcm', caseId, item: 'CLINICAL_DATA' },
    );
    expect(after.status).toBe(401);
  });

  it('expires, and cannot be made for a case of someone else', async () => {
    const caseId = (await post(t.app, '/api/v1/cases', undefined, patient)).json<{ id: string }>().id;
    const token = await linkFor(caseId, 'dr.tanaka@clinic.example.jp');
    const foreign = await post(
      t.app,
      `/api/v1/cases/${caseId}/physician-links`,
      { email: 'x@example.jp' },
      stranger,
    );
    expect(foreign.statusCode).toBe(404);
    t.clock.set(new Date(t.clock.now().getTime() + 15 * 24 * 3600 * 1000));
    expect((await physicianPage(token)).statusCode).toBe(404);
  });
});
