import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meSchema } from '../../../shared/contracts/auth.js';
import { liaisonCaseViewSchema, specialistListSchema } from '../../../shared/contracts/liaison.js';
import { users } from '../../db/schema/index.js';
import { sessionCookieName } from '../../plugins/auth.js';
import { createUser, get, post, signInFully, testOrigin } from '../../testing/auth-helpers.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { insertCase } from './testing/liaison-fixtures.js';

/** Issue 7: naming the specialist on acceptance, the applicant's address for coordinators, /me's console ability. */

let t: TestApp;
let patient: { id: string; email: string; cookie: string };
let coordinator: string;
let surgeon: { id: string; cookie: string };
let geriatrician: string;
const colleagues: Record<'active' | 'disabled' | 'coordinatorInDepartment', string> = {
  active: '',
  disabled: '',
  coordinatorInDepartment: '',
};

// Accounts (argon2) and a fresh database take long on a busy shared machine: a longer hook timeout.
beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const account = await createUser(db, 'patient');
  patient = { id: account.user.id, email: account.user.email, cookie: await signInFully(t, account) };
  coordinator = await signInFully(t, await createUser(db, 'coordinator', { totp: true }));
  const surgeonAccount = await createUser(db, 'doctor', { totp: true, departments: ['general_surgery'] });
  surgeon = { id: surgeonAccount.user.id, cookie: await signInFully(t, surgeonAccount) };
  geriatrician = await signInFully(
    t,
    await createUser(db, 'doctor', { totp: true, departments: ['geriatrics'] }),
  );
  colleagues.active = (await createUser(db, 'doctor', { departments: ['general_surgery'] })).user.id;
  const disabled = await createUser(db, 'doctor', { departments: ['general_surgery'] });
  await db.update(users).set({ status: 'disabled' }).where(eq(users.id, disabled.user.id));
  colleagues.disabled = disabled.user.id;
  colleagues.coordinatorInDepartment = (await createUser(db, 'coordinator')).user.id;
}, 120_000);
afterAll(() => t?.close());

const specialistsOf = (caseId: string, cookie: string) =>
  get(t.app, `/api/v1/liaison/cases/${caseId}/specialists`, cookie);

const accept = (caseId: string, body: unknown, locale: 'ja' | 'en' = 'ja') =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/liaison/cases/${caseId}/commands/accept`,
    headers: { origin: testOrigin, 'content-type': 'application/json', 'accept-language': locale },
    cookies: { [sessionCookieName]: surgeon.cookie },
    payload: JSON.stringify(body),
  });

describe('the specialists a case may be given', () => {
  it('lists the active doctors of the case’s department, to the doctors who may accept', async () => {
    const caseId = await insertCase(t.database.db, {
      patientUserId: patient.id,
      status: 'department_review',
    });
    const response = await specialistsOf(caseId, surgeon.cookie);
    expect(response.statusCode).toBe(200);
    const ids = specialistListSchema.parse(response.json()).specialists.map((doctor) => doctor.id);
    expect(ids).toContain(surgeon.id);
    expect(ids).toContain(colleagues.active);
    expect(ids).not.toContain(colleagues.disabled);
    expect(ids).not.toContain(colleagues.coordinatorInDepartment);
  });

  it('is not found for a doctor of another department or before review, and not for other roles', async () => {
    const review = await insertCase(t.database.db, {
      patientUserId: patient.id,
      status: 'department_review',
    });
    expect((await specialistsOf(review, geriatrician)).statusCode).toBe(404);
    const screening = await insertCase(t.database.db, { patientUserId: patient.id, status: 'screening' });
    expect((await specialistsOf(screening, surgeon.cookie)).statusCode).toBe(404);
    expect((await specialistsOf(review, coordinator)).statusCode).toBe(403);
    expect((await specialistsOf(review, patient.cookie)).statusCode).toBe(403);
  });

  it('refuses to name a disabled doctor, with the field’s error in the caller’s language', async () => {
    const caseId = await insertCase(t.database.db, {
      patientUserId: patient.id,
      status: 'department_review',
    });
    const refused = await accept(caseId, { specialistUserId: colleagues.disabled }, 'en');
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      errors: [{ field: 'specialistUserId', message: 'Choose a doctor of this department' }],
    });
    const japanese = await accept(caseId, { specialistUserId: colleagues.coordinatorInDepartment });
    expect(japanese.json()).toMatchObject({
      errors: [{ field: 'specialistUserId', message: 'この診療科の医師を選んでください' }],
    });
    const named = await accept(caseId, { specialistUserId: colleagues.active });
    expect(named.statusCode).toBe(200);
    const view = liaisonCaseViewSchema.parse(
      (await get(t.app, `/api/v1/liaison/cases/${caseId}`, coordinator)).json(),
    );
    expect(view.specialist?.id).toBe(colleagues.active);
  });
});

describe('the applicant’s contact address', () => {
  it('is shown to coordinators and not to doctors', async () => {
    const caseId = await insertCase(t.database.db, {
      patientUserId: patient.id,
      status: 'department_review',
    });
    const forCoordinator = liaisonCaseViewSchema.parse(
      (await get(t.app, `/api/v1/liaison/cases/${caseId}`, coordinator)).json(),
    );
    expect(forCoordinator.applicantEmail).toBe(patient.email);
    const forDoctor = liaisonCaseViewSchema.parse(
      (await get(t.app, `/api/v1/liaison/cases/${caseId}`, surgeon.cookie)).json(),
    );
    expect(forDoctor.applicantEmail).toBeNull();
  });
});

describe('/me', () => {
  it('opens the console to coordinators and doctors, not to patients', async () => {
    const abilityOf = async (cookie: string) =>
      meSchema.parse((await get(t.app, '/api/v1/me', cookie)).json()).abilities.useLiaisonConsole;
    expect(await abilityOf(coordinator)).toBe(true);
    expect(await abilityOf(surgeon.cookie)).toBe(true);
    expect(await abilityOf(patient.cookie)).toBe(false);
    // Still refused by the server itself: the ability only shows the way.
    expect(
      (await post(t.app, '/api/v1/liaison/cases/search', { text: '山田' }, patient.cookie)).statusCode,
    ).toBe(403);
  });
});
