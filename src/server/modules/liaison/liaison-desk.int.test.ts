import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseStatusViewSchema } from '../../../shared/contracts/cases.js';
import {
  liaisonCaseViewSchema,
  messageListSchema,
  phoneCallListSchema,
  queuePageSchema,
} from '../../../shared/contracts/liaison.js';
import { auditEvents, caseMessages } from '../../db/schema/index.js';
import { sessionCookieName } from '../../plugins/auth.js';
import {
  createUser,
  get,
  lastMailTo,
  mailsTo,
  post,
  signInFully,
  testOrigin,
} from '../../testing/auth-helpers.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { insertCase, recordDicomImage, recordDocument } from './testing/liaison-fixtures.js';

/** Issue "liaison console" §2 and §4–7: the case view, document review, phone log, identity, messages. */

const hexSha: unknown = expect.stringMatching(/^[0-9a-f]{64}$/);
const anyText: unknown = expect.any(String);

let t: TestApp;
let patient: { id: string; email: string; cookie: string };
let coordinator: { id: string; email: string; cookie: string; name: string };
let surgeon: string;
let geriatrician: string;

// Accounts (argon2) and a fresh database take long on a busy shared machine: a longer hook timeout.
beforeAll(async () => {
  // Wednesday 2 December 2026, 10:00 in Tokyo: the phone desk is open.
  t = await createTestApp({ now: '2026-12-02T01:00:00Z' });
  const db = t.database.db;
  const account = await createUser(db, 'patient');
  patient = { id: account.user.id, email: account.user.email, cookie: await signInFully(t, account) };
  const staff = await createUser(db, 'coordinator', { totp: true });
  coordinator = {
    id: staff.user.id,
    email: staff.user.email,
    cookie: await signInFully(t, staff),
    name: staff.user.displayName,
  };
  surgeon = await signInFully(
    t,
    await createUser(db, 'doctor', { totp: true, departments: ['general_surgery'] }),
  );
  geriatrician = await signInFully(
    t,
    await createUser(db, 'doctor', { totp: true, departments: ['geriatrics'] }),
  );
}, 120_000);
afterAll(() => t?.close());

const tick = () => t.clock.set(new Date(t.clock.now().getTime() + 60_000));
const newCase = (status: Parameters<typeof insertCase>[1]['status'], extra = {}) =>
  insertCase(t.database.db, { patientUserId: patient.id, status, ...extra });

function postIn(locale: 'ja' | 'en', url: string, body: unknown, cookie: string) {
  return t.app.inject({
    method: 'POST',
    url,
    payload: JSON.stringify(body),
    headers: { origin: testOrigin, 'content-type': 'application/json', 'accept-language': locale },
    cookies: { [sessionCookieName]: cookie },
  });
}

async function patientTimelineTypes(caseId: string): Promise<string[]> {
  const status = caseStatusViewSchema.parse(
    (await get(t.app, `/api/v1/cases/${caseId}/status`, patient.cookie)).json(),
  );
  return status.timeline.map((entry) => entry.type);
}

