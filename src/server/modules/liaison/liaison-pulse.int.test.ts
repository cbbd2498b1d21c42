import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casePulseSchema, liaisonCaseViewSchema } from '../../../shared/contracts/liaison.js';
import { auditEvents } from '../../db/schema/index.js';
import { createUser, get, post, signInFully } from '../../testing/auth-helpers.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { insertCase } from './testing/liaison-fixtures.js';

/** Issue 7: "the coordinator sees the answer at once" — a console left open asks the case's pulse. */

let t: TestApp;
let patient: { id: string; cookie: string };
let coordinator: string;
let geriatrician: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const account = await createUser(db, 'patient');
  patient = { id: account.user.id, cookie: await signInFully(t, account) };
  coordinator = await signInFully(t, await createUser(db, 'coordinator', { totp: true }));
  geriatrician = await signInFully(
    t,
    await createUser(db, 'doctor', { totp: true, departments: ['geriatrics'] }),
  );
}, 120_000);
afterAll(() => t?.close());

const pulseOf = async (caseId: string, cookie: string) => {
  const response = await get(t.app, `/api/v1/liaison/cases/${caseId}/pulse`, cookie);
  expect(response.statusCode).toBe(200);
  return casePulseSchema.parse(response.json());
};

const auditCount = async () => (await t.database.db.select({ n: count() }).from(auditEvents))[0]?.n ?? 0;

describe('the pulse of a case', () => {
  it('changes with each event and message, and matches the view read just before', async () => {
    const caseId = await insertCase(t.database.db, { patientUserId: patient.id, status: 'submitted' });
    const view = liaisonCaseViewSchema.parse(
      (await get(t.app, `/api/v1/liaison/cases/${caseId}`, coordinator)).json(),
    );
    const first = await pulseOf(caseId, coordinator);
    expect(first).toEqual(view.pulse);
    expect(first.status).toBe('submitted');

    const started = await post(
      t.app,
      `/api/v1/liaison/cases/${caseId}/commands/startScreening`,
      {},
      coordinator,
    );
    expect(started.statusCode).toBe(200);
    const afterCommand = await pulseOf(caseId, coordinator);
    expect(afterCommand).toMatchObject({ status: 'screening', messages: first.messages });
    expect(afterCommand.events).toBeGreaterThan(first.events);

    const written = await post(
      t.app,
      `/api/v1/cases/${caseId}/messages`,
      { body: '資料はいつ届きますか' },
      patient.cookie,
    );
    expect(written.statusCode).toBe(201);
    expect(await pulseOf(caseId, coordinator)).toEqual({
      ...afterCommand,
      messages: afterCommand.messages + 1,
    });
  });

  it('is not audited (no patient data), yet follows the case’s visibility', async () => {
    const caseId = await insertCase(t.database.db, { patientUserId: patient.id, status: 'screening' });
    const before = await auditCount();
    await pulseOf(caseId, coordinator);
    expect(await auditCount()).toBe(before);

    // Doctors see their departments' cases in review only; patients have no console.
    const hidden = await get(t.app, `/api/v1/liaison/cases/${caseId}/pulse`, geriatrician);
    expect(hidden.statusCode).toBe(404);
    const patientAsks = await get(t.app, `/api/v1/liaison/cases/${caseId}/pulse`, patient.cookie);
    expect(patientAsks.statusCode).toBe(403);
  });
});
