import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meSchema } from '../../../shared/contracts/auth.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  createUser,
  get,
  lastMailTo,
  mailsTo,
  post,
  sessionCookieOf,
  testPassword,
  tokenFromMail,
  uniqueEmail,
} from '../../testing/auth-helpers.js';
import { verifyAuditChain } from '../audit/audit.verify.js';

describe('patient accounts (R-ACC-01, R-ACC-02)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function signUp(email: string, password = testPassword) {
    return post(t.app, '/api/v1/auth/sign-up', { email, password, displayName: '山田 花子', locale: 'ja' });
  }

  it('R-ACC-01 signs up, verifies the e-mail by the mailed link, then signs in as the patient', async () => {
    const email = uniqueEmail('Patient');
    expect((await signUp(email.toUpperCase())).statusCode).toBe(202);
    const mail = await lastMailTo(t.database.db, email.toLowerCase());
    expect(mail?.template).toBe('verify_email');
    expect(mail?.subject).toMatch(/[ぁ-んァ-ン一-龥]/);

    const before = await post(t.app, '/api/v1/auth/sign-in', { email, password: testPassword });
    expect(before.statusCode).toBe(403);
    expect(before.json()).toMatchObject({ type: 'urn:consilium:problem:email-not-verified' });

    const verified = await post(t.app, '/api/v1/auth/verify-email', {
      token: tokenFromMail(mail?.textBody ?? ''),
    });
    expect(verified.statusCode).toBe(204);
    const signedIn = await post(t.app, '/api/v1/auth/sign-in', { email, password: testPassword });
    expect(signedIn.statusCode).toBe(200);
    const me = meSchema.parse(signedIn.json());
    expect(me).toMatchObject({
      state: 'signed_in',
      user: { role: 'patient', emailVerified: true, displayName: '山田 花子' },
    });
    expect(me.abilities).toEqual({
      manageUsers: false,
      viewAuditTrail: false,
      accessPatientData: true,
      useLiaisonConsole: false,
    });
    const cookie = signedIn.cookies.find((c) => c.name === '__Host-consilium_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
  });

  it('refuses a reused or expired verification link', async () => {
    const email = uniqueEmail('reuse');
    await signUp(email);
    const token = tokenFromMail((await lastMailTo(t.database.db, email))?.textBody ?? '');
    expect((await post(t.app, '/api/v1/auth/verify-email', { token })).statusCode).toBe(204);
    const again = await post(t.app, '/api/v1/auth/verify-email', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ type: 'urn:consilium:problem:invalid-link' });

    const late = uniqueEmail('late');
    await signUp(late);
    const lateToken = tokenFromMail((await lastMailTo(t.database.db, late))?.textBody ?? '');
    const now = t.clock.now();
    t.clock.set(new Date(now.getTime() + 25 * 3_600_000));
    expect((await post(t.app, '/api/v1/auth/verify-email', { token: lateToken })).statusCode).toBe(400);
    t.clock.set(now);
  });

  it('R-ACC-01 answers sign-up alike for a taken address and keeps one account per address', async () => {
    const { user } = await createUser(t.database.db, 'patient');
    const response = await signUp(user.email);
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ status: 'accepted' });
  });

  it('R-ACC-01 does not let a stranger who signed up an address first keep their password', async () => {
    const email = uniqueEmail('victim');
    await signUp(email, 'stranger chose this one');
    const now = t.clock.now();
    t.clock.set(new Date(now.getTime() + 61_000));
    await signUp(email, 'the real owner passphrase');
    const link = await lastMailTo(t.database.db, email, 'verify_email');
    expect(
      (await post(t.app, '/api/v1/auth/verify-email', { token: tokenFromMail(link?.textBody ?? '') }))
        .statusCode,
    ).toBe(204);
    expect(
      (await post(t.app, '/api/v1/auth/sign-in', { email, password: 'stranger chose this one' })).statusCode,
    ).toBe(400);
    expect(
      (await post(t.app, '/api/v1/auth/sign-in', { email, password: 'the real owner passphrase' }))
        .statusCode,
    ).toBe(200);
    t.clock.set(now);
  });

  it('leads the verification link on to where the person was going, a path of this site only', async () => {
    const email = uniqueEmail('applicant');
    const body = {
      email,
      password: testPassword,
      displayName: '山田 花子',
      locale: 'ja',
      next: '/applications/new',
    };
    expect((await post(t.app, '/api/v1/auth/sign-up', body)).statusCode).toBe(202);
    const mail = await lastMailTo(t.database.db, email, 'verify_email');
    expect(mail?.textBody).toMatch(/\/account\/verify-email\?next=%2Fapplications%2Fnew#token=/);
    expect(
      (await post(t.app, '/api/v1/auth/verify-email', { token: tokenFromMail(mail?.textBody ?? '') }))
        .statusCode,
    ).toBe(204);

    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'applications/new']) {
      const refused = await post(t.app, '/api/v1/auth/sign-up', {
        ...body,
        email: uniqueEmail('evil'),
        next,
      });
      expect(refused.statusCode, next).toBe(400);
      expect(refused.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toEqual([
        'next',
      ]);
    }
  });

  it('refuses short and common passwords field by field, in the caller’s language', async () => {
    const short = await post(t.app, '/api/v1/auth/sign-up', {
      email: uniqueEmail('weak'),
      password: 'short',
      displayName: 'x',
    });
    expect(short.statusCode).toBe(400);
    const shortErrors = short.json<{ errors: { field: string; message: string }[] }>().errors;
    expect(shortErrors.map((error) => error.field)).toEqual(['password']);
    expect(shortErrors[0]?.message).toContain('10');
    const common = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      payload: JSON.stringify({ email: uniqueEmail('weak'), password: 'password123', displayName: 'x' }),
    });
    expect(common.statusCode).toBe(400);
    const commonErrors = common.json<{ errors: { field: string; message: string }[] }>().errors;
    expect(commonErrors.map((error) => error.field)).toEqual(['password']);
    expect(commonErrors[0]?.message).toContain('common');
  });

  it('says nothing about which part was wrong, and a replayed session after sign-out is refused', async () => {
    const account = await createUser(t.database.db, 'patient');
    const wrong = await post(t.app, '/api/v1/auth/sign-in', {
      email: account.user.email,
      password: 'not the password!',
    });
    const unknown = await post(t.app, '/api/v1/auth/sign-in', {
      email: uniqueEmail('nobody'),
      password: 'whatever123',
    });
    expect(wrong.statusCode).toBe(400);
    const { instance: _wrongInstance, ...wrongProblem } = wrong.json<{ instance: string }>();
    const { instance: _unknownInstance, ...unknownProblem } = unknown.json<{ instance: string }>();
    expect(unknownProblem).toEqual(wrongProblem);

    const cookie = sessionCookieOf(
      await post(t.app, '/api/v1/auth/sign-in', { email: account.user.email, password: testPassword }),
    );
    expect((await get(t.app, '/api/v1/me', cookie)).statusCode).toBe(200);
    expect((await post(t.app, '/api/v1/auth/sign-out', undefined, cookie)).statusCode).toBe(204);
    expect((await get(t.app, '/api/v1/me', cookie)).statusCode).toBe(401);
  });

  it('slows down repeated failures for one account and address, without locking the account out elsewhere', async () => {
    const account = await createUser(t.database.db, 'patient');
    for (let i = 0; i < 5; i += 1) {
      await post(t.app, '/api/v1/auth/sign-in', {
        email: account.user.email,
        password: `wrong-${i}-password`,
      });
    }
    const blocked = await post(t.app, '/api/v1/auth/sign-in', {
      email: account.user.email,
      password: testPassword,
    });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: '203.0.113.9',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
      payload: JSON.stringify({ email: account.user.email, password: testPassword }),
    });
    expect(elsewhere.statusCode).toBe(200);
    const now = t.clock.now();
    t.clock.set(new Date(now.getTime() + 3_000));
    expect(
      (await post(t.app, '/api/v1/auth/sign-in', { email: account.user.email, password: testPassword }))
        .statusCode,
    ).toBe(200);
    t.clock.set(now);
  });

  it('resets a password by a single-use link that ends every session and does not sign in', async () => {
    const account = await createUser(t.database.db, 'patient');
    const oldCookie = sessionCookieOf(
      await post(t.app, '/api/v1/auth/sign-in', { email: account.user.email, password: testPassword }),
    );
    expect((await post(t.app, '/api/v1/auth/password-reset', { email: account.user.email })).statusCode).toBe(
      202,
    );
    expect(
      (await post(t.app, '/api/v1/auth/password-reset', { email: uniqueEmail('ghost') })).statusCode,
    ).toBe(202);
    const token = tokenFromMail(
      (await lastMailTo(t.database.db, account.user.email, 'reset_password'))?.textBody ?? '',
    );
    const done = await post(t.app, '/api/v1/auth/password-reset/complete', {
      token,
      password: 'a brand new passphrase',
    });
    expect(done.statusCode).toBe(204);
    expect(sessionCookieOf(done)).toBeUndefined();
    expect((await get(t.app, '/api/v1/me', oldCookie)).statusCode).toBe(401);
    expect(
      (
        await post(t.app, '/api/v1/auth/password-reset/complete', {
          token,
          password: 'another new passphrase',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await post(t.app, '/api/v1/auth/sign-in', {
          email: account.user.email,
          password: 'a brand new passphrase',
        })
      ).statusCode,
    ).toBe(200);
    expect((await mailsTo(t.database.db, account.user.email)).map((mail) => mail.template)).toContain(
      'password_changed',
    );
  });

  it('changes the password with the current one, ending the other sessions only', async () => {
    const account = await createUser(t.database.db, 'patient');
    const other = sessionCookieOf(
      await post(t.app, '/api/v1/auth/sign-in', { email: account.user.email, password: testPassword }),
    );
    const mine = sessionCookieOf(
      await post(t.app, '/api/v1/auth/sign-in', { email: account.user.email, password: testPassword }),
    );
    const wrong = await post(
      t.app,
      '/api/v1/account/password',
      { currentPassword: 'nope nope nope', newPassword: 'fresh passphrase 1' },
      mine,
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ errors: [{ field: 'currentPassword' }] });
    const ok = await post(
      t.app,
      '/api/v1/account/password',
      { currentPassword: testPassword, newPassword: 'fresh passphrase 1' },
      mine,
    );
    expect(ok.statusCode).toBe(204);
    expect((await get(t.app, '/api/v1/me', mine)).statusCode).toBe(200);
    expect((await get(t.app, '/api/v1/me', other)).statusCode).toBe(401);
  });

  it('lists and revokes only one’s own sessions; another patient’s session answers 404', async () => {
    const alice = await createUser(t.database.db, 'patient');
    const bob = await createUser(t.database.db, 'patient');
    const aliceCookie = sessionCookieOf(
      await post(t.app, '/api/v1/auth/sign-in', { email: alice.user.email, password: testPassword }),
    );
    const bobCookie = sessionCookieOf(
      await post(t.app, '/api/v1/auth/sign-in', { email: bob.user.email, password: testPassword }),
    );
    const bobSessions = (await get(t.app, '/api/v1/account/sessions', bobCookie)).json<{
      sessions: { id: string; current: boolean }[];
    }>();
    const bobSession = bobSessions.sessions.find((session) => session.current);
    expect(bobSession).toBeDefined();
    const attempt = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/account/sessions/${bobSession?.id ?? ''}`,
      headers: { origin: 'http://localhost:3000' },
      cookies: { '__Host-consilium_session': aliceCookie ?? '' },
    });
    expect(attempt.statusCode).toBe(404);
    expect((await get(t.app, '/api/v1/me', bobCookie)).statusCode).toBe(200);
  });

  it('refuses a cookie-authenticated write from another site (CSRF)', async () => {
    const account = await createUser(t.database.db, 'patient');
    const cookie = sessionCookieOf(
      await post(t.app, '/api/v1/auth/sign-in', { email: account.user.email, password: testPassword }),
    );
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: { origin: 'https://evil.example' },
      cookies: { '__Host-consilium_session': cookie ?? '' },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json()).toMatchObject({ type: 'urn:consilium:problem:cross-site-request' });
    const noOrigin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      cookies: { '__Host-consilium_session': cookie ?? '' },
    });
    expect(noOrigin.statusCode).toBe(403);
    expect((await get(t.app, '/api/v1/me', cookie)).statusCode).toBe(200);
  });

  it('ends a patient session after the idle time and every session after 12 hours', async () => {
    const account = await createUser(t.database.db, 'patient');
    const start = t.clock.now();
    const cookie = sessionCookieOf(
      await post(t.app, '/api/v1/auth/sign-in', { email: account.user.email, password: testPassword }),
    );
    t.clock.set(new Date(start.getTime() + 59 * 60_000));
    expect((await get(t.app, '/api/v1/me', cookie)).statusCode).toBe(200);
    t.clock.set(new Date(start.getTime() + 59 * 60_000 + 60 * 60_000));
    expect((await get(t.app, '/api/v1/me', cookie)).statusCode).toBe(401);

    t.clock.set(start);
    const busy = sessionCookieOf(
      await post(t.app, '/api/v1/auth/sign-in', { email: account.user.email, password: testPassword }),
    );
    for (let minutes = 50; minutes < 12 * 60; minutes += 50) {
      t.clock.set(new Date(start.getTime() + minutes * 60_000));
      expect((await get(t.app, '/api/v1/me', busy)).statusCode).toBe(200);
    }
    t.clock.set(new Date(start.getTime() + 12 * 3_600_000));
    expect((await get(t.app, '/api/v1/me', busy)).statusCode).toBe(401);
    t.clock.set(start);
  });

  it('records every security event in an audit trail that verifies', async () => {
    const result = await verifyAuditChain(t.database.db);
    expect(result.ok).toBe(true);
    expect(result.count).toBeGreaterThan(10);
  });
});