describe('the case view', () => {
  it('shows eligibility reasons in words, documents, the imaging tree with identity flags, timeline and viewers', async () => {
    const caseId = await newCase('department_review', { outcome: 'needs_review' });
    const referral = await recordDocument(t.database.db, caseId, 'REFERRAL_LETTER');
    const ct = await recordDocument(t.database.db, caseId, 'CLINICAL_DATA', { scanState: 'unscannable' });
    await recordDicomImage(t.database.db, caseId, ct.versionId, 'mismatch');
    await post(
      t.app,
      `/api/v1/liaison/cases/${caseId}/identity-verified`,
      { method: 'phone' },
      coordinator.cookie,
    );

    expect((await get(t.app, `/api/v1/liaison/cases/${caseId}`, geriatrician)).statusCode).toBe(404);
    expect((await get(t.app, `/api/v1/liaison/cases/${caseId}`, surgeon)).statusCode).toBe(200);
    const response = await get(t.app, `/api/v1/liaison/cases/${caseId}`, coordinator.cookie);
    expect(response.statusCode).toBe(200);
    const view = liaisonCaseViewSchema.parse(response.json());
    expect(view.eligibility).toMatchObject({
      outcome: 'needs_review',
      reasons: [{ code: 'CONDITION_NEEDS_REVIEW', rule: 'R-ELIG-09' }],
    });
    expect(view.eligibility?.reasons[0]?.message).toContain('対象疾患の一覧にありません');
    expect(view.documents.map((document) => document.id).sort()).toEqual(
      [referral.documentId, ct.documentId].sort(),
    );
    expect(view.documents.find((d) => d.id === ct.documentId)?.versions[0]).toMatchObject({
      version: 1,
      scanState: 'unscannable',
      sha256: hexSha,
    });
    expect(view.checklist.find((item) => item.code === 'REFERRAL_LETTER')).toMatchObject({
      state: 'received',
    });
    expect(view.imaging).toMatchObject([
      {
        description: 'CT CHEST',
        series: [
          {
            modality: 'CT',
            bodyPart: 'CHEST',
            instances: 1,
            thumbnailState: 'pending',
            identity: {
              status: 'mismatch',
              mismatches: 1,
              reasons: ['birth_date_mismatch', 'name_mismatch'],
              dicomPatients: [{ name: '=鈴木^一郎', birthDate: '1961-02-03', patientId: 'P-1' }],
            },
          },
        ],
      },
    ]);
    expect(view.timeline.at(-1)).toMatchObject({
      type: 'internal_note',
      kind: 'identity_verified',
      actor: { kind: 'coordinator', user: { id: coordinator.id } },
      details: { method: 'phone' },
    });
    expect(view.identityVerification).toMatchObject({ method: 'phone', verifiedBy: { id: coordinator.id } });
    expect(view.viewers.map((viewer) => viewer.role).sort()).toEqual(['coordinator', 'doctor']);
    expect(view.abilities).toEqual({
      commands: ['requestInformation', 'decline', 'withdraw'],
      reviewDocuments: true,
      logCalls: true,
      verifyIdentity: true,
      sendMessages: true,
    });
    const reads = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'liaison.case.read'));
    expect(reads.filter((event) => event.targetId === caseId)).toHaveLength(2);
  });
});

describe('document review', () => {
  it('needs a reason to reject, refuses to accept an infected file, and only on visible cases', async () => {
    const caseId = await newCase('screening');
    const infected = await recordDocument(t.database.db, caseId, 'CLINICAL_DATA', { scanState: 'infected' });
    const url = `/api/v1/liaison/cases/${caseId}/documents/${infected.documentId}/review`;
    const noReason = await post(t.app, url, { decision: 'rejected' }, coordinator.cookie);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ errors: [{ field: 'reason', code: 'required' }] });
    const accept = await post(t.app, url, { decision: 'accepted' }, coordinator.cookie);
    expect(accept.statusCode).toBe(409);
    expect(accept.json()).toMatchObject({ code: 'infected_document' });
    expect(
      (
        await post(
          t.app,
          url,
          { decision: 'rejected', reason: 'ウイルスが見つかりました' },
          coordinator.cookie,
        )
      ).statusCode,
    ).toBe(200);
    expect((await post(t.app, url, { decision: 'accepted' }, surgeon)).statusCode).toBe(404);
    const other = await newCase('screening');
    expect(
      (
        await post(
          t.app,
          `/api/v1/liaison/cases/${other}/documents/${infected.documentId}/review`,
          { decision: 'rejected', reason: 'x' },
          coordinator.cookie,
        )
      ).statusCode,
    ).toBe(404);
    const draft = await newCase('draft');
    const drafted = await recordDocument(t.database.db, draft, 'REFERRAL_LETTER');
    expect(
      (
        await post(
          t.app,
          `/api/v1/liaison/cases/${draft}/documents/${drafted.documentId}/review`,
          { decision: 'accepted' },
          coordinator.cookie,
        )
      ).statusCode,
    ).toBe(404);
  });
});

