import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseStatusViewSchema } from '../../../shared/contracts/cases.js';
import { liaisonCommands, type LiaisonCommand } from '../../../shared/contracts/liaison.js';
import {
  applyCaseCommand,
  caseCommandRules,
  caseStatuses,
  type CaseStatus,
} from '../../../shared/domain/case-status.js';
import { auditEvents, caseEvents, cases, users } from '../../db/schema/index.js';
import { createUser, get, lastMailTo, post, signInFully } from '../../testing/auth-helpers.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { sessionCookieName } from '../../plugins/auth.js';
import { doctorQueueStatuses } from './liaison-scope.js';
import { insertCase } from './testing/liaison-fixtures.js';

/** Issue "liaison console" §3: every command, checked by the state machine for the caller's role. */

let t: TestApp;
let patientId: string;
let patientCookie: string;
const staff: Record<'coordinator' | 'surgeon' | 'geriatrician', { cookie: string; id: string }> = {
  coordinator: { cookie: '', id: '' },
  surgeon: { cookie: '', id: '' },
  geriatrician: { cookie: '', id: '' },
};

// Accounts (argon2) and a fresh database take long on a busy shared machine: a longer hook timeout.
beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const patient = await createUser(db, 'patient');
  patientId = patient.user.id;
  patientCookie = await signInFully(t, patient);
  const accounts = {
    coordinator: await createUser(db, 'coordinator', { totp: true }),
    surgeon: await createUser(db, 'doctor', { totp: true, departments: ['general_surgery'] }),
    geriatrician: await createUser(db, 'doctor', { totp: true, departments: ['geriatrics'] }),
  };
  for (const [name, account] of Object.entries(accounts)) {
    staff[name as keyof typeof staff] = { cookie: await signInFully(t, account), id: account.user.id };
  }
}, 120_000);
afterAll(() => t?.close());

/** A patient of their own: the test clock stands still, so "the newest mail" needs a fresh address. */
async function freshPatient(locale: 'ja' | 'en' = 'ja') {
  const account = await createUser(t.database.db, 'patient');
  if (locale === 'en') await t.database.db.update(users).set({ locale }).where(eq(users.id, account.user.id));
  return { id: account.user.id, email: account.user.email, cookie: await signInFully(t, account) };
}

const bodies: Record<LiaisonCommand, Record<string, unknown>> = {
  startScreening: {},
  requestInformation: { items: ['REFERRAL_LETTER'], message: '紹介状の原本をお送りください。' },
  provideInformation: { channel: 'post' },
  sendToDepartmentReview: {},
  accept: {},
  decline: { reasonCode: 'outside_scope', message: 'ご期待に沿えず申し訳ありません。' },
  withdraw: {},
};

const command = (caseId: string, name: LiaisonCommand, cookie: string, body: unknown = bodies[name]) =>
  post(t.app, `/api/v1/liaison/cases/${caseId}/commands/${name}`, body, cookie);

const statusOf = async (caseId: string) =>
  (await t.database.db.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId)))[0]?.status;

/** What the console must answer: route roles, then who may see the case, then the state machine. */
function expectedAnswer(name: LiaisonCommand, status: CaseStatus, who: keyof typeof staff): number {
  const role = who === 'coordinator' ? 'coordinator' : 'doctor';
  if (!caseCommandRules[name].roles.includes(role)) return 403;
  const sees =
    who === 'coordinator' ? status !== 'draft' : who === 'surgeon' && doctorQueueStatuses.includes(status);
  if (!sees) return 404;
  return applyCaseCommand(status, name, role).ok ? 200 : 409;
}

