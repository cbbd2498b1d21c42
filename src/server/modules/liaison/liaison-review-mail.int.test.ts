import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, cases, sentMail, users } from '../../db/schema/index.js';
import { parseRawMail } from '../../mail/testing/raw-mail.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/testing/smtp-test-server.js';
import { createUser, post, signInFully } from '../../testing/auth-helpers.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { insertCase } from './testing/liaison-fixtures.js';

/**
 * Issue 7: when the centre sends a case to department review, each active doctor of the department is
 * mailed over SMTP, in their language, that a case waits in the console: no name, nothing medical.
 */

type Setup = { t: TestApp; smtp: TestSmtpServer; coordinator: string; patientId: string };

async function setUp(options: { rejectRecipients?: boolean } = {}): Promise<Setup> {
  const smtp = await startTestSmtpServer(options);
  const t = await createTestApp({ config: { smtpUrl: smtp.url } });
  const coordinator = await signInFully(t, await createUser(t.database.db, 'coordinator', { totp: true }));
  const patientId = (await createUser(t.database.db, 'patient')).user.id;
  return { t, smtp, coordinator, patientId };
}

const sendToReview = (setup: Setup, caseId: string) =>
  post(setup.t.app, `/api/v1/liaison/cases/${caseId}/commands/sendToDepartmentReview`, {}, setup.coordinator);

const doctor = async (t: TestApp, department: string, locale: 'ja' | 'en' = 'ja') => {
  const account = await createUser(t.database.db, 'doctor', { departments: [department] });
  if (locale === 'en') await t.database.db.update(users).set({ locale }).where(eq(users.id, account.user.id));
  return account.user;
};

describe('mail to the department when a case is sent for review', () => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await setUp();
  }, 120_000);
  afterAll(async () => {
    await setup?.t.close();
    await setup?.smtp.close();
  });

  it('reaches each active doctor of the department in their language, with the console link only', async () => {
    const { t, smtp } = setup;
    const japanese = await doctor(t, 'cardiology');
    const english = await doctor(t, 'cardiology', 'en');
    const disabled = await doctor(t, 'cardiology');
    await t.database.db.update(users).set({ status: 'disabled' }).where(eq(users.id, disabled.id));
    const elsewhere = await doctor(t, 'geriatrics');
    const caseId = await insertCase(t.database.db, {
      patientUserId: setup.patientId,
      status: 'screening',
      departmentCode: 'cardiology',
    });

    const sent = await sendToReview(setup, caseId);
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'department_review', patientNotified: false });

    const deliveredTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));
    expect(deliveredTo(disabled.email)).toEqual([]);
    expect(deliveredTo(elsewhere.email)).toEqual([]);
    const [ja] = deliveredTo(japanese.email).map((mail) => parseRawMail(mail.raw));
    const [en] = deliveredTo(english.email).map((mail) => parseRawMail(mail.raw));
    const link = `${t.config.publicUrl}/liaison/cases/${caseId}`;
    expect(ja?.text).toContain('検討をお願いする相談が届きました');
    expect(ja?.text.split('\n')).toContain(link);
    expect(en?.text).toContain('sent a case');
    expect(en?.text.split('\n')).toContain(link);
    // No patient name, no condition, no case number.
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    for (const mail of [ja, en]) {
      for (const secret of ['山田', '太郎', 'ヤマダ', 'gastric', '胃', row?.caseNumber ?? 'no number']) {
        expect(mail?.text).not.toContain(secret);
        expect(mail?.headers.get('subject') ?? '').not.toContain(secret);
      }
    }
  });
});

describe('a relay that refuses the department’s mail', () => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await setUp({ rejectRecipients: true });
  }, 120_000);
  afterAll(async () => {
    await setup?.t.close();
    await setup?.smtp.close();
  });

  it('does not undo the command; sent_mail keeps the failure', async () => {
    const { t } = setup;
    const surgeon = await doctor(t, 'general_surgery');
    const caseId = await insertCase(t.database.db, { patientUserId: setup.patientId, status: 'screening' });

    const sent = await sendToReview(setup, caseId);
    expect(sent.statusCode).toBe(200);
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(row?.status).toBe('department_review');
    const events = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    expect(events).toMatchObject([{ type: 'sendToDepartmentReview' }]);
    const [mail] = await t.database.db.select().from(sentMail).where(eq(sentMail.toAddress, surgeon.email));
    expect(mail).toMatchObject({ template: 'review_requested', transport: 'smtp', sentAt: null });
    expect(mail?.error).toMatch(/EENVELOPE/);
  });
});