describe('the phone log', () => {
  it('R-CONTACT-01 takes call-backs only within the desk’s hours, naming its next opening', async () => {
    const caseId = await newCase('screening');
    const url = `/api/v1/liaison/cases/${caseId}/calls`;
    const call = {
      party: 'patient',
      direction: 'outbound',
      outcome: 'no_answer',
      nextAction: '明日かけ直す',
    };
    const saturday = await post(
      t.app,
      url,
      { ...call, callBackAt: '2026-12-05T11:00:00+09:00' },
      coordinator.cookie,
    );
    expect(saturday.statusCode).toBe(400);
    const [issue] = saturday.json<{ errors: { field: string; message: string }[] }>().errors;
    expect(issue?.field).toBe('callBackAt');
    expect(issue?.message).toContain('12月7日（月）10:00');
    const closing = await postIn(
      'en',
      url,
      { ...call, callBackAt: '2026-12-02T17:00:00+09:00' },
      coordinator.cookie,
    );
    expect(closing.json<{ errors: { message: string }[] }>().errors[0]?.message).toContain('Thu 3 Dec 10:00');
    const yearEnd = await post(
      t.app,
      url,
      { ...call, callBackAt: '2026-12-29T10:00:00+09:00' },
      coordinator.cookie,
    );
    expect(yearEnd.json<{ errors: { message: string }[] }>().errors[0]?.message).toContain(
      '1月4日（月）10:00',
    );
    const past = await post(
      t.app,
      url,
      { ...call, callBackAt: '2026-12-01T11:00:00+09:00' },
      coordinator.cookie,
    );
    expect(past.json<{ errors: { message: string }[] }>().errors[0]?.message).toContain('過ぎています');

    const logged = await post(
      t.app,
      url,
      { ...call, callBackAt: '2026-12-02T14:30:00+09:00' },
      coordinator.cookie,
    );
    expect(logged.statusCode).toBe(201);
    tick();
    await post(
      t.app,
      url,
      { party: 'physician', partyName: '鈴木医師', direction: 'inbound', outcome: 'reached' },
      coordinator.cookie,
    );
    const list = phoneCallListSchema.parse((await get(t.app, url, coordinator.cookie)).json());
    expect(list.calls.map((entry) => entry.party)).toEqual(['physician', 'patient']);
    expect(list.calls[1]).toMatchObject({
      callBackAt: '2026-12-02T05:30:00.000Z',
      nextAction: '明日かけ直す',
      createdBy: { id: coordinator.id, name: coordinator.name },
    });
    expect((await get(t.app, url, surgeon)).statusCode).toBe(403);
    expect(await patientTimelineTypes(caseId)).not.toContain('internal_note');
  });
});

describe('identity verification', () => {
  it('records who and when, for coordinators, on open cases, out of the applicant’s timeline', async () => {
    const caseId = await newCase('screening');
    const url = `/api/v1/liaison/cases/${caseId}/identity-verified`;
    const verified = await post(t.app, url, { method: 'identity_document' }, coordinator.cookie);
    expect(verified.json()).toMatchObject({
      method: 'identity_document',
      verifiedBy: { id: coordinator.id },
    });
    const queue = queuePageSchema.parse(
      (await get(t.app, '/api/v1/liaison/cases?status=screening&limit=100', coordinator.cookie)).json(),
    );
    expect(queue.cases.find((row) => row.id === caseId)?.identityVerified).toBe(true);
    expect((await post(t.app, url, { method: 'phone' }, surgeon)).statusCode).toBe(403);
    expect(await patientTimelineTypes(caseId)).not.toContain('internal_note');
    const closed = await newCase('closed');
    const refused = await post(
      t.app,
      `/api/v1/liaison/cases/${closed}/identity-verified`,
      { method: 'phone' },
      coordinator.cookie,
    );
    expect(refused.json()).toMatchObject({ code: 'case_closed' });
  });
});