describe('console commands', () => {
  it('answer every command × status × role as the state machine says, and change only what they may', async () => {
    const outcomes: string[] = [];
    for (const name of liaisonCommands) {
      for (const status of caseStatuses) {
        for (const who of ['coordinator', 'surgeon', 'geriatrician'] as const) {
          const caseId = await insertCase(t.database.db, { patientUserId: patientId, status });
          const response = await command(caseId, name, staff[who].cookie);
          const expected = expectedAnswer(name, status, who);
          const label = `${who} ${name} from ${status}`;
          expect(response.statusCode, `${label}: ${response.body}`).toBe(expected);
          outcomes.push(`${label} → ${response.statusCode}`);
          const events = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
          if (expected === 200) {
            const to = caseCommandRules[name].to;
            expect(response.json()).toMatchObject({ status: to });
            expect(await statusOf(caseId), label).toBe(to);
            expect(events, label).toMatchObject([{ type: name, fromStatus: status, toStatus: to }]);
            const audited = await t.database.db
              .select()
              .from(auditEvents)
              .where(and(eq(auditEvents.targetId, caseId), eq(auditEvents.actorUserId, staff[who].id)));
            expect(
              audited.map((event) => event.action),
              label,
            ).toContain(`case.${name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`);
          } else {
            expect(await statusOf(caseId), label).toBe(status);
            expect(events, label).toEqual([]);
          }
          if (expected === 409) expect(response.json()).toMatchObject({ code: 'illegal_transition', status });
        }
      }
    }
    // Every kind of answer occurs, so the table proves each branch.
    for (const code of [200, 403, 404, 409]) expect(outcomes.some((o) => o.endsWith(`→ ${code}`))).toBe(true);
  }, 300_000);

  it('are not for patients, and a case of another department is not found', async () => {
    const caseId = await insertCase(t.database.db, { patientUserId: patientId, status: 'submitted' });
    expect((await command(caseId, 'startScreening', patientCookie)).statusCode).toBe(403);
    const review = await insertCase(t.database.db, { patientUserId: patientId, status: 'department_review' });
    expect((await command(review, 'accept', staff.geriatrician.cookie)).statusCode).toBe(404);
  });

  it('take no body where none is needed, and refuse malformed bodies naming the field', async () => {
    const caseId = await insertCase(t.database.db, { patientUserId: patientId, status: 'submitted' });
    const url = (name: LiaisonCommand) => `/api/v1/liaison/cases/${caseId}/commands/${name}`;
    const noBody = await post(t.app, url('startScreening'), undefined, staff.coordinator.cookie);
    expect(noBody.statusCode).toBe(200);
    const bare = await post(t.app, url('requestInformation'), undefined, staff.coordinator.cookie);
    expect(bare.statusCode).toBe(400);
    const missing = bare.json<{ errors: { field: string }[] }>().errors.map((error) => error.field);
    expect(missing.sort()).toEqual(['items', 'message']);
    const filledOnline = await command(caseId, 'requestInformation', staff.coordinator.cookie, {
      items: ['APPLICATION_FORM'],
      message: 'x',
    });
    expect(filledOnline.statusCode).toBe(400);
    expect(filledOnline.json()).toMatchObject({ errors: [{ field: 'items.0' }] });
    const noMessage = await command(caseId, 'decline', staff.coordinator.cookie, { reasonCode: 'other' });
    expect(noMessage.json()).toMatchObject({ errors: [{ field: 'message', code: 'required' }] });
    const unknown = await command(caseId, 'decline', staff.coordinator.cookie, {
      reasonCode: 'rude',
      message: 'x',
    });
    expect(unknown.json()).toMatchObject({ errors: [{ field: 'reasonCode', code: 'one_of' }] });
    expect(await statusOf(caseId)).toBe('screening');
  });

  it('let one of two simultaneous commands win and refuse the other (row lock)', async () => {
    const caseId = await insertCase(t.database.db, { patientUserId: patientId, status: 'submitted' });
    const answers = await Promise.all([
      command(caseId, 'startScreening', staff.coordinator.cookie),
      command(caseId, 'startScreening', staff.coordinator.cookie),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    const events = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    expect(events).toHaveLength(1);
  });

  it('accept names a specialist of the department only', async () => {
    const patient = await freshPatient();
    const caseId = await insertCase(t.database.db, {
      patientUserId: patient.id,
      status: 'department_review',
    });
    const wrong = await command(caseId, 'accept', staff.surgeon.cookie, {
      specialistUserId: staff.geriatrician.id,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ errors: [{ field: 'specialistUserId' }] });
    const colleague = await createUser(t.database.db, 'doctor', { departments: ['general_surgery'] });
    const accepted = await command(caseId, 'accept', staff.surgeon.cookie, {
      specialistUserId: colleague.user.id,
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', patientNotified: true });
    const view = await get(t.app, `/api/v1/liaison/cases/${caseId}`, staff.coordinator.cookie);
    expect(view.json()).toMatchObject({ specialist: { id: colleague.user.id } });
    const mail = await lastMailTo(t.database.db, patient.email, 'case_event');
    expect(mail?.textBody).toContain('ご相談をお受けすることになりました');
  });

  it('decline tells the applicant in their language, on the status page and (without detail) by mail', async () => {
    const patient = await freshPatient('en');
    const caseId = await insertCase(t.database.db, { patientUserId: patient.id, status: 'screening' });
    const declined = await command(caseId, 'decline', staff.coordinator.cookie, {
      reasonCode: 'no_specialist',
      message: 'Please ask your physician about another hospital.',
    });
    expect(declined.json()).toMatchObject({ status: 'declined', patientNotified: true, commands: [] });
    const mail = await lastMailTo(t.database.db, patient.email, 'case_event');
    expect(mail?.locale).toBe('en');
    expect(mail?.textBody).toContain('The result of the review of your application is ready');
    expect(mail?.textBody).not.toContain('another hospital');
    const status = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${caseId}/status`,
      headers: { 'accept-language': 'en' },
      cookies: { [sessionCookieName]: patient.cookie },
    });
    const view = caseStatusViewSchema.parse(status.json());
    const note = view.timeline.find((entry) => entry.type === 'decline')?.note;
    expect(note).toContain('We have no specialist for this field.');
    expect(note).toContain('Please ask your physician about another hospital.');
  });

  it('withdraw by the centre (phoned in) is recorded with its channel and mailed to the applicant', async () => {
    const patient = await freshPatient();
    const caseId = await insertCase(t.database.db, { patientUserId: patient.id, status: 'scheduling' });
    const withdrawn = await command(caseId, 'withdraw', staff.coordinator.cookie, {});
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', patientNotified: true });
    const [event] = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    expect(event).toMatchObject({ actorKind: 'coordinator', details: { channel: 'phone' } });
    expect((await lastMailTo(t.database.db, patient.email, 'case_event'))?.textBody).toContain(
      'お申し込みの取り下げを承りました',
    );
  });
});
