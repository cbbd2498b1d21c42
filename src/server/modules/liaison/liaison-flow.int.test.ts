import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseStatusViewSchema } from '../../../shared/contracts/cases.js';
import {
  informationRequestViewSchema,
  liaisonCaseViewSchema,
  queuePageSchema,
} from '../../../shared/contracts/liaison.js';
import { auditEvents } from '../../db/schema/index.js';
import { sessionCookieName } from '../../plugins/auth.js';
import { createUser, get, lastMailTo, post, signInFully, testOrigin } from '../../testing/auth-helpers.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { hanakoApplication } from '../application/pdf/testing/print-fixtures.js';
import { listen, uploadFile } from '../documents/records/testing/document-test-kit.js';

/**
 * Issue "liaison console", the whole way: the coordinator screens, asks for the referral letter again,
 * the applicant uploads it and says so, the coordinator accepts it and sends the case to the
 * department, whose doctor accepts; the applicant is told by mail at each step (R-FLOW-03, R-FLOW-04).
 */

let t: TestApp;
let baseUrl: string;
let patient: string;
let patientEmail: string;
let coordinator: string;
let geriatrician: string;

const pdf = (label: string) => Buffer.from(`%PDF-1.4\n%${label}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

/** The test clock stands still unless moved; each step gets its own minute (and its mails their order). */
const tick = () => t.clock.set(new Date(t.clock.now().getTime() + 60_000));

// Accounts (argon2) and a fresh database take long on a busy shared machine: a longer hook timeout.
beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await listen(t);
  const account = await createUser(t.database.db, 'patient');
  patientEmail = account.user.email;
  patient = await signInFully(t, account);
  coordinator = await signInFully(t, await createUser(t.database.db, 'coordinator', { totp: true }));
  geriatrician = await signInFully(
    t,
    await createUser(t.database.db, 'doctor', { totp: true, departments: ['geriatrics'] }),
  );
}, 120_000);
afterAll(() => t?.close());

async function submittedCase(): Promise<{ caseId: string; referralId: string }> {
  const caseId = (await post(t.app, '/api/v1/cases', undefined, patient)).json<{ id: string }>().id;
  const saved = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/cases/${caseId}/application`,
    headers: { origin: testOrigin, 'content-type': 'application/json' },
    cookies: { [sessionCookieName]: patient },
    payload: JSON.stringify({ revision: 1, application: hanakoApplication() }),
  });
  expect(saved.statusCode).toBe(200);
  for (const item of ['REFERRAL_LETTER', 'CLINICAL_DATA', 'MEDICATION_LIST']) {
    const sent = await uploadFile(
      baseUrl,
      { cookie: patient },
      { bytes: pdf(item), name: `${item}.pdf`, caseId, item },
    );
    expect(sent.status, item).toBe(200);
  }
  expect((await post(t.app, `/api/v1/cases/${caseId}/submit`, undefined, patient)).statusCode).toBe(200);
  const view = liaisonCaseViewSchema.parse(
    (await get(t.app, `/api/v1/liaison/cases/${caseId}`, coordinator)).json(),
  );
  const referral = view.documents.find((document) => document.checklistItem === 'REFERRAL_LETTER');
  if (!referral) throw new Error('no referral letter');
  return { caseId, referralId: referral.id };
}

const command = (caseId: string, name: string, cookie: string, body: unknown = {}) =>
  post(t.app, `/api/v1/liaison/cases/${caseId}/commands/${name}`, body, cookie);

const review = (caseId: string, documentId: string, body: unknown) =>
  post(t.app, `/api/v1/liaison/cases/${caseId}/documents/${documentId}/review`, body, coordinator);

async function informationRequest(caseId: string) {
  const response = await get(t.app, `/api/v1/cases/${caseId}/information-request`, patient);
  expect(response.statusCode).toBe(200);
  return informationRequestViewSchema.parse(response.json());
}

async function flagged(caseId: string): Promise<boolean> {
  const page = queuePageSchema.parse(
    (await get(t.app, '/api/v1/liaison/cases?flags=missing_documents', coordinator)).json(),
  );
  return page.cases.some((row) => row.id === caseId);
}