describe('secure messages', () => {
  it('go both ways, mail the other side without their text, and are marked read when opened', async () => {
    const caseId = await newCase('screening');
    const text = '胃カメラの結果も送った方がよいでしょうか。';
    const sent = await post(t.app, `/api/v1/cases/${caseId}/messages`, { body: text }, patient.cookie);
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ authorKind: 'patient', mine: true, readAt: null });
    // Nobody has worked on the case yet: every coordinator is told.
    const told = await lastMailTo(t.database.db, coordinator.email, 'new_message');
    expect(told?.textBody).toContain(`/liaison/cases/${caseId}#messages`);
    expect(told?.textBody).not.toContain('胃カメラ');

    const unread = queuePageSchema.parse(
      (await get(t.app, '/api/v1/liaison/cases?flags=unread_messages', coordinator.cookie)).json(),
    );
    expect(unread.cases.map((row) => row.id)).toContain(caseId);
    tick();
    const staffView = messageListSchema.parse(
      (await get(t.app, `/api/v1/liaison/cases/${caseId}/messages`, coordinator.cookie)).json(),
    );
    expect(staffView.messages).toMatchObject([{ body: text, mine: false, readAt: anyText }]);
    const after = queuePageSchema.parse(
      (await get(t.app, '/api/v1/liaison/cases?flags=unread_messages', coordinator.cookie)).json(),
    );
    expect(after.cases.map((row) => row.id)).not.toContain(caseId);

    tick();
    const reply = '念のため、結果の報告書をお送りください。';
    expect(
      (await post(t.app, `/api/v1/liaison/cases/${caseId}/messages`, { body: reply }, coordinator.cookie))
        .statusCode,
    ).toBe(201);
    const mail = await lastMailTo(t.database.db, patient.email, 'new_message');
    expect(mail?.textBody).toContain(`/applications/${caseId}#messages`);
    expect(mail?.textBody).not.toContain('報告書');
    const patientView = messageListSchema.parse(
      (await get(t.app, `/api/v1/cases/${caseId}/messages`, patient.cookie)).json(),
    );
    expect(patientView.messages).toMatchObject([
      { authorKind: 'patient', mine: true },
      { authorKind: 'staff', authorName: coordinator.name, mine: false, body: reply },
    ]);
    const stored = await t.database.db.select().from(caseMessages).where(eq(caseMessages.caseId, caseId));
    expect(stored.every((message) => message.readAt !== null)).toBe(true);

    // Now the coordinator has worked on the case: the next message goes to them, not to everyone.
    const other = await createUser(t.database.db, 'coordinator');
    tick();
    await post(t.app, `/api/v1/cases/${caseId}/messages`, { body: 'ありがとうございます' }, patient.cookie);
    expect(await mailsTo(t.database.db, other.user.email)).toHaveLength(0);
  });

  it('are for one’s own submitted cases, and the department’s doctors once it reviews the case', async () => {
    const draft = await newCase('draft');
    const closedToDraft = await post(t.app, `/api/v1/cases/${draft}/messages`, { body: 'x' }, patient.cookie);
    expect(closedToDraft.json()).toMatchObject({ code: 'messages_not_open' });
    const caseId = await newCase('department_review');
    const stranger = await signInFully(t, await createUser(t.database.db, 'patient'));
    expect((await get(t.app, `/api/v1/cases/${caseId}/messages`, stranger)).statusCode).toBe(404);
    expect((await get(t.app, `/api/v1/liaison/cases/${caseId}/messages`, geriatrician)).statusCode).toBe(404);
    expect((await get(t.app, `/api/v1/liaison/cases/${caseId}/messages`, surgeon)).statusCode).toBe(200);
    expect(
      (await post(t.app, `/api/v1/cases/${caseId}/messages`, { body: ' ' }, patient.cookie)).statusCode,
    ).toBe(400);
  });
});
