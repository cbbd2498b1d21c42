import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookieName } from '../../../plugins/auth.js';
import { createUser, post, signInFully, testOrigin } from '../../../testing/auth-helpers.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

/** Issue 6, "limits per file and per case": uploads still under way count against the case's total. */

const GiB = 1024 ** 3;
let t: TestApp;
let patient: string;

beforeAll(async () => {
  t = await createTestApp();
  patient = await signInFully(t, await createUser(t.database.db, 'patient'));
});
afterAll(() => t?.close());

const metadata = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');

/** Announces an upload (tus creation, no bytes sent), as a browser does before its first PATCH. */
function announce(caseId: string, bytes: number) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: {
      origin: testOrigin,
      'tus-resumable': '1.0.0',
      'upload-length': String(bytes),
      'upload-metadata': metadata({
        filename: 'CD.zip',
        sha256: 'a'.repeat(64),
        caseId,
        checklistItem: 'CLINICAL_DATA',
      }),
    },
    cookies: { [sessionCookieName]: patient },
  });
}

describe('the total of one case', () => {
  it('counts the uploads under way, as announced, so they cannot together pass it', async () => {
    const created = await post(t.app, '/api/v1/cases', undefined, patient);
    const caseId = created.json<{ id: string }>().id;
    // The default limits: 8 GiB a file, 32 GiB a case. Four full files are announced, none sent.
    for (let file = 0; file < 4; file += 1) expect((await announce(caseId, 8 * GiB)).statusCode).toBe(201);

    const fifth = await announce(caseId, 1024);
    expect(fifth.statusCode).toBe(409);
    expect(fifth.json<{ code: string }>().code).toBe('case_quota_exceeded');

    // Another case has its own total.
    const other = await post(t.app, '/api/v1/cases', undefined, patient);
    expect((await announce(other.json<{ id: string }>().id, 1024)).statusCode).toBe(201);
  });
});