describe('screening to acceptance', () => {
  it('R-FLOW-04 takes an application from the queue to the department’s acceptance', async () => {
    const { caseId, referralId } = await submittedCase();
    const queue = queuePageSchema.parse(
      (await get(t.app, '/api/v1/liaison/cases?status=submitted', coordinator)).json(),
    );
    expect(queue.cases.map((row) => row.id)).toContain(caseId);

    const first = liaisonCaseViewSchema.parse(
      (await get(t.app, `/api/v1/liaison/cases/${caseId}`, coordinator)).json(),
    );
    expect(first.abilities.commands).toEqual(['startScreening', 'withdraw']);
    expect(first.eligibility).toMatchObject({ outcome: 'eligible', reasons: [] });
    expect(first.checklist.find((item) => item.code === 'MEDICATION_LIST')).toMatchObject({
      state: 'received',
    });

    tick();
    expect((await command(caseId, 'startScreening', coordinator)).json()).toMatchObject({
      status: 'screening',
    });

    // The referral letter lacks a page: rejected, with words for the applicant, and asked for again.
    tick();
    const rejected = await review(caseId, referralId, {
      decision: 'rejected',
      reason: '2枚目が欠けています。',
    });
    expect(rejected.json()).toMatchObject({ review: 'rejected', rejectionReason: '2枚目が欠けています。' });
    expect(await flagged(caseId)).toBe(true);
    tick();
    const message = '紹介状の全ページをお送りください。';
    const requested = await command(caseId, 'requestInformation', coordinator, {
      items: ['REFERRAL_LETTER'],
      message,
    });
    expect(requested.json()).toMatchObject({ status: 'awaiting_information', patientNotified: true });

    const mail = await lastMailTo(t.database.db, patientEmail, 'case_event');
    expect(mail?.textBody).toContain('資料の追加をお願いします');
    expect(mail?.textBody).not.toContain(message);
    expect(mail?.textBody).not.toContain('紹介状');
    const status = caseStatusViewSchema.parse(
      (await get(t.app, `/api/v1/cases/${caseId}/status`, patient)).json(),
    );
    expect(status.nextActor).toBe('applicant');
    const note = status.timeline.at(-1)?.note ?? '';
    expect(note).toContain(message);
    expect(note).toContain('診療情報提供書（紹介状）');

    const asked = await informationRequest(caseId);
    expect(asked).toMatchObject({
      open: true,
      items: [{ code: 'REFERRAL_LETTER', state: 'rejected' }],
      documentsSinceRequest: 0,
      canConfirm: false,
    });
    const early = await post(t.app, `/api/v1/cases/${caseId}/information-provided`, undefined, patient);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'nothing_provided' });

    // The applicant sends the whole letter as a new version, then says so.
    tick();
    const corrected = await uploadFile(
      baseUrl,
      { cookie: patient },
      {
        bytes: pdf('complete letter'),
        name: 'letter.pdf',
        caseId,
        item: 'REFERRAL_LETTER',
        replaces: referralId,
      },
    );
    expect(corrected.status).toBe(200);
    expect(await informationRequest(caseId)).toMatchObject({
      items: [{ state: 'received' }],
      documentsSinceRequest: 1,
      canConfirm: true,
    });
    tick();
    const provided = await post(t.app, `/api/v1/cases/${caseId}/information-provided`, undefined, patient);
    expect(provided.statusCode).toBe(200);
    expect(provided.json()).toEqual({ status: 'screening' });
    expect((await informationRequest(caseId)).open).toBe(false);

    tick();
    expect((await review(caseId, referralId, { decision: 'accepted' })).statusCode).toBe(200);
    expect(await flagged(caseId)).toBe(false);
    tick();
    expect((await command(caseId, 'sendToDepartmentReview', coordinator)).json()).toMatchObject({
      status: 'department_review',
    });

    // The department's doctor finds it in their queue and accepts.
    const theirs = queuePageSchema.parse((await get(t.app, '/api/v1/liaison/cases', geriatrician)).json());
    expect(theirs.cases.map((row) => row.id)).toContain(caseId);
    const seen = liaisonCaseViewSchema.parse(
      (await get(t.app, `/api/v1/liaison/cases/${caseId}`, geriatrician)).json(),
    );
    expect(seen.abilities.commands).toEqual(['requestInformation', 'accept', 'decline']);
    expect(seen.checklist.find((item) => item.code === 'REFERRAL_LETTER')).toMatchObject({
      state: 'accepted',
    });
    expect(seen.viewers.map((viewer) => viewer.role).sort()).toEqual(['coordinator', 'doctor']);
    tick();
    const accepted = await command(caseId, 'accept', geriatrician);
    expect(accepted.json()).toMatchObject({ status: 'accepted', patientNotified: true });
    expect((await lastMailTo(t.database.db, patientEmail, 'case_event'))?.textBody).toContain(
      'ご相談をお受けすることになりました',
    );

    const final = caseStatusViewSchema.parse(
      (await get(t.app, `/api/v1/cases/${caseId}/status`, patient)).json(),
    );
    expect(final.case.status).toBe('accepted');
    expect(final.timeline.map((entry) => entry.type)).toEqual(
      expect.arrayContaining([
        'submit',
        'startScreening',
        'document_reviewed',
        'requestInformation',
        'document_added',
        'provideInformation',
        'sendToDepartmentReview',
        'accept',
      ]),
    );
    const reads = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'liaison.case.read'), eq(auditEvents.targetId, caseId)));
    expect(reads.length).toBeGreaterThanOrEqual(3);
  });
});
