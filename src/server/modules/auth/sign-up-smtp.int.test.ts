import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findUserByEmail } from './user.repository.js';
import { parseRawMail } from '../../mail/testing/raw-mail.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/testing/smtp-test-server.js';
import { mailsTo, post, testPassword, tokenFromMail, uniqueEmail } from '../../testing/auth-helpers.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

describe('sign-up over a real SMTP server (R-ACC-01)', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createTestApp({ config: { smtpUrl: smtp.url } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('R-ACC-01 delivers the verification mail by SMTP, and its link verifies the address', async () => {
    const email = uniqueEmail('smtp');
    const response = await post(t.app, '/api/v1/auth/sign-up', {
      email,
      password: testPassword,
      displayName: '佐藤 一郎',
      locale: 'en',
    });
    expect(response.statusCode).toBe(202);
    // Delivered after the answer (an answer must not take longer when a mail goes out).
    const delivered = await vi.waitFor(() => {
      const mail = smtp.received.find((candidate) => candidate.to.includes(email));
      if (!mail) throw new Error('not delivered yet');
      return mail;
    });
    const parsed = parseRawMail(delivered?.raw ?? '');
    expect(parsed.text).toContain('http://localhost:3000/account/verify-email#token=');
    const verified = await post(t.app, '/api/v1/auth/verify-email', { token: tokenFromMail(parsed.text) });
    expect(verified.statusCode).toBe(204);
    expect((await post(t.app, '/api/v1/auth/sign-in', { email, password: testPassword })).statusCode).toBe(
      200,
    );
  });

  it('answers a sign-up and a password reset the same when the relay is down; the account stands', async () => {
    const gone = await startTestSmtpServer();
    await gone.close();
    const down = await createTestApp({ config: { smtpUrl: gone.url } });
    try {
      const email = uniqueEmail('relay-down');
      const signUp = await post(down.app, '/api/v1/auth/sign-up', {
        email,
        password: testPassword,
        displayName: '佐藤 一郎',
        locale: 'ja',
      });
      expect(signUp.statusCode).toBe(202);
      const reset = await post(down.app, '/api/v1/auth/password-reset', { email });
      expect(reset.statusCode).toBe(202);
      // The account stands; the attempt is on record with the relay's error; the sender can ask again.
      expect(await findUserByEmail(down.database.db, email)).toMatchObject({ email, emailVerifiedAt: null });
      await vi.waitFor(async () => {
        const mails = await mailsTo(down.database.db, email);
        expect(mails.map((mail) => mail.template).sort()).toEqual(['reset_password', 'verify_email']);
        for (const mail of mails) expect(mail.error).toMatch(/ECONNREFUSED/);
      });
    } finally {
      await down.close();
    }
  });
});
