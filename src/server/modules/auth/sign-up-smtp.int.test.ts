import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRawMail } from '../../mail/testing/raw-mail.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/testing/smtp-test-server.js';
import { post, testPassword, tokenFromMail, uniqueEmail } from '../../testing/auth-helpers.js';
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
    const delivered = smtp.received.find((mail) => mail.to.includes(email));
    expect(delivered).toBeDefined();
    const parsed = parseRawMail(delivered?.raw ?? '');
    expect(parsed.text).toContain('http://localhost:3000/account/verify-email#token=');
    const verified = await post(t.app, '/api/v1/auth/verify-email', { token: tokenFromMail(parsed.text) });
    expect(verified.statusCode).toBe(204);
    expect((await post(t.app, '/api/v1/auth/sign-in', { email, password: testPassword })).statusCode).toBe(
      200,
    );
  });
});
