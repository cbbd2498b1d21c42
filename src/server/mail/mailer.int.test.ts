import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../clock.js';
import type { DatabaseHandle } from '../db/client.js';
import { sentMail } from '../db/schema/index.js';
import { createTestDatabase } from '../testing/test-database.js';
import { brandFor, renderMail } from './mail-templates.js';
import { createMailer, MailDeliveryError, type Mailer } from './mailer.js';
import { sampleData, testProfile } from './testing/mail-fixtures.js';
import { parseRawMail } from './testing/raw-mail.js';
import { startTestSmtpServer, type TestSmtpServer } from './testing/smtp-test-server.js';

const mailFrom = 'Consilium <no-reply@consilium.test>';
const sentAt = '2026-12-01T01:00:00.000Z';

describe('mailer', () => {
  let database: DatabaseHandle;
  let relay: TestSmtpServer;
  let refusingRelay: TestSmtpServer;
  const clock = fixedClock(sentAt);
  const mailerFor = (smtpUrl: string | undefined): Mailer =>
    createMailer({
      db: database.db,
      config: { smtpUrl, mailFrom },
      clock,
      profile: () => Promise.resolve(testProfile),
    });
  const rowsTo = (to: string) => database.db.select().from(sentMail).where(eq(sentMail.toAddress, to));
  const deliveryFailure = async (sending: Promise<void>): Promise<MailDeliveryError> => {
    const outcome = await sending.then(
      () => undefined,
      (error: unknown) => error,
    );
    if (outcome instanceof MailDeliveryError) return outcome;
    throw new Error(`expected a MailDeliveryError, got ${String(outcome)}`);
  };

  beforeAll(async () => {
    [database, relay, refusingRelay] = await Promise.all([
      createTestDatabase(),
      startTestSmtpServer(),
      startTestSmtpServer({ rejectRecipients: true }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([relay.close(), refusingRelay.close()]);
    await database.close();
  });

  it('delivers a Japanese mail over SMTP and records when the relay accepted it', async () => {
    const to = 'hanako@example.jp';
    await mailerFor(relay.url).send({
      to,
      template: 'verify_email',
      locale: 'ja',
      data: sampleData.verify_email,
    });

    const arrived = relay.received.filter((mail) => mail.to.includes(to));
    expect(arrived).toHaveLength(1);
    expect(arrived[0]?.from).toBe('no-reply@consilium.test');
    const { headers, text } = parseRawMail(arrived[0]?.raw ?? '');
    const expected = renderMail('verify_email', 'ja', sampleData.verify_email, brandFor(testProfile, 'ja'));
    expect(headers.get('to')).toBe(to);
    expect(headers.get('from')).toBe(mailFrom);
    expect(headers.get('subject')).toBe(expected.subject);
    expect(headers.get('subject')).toBe('【遠隔セカンドオピニオン相談】メールアドレスの確認のお願い');
    expect(headers.get('content-language')).toBe('ja');
    expect(headers.get('auto-submitted')).toBe('auto-generated');
    expect(text.trimEnd()).toBe(expected.text.trimEnd());
    expect(text).toContain(sampleData.verify_email.link);
    expect(text).toContain('このリンクの有効期限は24時間です。');

    const rows = await rowsTo(to);
    expect(rows).toEqual([
      expect.objectContaining({
        transport: 'smtp',
        template: 'verify_email',
        locale: 'ja',
        subject: expected.subject,
        // The delivered mail has the link; the stored copy does not (tokens are kept only as hashes).
        textBody: expected.text.replace(sampleData.verify_email.link, '[link]'),
        sentAt: new Date(sentAt),
        error: null,
      }),
    ]);
    expect(rows[0]?.textBody).not.toContain('http');
  });

  it('delivers the English version of a mail in English', async () => {
    const to = 'john@example.com';
    await mailerFor(relay.url).send({
      to,
      template: 'reset_password',
      locale: 'en',
      data: sampleData.reset_password,
    });

    const arrived = relay.received.filter((mail) => mail.to.includes(to));
    expect(arrived).toHaveLength(1);
    const { headers, text } = parseRawMail(arrived[0]?.raw ?? '');
    expect(headers.get('subject')).toBe('[Remote Second Opinion Clinic] Resetting your password');
    expect(headers.get('content-language')).toBe('en');
    expect(text).toContain(sampleData.reset_password.link);
    expect(text).toContain('Your password is unchanged.');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'This address cannot receive replies. Please do not reply to this e-mail.',
    );
    expect(await rowsTo(to)).toEqual([
      expect.objectContaining({ transport: 'smtp', locale: 'en', error: null }),
    ]);
  });

  it('rejects with a MailDeliveryError that names no address when the relay refuses the recipient, and records the error', async () => {
    const to = 'refused@example.jp';
    const error = await deliveryFailure(
      mailerFor(refusingRelay.url).send({ to, template: 'password_changed', locale: 'ja', data: {} }),
    );

    expect(error).toMatchObject({ code: 'EENVELOPE', responseCode: 550, permanent: true });
    expect(error.message).not.toContain(to);
    expect(refusingRelay.received).toHaveLength(0);

    const [row] = await rowsTo(to);
    expect(row).toMatchObject({ id: error.mailId, transport: 'smtp', sentAt: null });
    expect(row?.error).toMatch(/EENVELOPE/);
  });

  it('rejects with a MailDeliveryError when no relay listens, and records the error', async () => {
    const gone = await startTestSmtpServer();
    await gone.close();
    const to = 'unreachable@example.jp';
    const error = await deliveryFailure(
      mailerFor(gone.url).send({ to, template: 'new_message', locale: 'en', data: sampleData.new_message }),
    );

    expect(error).toMatchObject({ code: 'ESOCKET', permanent: false });
    expect(error.message).not.toContain(to);
    const [row] = await rowsTo(to);
    expect(row).toMatchObject({ id: error.mailId, sentAt: null });
    expect(row?.error).toMatch(/ECONNREFUSED/);
  });

  it('sendLater records the mail at once and delivers it after the caller went on', async () => {
    const to = 'later@example.jp';
    const mailer = mailerFor(relay.url);
    await mailer.sendLater({ to, template: 'verify_email', locale: 'ja', data: sampleData.verify_email });
    expect(await rowsTo(to)).toEqual([
      expect.objectContaining({ transport: 'smtp', template: 'verify_email' }),
    ]);

    await mailer.drain();
    expect(relay.received.filter((mail) => mail.to.includes(to))).toHaveLength(1);
    expect((await rowsTo(to))[0]).toMatchObject({ sentAt: new Date(sentAt), error: null });
  });

  it('sendLater tries again after a temporary refusal, and gives up at once on a permanent one', async () => {
    const busyRelay = await startTestSmtpServer({ deferRecipients: 1 });
    const givenUp: unknown[] = [];
    const mailer = (url: string) =>
      createMailer({
        db: database.db,
        config: { smtpUrl: url, mailFrom },
        clock,
        profile: () => Promise.resolve(testProfile),
        retryDelaysMs: [20, 20],
        onGivenUp: (error) => givenUp.push(error),
      });
    try {
      const to = 'busy@example.jp';
      await mailer(busyRelay.url).sendLater({ to, template: 'password_changed', locale: 'ja', data: {} });
      await vi.waitFor(() => expect(busyRelay.received).toHaveLength(1));
      await vi.waitFor(async () => expect((await rowsTo(to))[0]).toMatchObject({ error: null }));

      const refused = 'refused-later@example.jp';
      const refusing = mailer(refusingRelay.url);
      await refusing.sendLater({ to: refused, template: 'password_changed', locale: 'ja', data: {} });
      await refusing.drain();
      expect(givenUp).toEqual([expect.objectContaining({ code: 'EENVELOPE', permanent: true })]);
      expect((await rowsTo(refused))[0]?.error).toMatch(/EENVELOPE/);
    } finally {
      await busyRelay.close();
    }
  });

  it('without an SMTP URL keeps the mail in the database mailbox and opens no connection', async () => {
    const to = 'mailbox@example.jp';
    const connectionsBefore = relay.connections() + refusingRelay.connections();
    await mailerFor(undefined).send({
      to,
      template: 'case_event',
      locale: 'ja',
      data: sampleData.case_event,
    });

    expect(relay.connections() + refusingRelay.connections()).toBe(connectionsBefore);
    const expected = renderMail('case_event', 'ja', sampleData.case_event, brandFor(testProfile, 'ja'));
    expect(await rowsTo(to)).toEqual([
      expect.objectContaining({
        transport: 'database',
        template: 'case_event',
        subject: expected.subject,
        textBody: expected.text,
        createdAt: new Date(sentAt),
        sentAt: new Date(sentAt),
        error: null,
      }),
    ]);
  });
});
