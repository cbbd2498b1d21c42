import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../../shared/contracts/application.js';
import { caseStatusViewSchema } from '../../../shared/contracts/cases.js';
import { sessionCookieName } from '../../plugins/auth.js';
import { createUser, get, lastMailTo, post, signInFully, testOrigin } from '../../testing/auth-helpers.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { extractPdf } from '../application/pdf/testing/pdf-text.js';
import { hanakoApplication } from '../application/pdf/testing/print-fixtures.js';
import { listen, uploadFile } from '../documents/records/testing/document-test-kit.js';

let t: TestApp;
let baseUrl: string;
let patient: string;
let patientEmail: string;

/** A small real PDF: the content check reads the bytes, not the name. */
const pdf = (label: string) => Buffer.from(`%PDF-1.4\n%${label}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await listen(t);
  const account = await createUser(t.database.db, 'patient');
  patientEmail = account.user.email;
  patient = await signInFully(t, account);
});
afterAll(() => t?.close());

async function draftWith(application: unknown): Promise<string> {
  const created = await post(t.app, '/api/v1/cases', undefined, patient);
  const caseId = created.json<{ id: string }>().id;
  const saved = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/cases/${caseId}/application`,
    headers: { origin: testOrigin, 'content-type': 'application/json' },
    cookies: { [sessionCookieName]: patient },
    payload: JSON.stringify({ revision: 1, application }),
  });
  expect(saved.statusCode).toBe(200);
  return caseId;
}

const submit = (caseId: string) => post(t.app, `/api/v1/cases/${caseId}/submit`, undefined, patient);

async function uploadRequired(caseId: string, items: string[]): Promise<void> {
  for (const item of items) {
    const outcome = await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes: pdf(item), name: `${item}.pdf`, caseId, item },
    );
    expect(outcome.status, item).toBe(200);
  }
}

describe('submitting an application', () => {
  it('names every missing field of an unfinished application', async () => {
    const caseId = await draftWith({ patient: { birthDate: '1946-05-03' } });
    const response = await submit(caseId);
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'application.patient.name',
        'application.physician',
        'application.declarations',
      ]),
    );
  });

  it('R-DOC-07 refuses a contact phone that cannot be called back on weekdays', async () => {
    const application = hanakoApplication();
    const caseId = await draftWith({
      ...application,
      patient: { ...application.patient, phone: '0120-13-1540' },
    });
    const response = await submit(caseId);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ field: 'application.patient.phone' }] });
  });

  it('R-DOC-08 R-ELIG-11 asks for the privacy consent and the declaration of being in Japan', async () => {
    const application = hanakoApplication();
    const caseId = await draftWith({
      ...application,
      declarations: { privacyPolicyAccepted: false, consultFromJapan: false },
    });
    const response = await submit(caseId);
    expect(response.statusCode).toBe(400);
    const errors = response.json<{ errors: { field: string; message: string }[] }>().errors;
    expect(errors.map((error) => error.field)).toEqual([
      'application.declarations.privacyPolicyAccepted',
      'application.declarations.consultFromJapan',
    ]);
    expect(errors[0]?.message).toContain('個人情報');
  });

  it('R-ELIG-07 refuses with the reasons when the primary physician does not agree', async () => {
    const application = hanakoApplication();
    const caseId = await draftWith({
      ...application,
      physician: { ...application.physician, agrees: false },
    });
    const response = await submit(caseId);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'ineligible',
      reasons: [{ code: 'NO_PRIMARY_PHYSICIAN_CONSENT' }],
    });
  });

  it('R-FLOW-03 R-DOC-04 waits for the required documents, then numbers the case and tells the patient', async () => {
    const caseId = await draftWith(hanakoApplication());
    const waiting = await submit(caseId);
    expect(waiting.statusCode).toBe(409);
    const missing = waiting.json<{ code: string; missing: { code: string }[] }>();
    expect(missing.code).toBe('documents_missing');
    expect(missing.missing.map((item) => item.code)).toEqual([
      'REFERRAL_LETTER',
      'CLINICAL_DATA',
      'MEDICATION_LIST',
    ]);

    await uploadRequired(caseId, ['REFERRAL_LETTER', 'CLINICAL_DATA', 'MEDICATION_LIST']);
    const sent = await submit(caseId);
    expect(sent.statusCode).toBe(200);
    const body = sent.json<{ status: string; outcome: string; caseNumber: string }>();
    expect(body).toMatchObject({ status: 'submitted', outcome: 'eligible' });
    expect(body.caseNumber).toMatch(/^2026-\d{5}$/);

    const status = caseStatusViewSchema.parse(
      (await get(t.app, `/api/v1/cases/${caseId}/status`, patient)).json(),
    );
    expect(status.case.status).toBe('submitted');
    expect(status.nextActor).toBe('liaison_centre');
    expect(status.timeline.map((entry) => entry.type)).toEqual([
      'created',
      'document_added',
      'document_added',
      'document_added',
      'submit',
    ]);
    expect((await lastMailTo(t.database.db, patientEmail, 'case_event'))?.textBody).toContain(
      `/applications/${caseId}`,
    );

    // R-DOC-06: the application as sent is part of the record.
    const edit = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/cases/${caseId}/application`,
      headers: { origin: testOrigin, 'content-type': 'application/json' },
      cookies: { [sessionCookieName]: patient },
      payload: JSON.stringify({ revision: 2, application: {} }),
    });
    expect(edit.statusCode).toBe(409);
    expect((await submit(caseId)).statusCode).toBe(409);
  });

  it('refuses a stale draft saved from a second device', async () => {
    const caseId = await draftWith({ patient: { sex: 'female' } });
    const stale = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/cases/${caseId}/application`,
      headers: { origin: testOrigin, 'content-type': 'application/json' },
      cookies: { [sessionCookieName]: patient },
      payload: JSON.stringify({ revision: 1, application: { patient: { sex: 'male' } } }),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'stale_draft' });
    const detail = (await get(t.app, `/api/v1/cases/${caseId}`, patient)).json<{
      application: Application;
      revision: number;
    }>();
    expect(detail.application.patient.sex).toBe('female');
    expect(detail.revision).toBe(2);
  });
});

describe('the printable forms and withdrawal', () => {
  it('prints the application with the entered Japanese text, and no consent form when the patient attends', async () => {
    const caseId = await draftWith(hanakoApplication());
    const printed = await get(t.app, `/api/v1/cases/${caseId}/pdf/application`, patient);
    expect(printed.statusCode).toBe(200);
    expect(printed.headers['content-type']).toBe('application/pdf');
    const text = (await extractPdf(printed.rawPayload)).pages.join('\n');
    expect(text).toContain('山田');
    expect(text).toContain('ヤマダ');
    expect((await get(t.app, `/api/v1/cases/${caseId}/pdf/consent-form`, patient)).statusCode).toBe(404);
    const unfinished = await draftWith({});
    expect((await get(t.app, `/api/v1/cases/${unfinished}/pdf/application`, patient)).statusCode).toBe(409);
  });

  it('withdraws before the consultation, once', async () => {
    const caseId = await draftWith({});
    expect((await post(t.app, `/api/v1/cases/${caseId}/withdraw`, undefined, patient)).statusCode).toBe(204);
    const status = caseStatusViewSchema.parse(
      (await get(t.app, `/api/v1/cases/${caseId}/status`, patient)).json(),
    );
    expect(status.case.status).toBe('withdrawn');
    expect(status.canWithdraw).toBe(false);
    expect((await post(t.app, `/api/v1/cases/${caseId}/withdraw`, undefined, patient)).statusCode).toBe(409);
  });
});
