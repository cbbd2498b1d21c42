import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRole } from '../../../shared/contracts/auth.js';
import { userRoles } from '../../../shared/contracts/auth.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  createUser,
  get,
  lastMailTo,
  post,
  sessionCookieOf,
  signInFully,
  testPassword,
  tokenFromMail,
  uniqueEmail,
} from '../../testing/auth-helpers.js';
import { sessionCookieName } from '../../plugins/auth.js';
import { totpCodeAt } from './totp.js';

const someUuid = '00000000-0000-4000-8000-000000000000';
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, someUuid);

describe('staff sign-in, second factor and access (R-ACC-03)', () => {
  let t: TestApp;
  const cookies = new Map<UserRole, string>();
  beforeAll(async () => {
    t = await createTestApp();
    for (const role of userRoles) {
      const account = await createUser(t.database.db, role, {
        totp: role !== 'patient',
        departments: role === 'doctor' ? ['general_surgery'] : undefined,
      });
      cookies.set(role, await signInFully(t, account));
    }
  });
  afterAll(() => t.close());

  function call(method: string, url: string, cookie?: string) {
    const withBody = method === 'POST' || method === 'PUT' || method === 'PATCH';
    return t.app.inject({
      method: method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
      url: concrete(url),
      headers: {
        origin: 'http://localhost:3000',
        ...(withBody ? { 'content-type': 'application/json' } : {}),
      },
      payload: withBody ? '{}' : undefined,
      cookies: cookie ? { [sessionCookieName]: cookie } : {},
    });
  }

  it('declares an access policy on every API route', () => {
    expect(t.app.routeAccessTable.length).toBeGreaterThan(15);
    for (const route of t.app.routeAccessTable)
      expect(route.access, `${route.method} ${route.url}`).toBeDefined();
  });

  it('R-ACC-03 answers 401 to an anonymous caller on every non-public operation', async () => {
    for (const route of t.app.routeAccessTable.filter((r) => r.access !== 'public')) {
      const response = await call(route.method, route.url);
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('R-ACC-03 lets each role reach only the operations meant for it (route × role matrix)', async () => {
    for (const route of t.app.routeAccessTable) {
      const { access } = route;
      if (access === 'public' || access === 'session') continue;
      for (const role of userRoles) {
        const response = await call(route.method, route.url, cookies.get(role));
        const label = `${role} ${route.method} ${route.url} → ${response.statusCode}`;
        if (access.roles.includes(role)) expect([401, 403], label).not.toContain(response.statusCode);
        else expect(response.statusCode, label).toBe(403);
      }
    }
  });

  it('R-ACC-03 staff reach nothing but enrolment before their second factor', async () => {
    const admin = await createUser(t.database.db, 'admin');
    const signIn = await post(t.app, '/api/v1/auth/sign-in', {
      email: admin.user.email,
      password: testPassword,
    });
    expect(signIn.json()).toMatchObject({
      state: 'second_factor_enrolment_required',
      abilities: { manageUsers: false, useLiaisonConsole: false },
    });
    const cookie = sessionCookieOf(signIn);
    const blocked = await get(t.app, '/api/v1/admin/users', cookie);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ type: 'urn:consilium:problem:second-factor-required' });

    const setup = await post(t.app, '/api/v1/account/totp/setup', undefined, cookie);
    const { secret } = setup.json<{ secret: string }>();
    expect((await post(t.app, '/api/v1/account/totp/confirm', { code: '000000' }, cookie)).statusCode).toBe(
      400,
    );
    const confirmed = await post(
      t.app,
      '/api/v1/account/totp/confirm',
      { code: await totpCodeAt(secret, t.clock.now()) },
      cookie,
    );
    expect(confirmed.json()).toMatchObject({
      state: 'signed_in',
      abilities: { manageUsers: true, useLiaisonConsole: false },
    });
    const rotated = sessionCookieOf(confirmed);
    expect(rotated).toBeDefined();
    expect(rotated).not.toBe(cookie);
    expect((await get(t.app, '/api/v1/me', cookie)).statusCode).toBe(401);
    expect((await get(t.app, '/api/v1/admin/users', rotated)).statusCode).toBe(200);
  });

  it('asks enrolled staff for the code, refuses a wrong or replayed one, and rotates the session token', async () => {
    const doctor = await createUser(t.database.db, 'doctor', { totp: true, departments: ['geriatrics'] });
    const cookie = sessionCookieOf(
      await post(t.app, '/api/v1/auth/sign-in', { email: doctor.user.email, password: testPassword }),
    );
    expect((await get(t.app, '/api/v1/me', cookie)).json()).toMatchObject({
      state: 'second_factor_required',
    });
    expect(
      (await post(t.app, '/api/v1/auth/second-factor/totp', { code: '123456' }, cookie)).statusCode,
    ).toBe(400);
    const code = await totpCodeAt(doctor.totpSecret ?? '', t.clock.now());
    const ok = await post(t.app, '/api/v1/auth/second-factor/totp', { code }, cookie);
    expect(ok.statusCode).toBe(200);

    const again = sessionCookieOf(
      await post(t.app, '/api/v1/auth/sign-in', { email: doctor.user.email, password: testPassword }),
    );
    const replay = await post(t.app, '/api/v1/auth/second-factor/totp', { code }, again);
    expect(replay.statusCode).toBe(400);
    expect(replay.json()).toMatchObject({ type: 'urn:consilium:problem:invalid-code' });
  });

  it('R-ACC-03 accepts one TOTP code once, even when sent twice at the same moment', async () => {
    const doctor = await createUser(t.database.db, 'doctor', { totp: true, departments: ['geriatrics'] });
    const signInOnce = async () =>
      sessionCookieOf(
        await post(t.app, '/api/v1/auth/sign-in', { email: doctor.user.email, password: testPassword }),
      );
    const [first, second] = [await signInOnce(), await signInOnce()];
    const code = await totpCodeAt(doctor.totpSecret ?? '', t.clock.now());
    const answers = await Promise.all([
      post(t.app, '/api/v1/auth/second-factor/totp', { code }, first),
      post(t.app, '/api/v1/auth/second-factor/totp', { code }, second),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 400]);
  });

  it('R-ACC-03 ends a staff session after 30 idle minutes', async () => {
    const coordinator = await createUser(t.database.db, 'coordinator', { totp: true });
    const start = t.clock.now();
    const cookie = await signInFully(t, coordinator);
    t.clock.set(new Date(start.getTime() + 29 * 60_000));
    expect((await get(t.app, '/api/v1/me', cookie)).statusCode).toBe(200);
    t.clock.set(new Date(start.getTime() + 59 * 60_000 + 1));
    expect((await get(t.app, '/api/v1/me', cookie)).statusCode).toBe(401);
    t.clock.set(start);
  });

  it('R-ACC-03 invites a doctor by e-mail: the invitee sets a password and must enrol a second factor', async () => {
    const admin = cookies.get('admin');
    const email = uniqueEmail('invited-doctor');
    const missingYear = await post(
      t.app,
      '/api/v1/admin/invitations',
      { email, role: 'doctor', displayName: '新任 医師', departments: ['nowhere'] },
      admin,
    );
    expect(missingYear.statusCode).toBe(400);
    expect(
      missingYear
        .json<{ errors: { field: string }[] }>()
        .errors.map((e) => e.field)
        .sort(),
    ).toEqual(['departments.0', 'medicalRegistrationYear']);

    const invited = await post(
      t.app,
      '/api/v1/admin/invitations',
      {
        email,
        role: 'doctor',
        displayName: '新任 医師',
        departments: ['geriatrics'],
        medicalRegistrationYear: 2015,
      },
      admin,
    );
    expect(invited.statusCode).toBe(201);
    const mail = await lastMailTo(t.database.db, email, 'invite_staff');
    const accepted = await post(t.app, '/api/v1/auth/invitations/accept', {
      token: tokenFromMail(mail?.textBody ?? ''),
      password: 'a long doctor passphrase',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      state: 'second_factor_enrolment_required',
      user: { role: 'doctor' },
    });
    const users = (await get(t.app, '/api/v1/admin/users', admin)).json<{
      users: { email: string; status: string; departments: string[] }[];
    }>();
    expect(users.users.find((u) => u.email === email)).toMatchObject({
      status: 'active',
      departments: ['geriatrics'],
    });
  });

  it('R-ACC-03 disabling a user ends all their sessions at once', async () => {
    const coordinator = await createUser(t.database.db, 'coordinator', { totp: true });
    const cookie = await signInFully(t, coordinator);
    const response = await post(
      t.app,
      `/api/v1/admin/users/${coordinator.user.id}/status`,
      { status: 'disabled' },
      cookies.get('admin'),
    );
    expect(response.statusCode).toBe(204);
    expect((await get(t.app, '/api/v1/me', cookie)).statusCode).toBe(401);
    expect(
      (await post(t.app, '/api/v1/auth/sign-in', { email: coordinator.user.email, password: testPassword }))
        .statusCode,
    ).toBe(400);
  });

  it('lets an admin search the audit trail by user and export it as CSV', async () => {
    const admin = cookies.get('admin');
    const coordinator = await createUser(t.database.db, 'coordinator');
    await post(t.app, '/api/v1/auth/sign-in', {
      email: coordinator.user.email,
      password: 'wrong wrong wrong',
    });
    const search = await get(t.app, `/api/v1/admin/audit-events?actorUserId=${coordinator.user.id}`, admin);
    expect(search.statusCode).toBe(200);
    expect(search.json()).toMatchObject({
      events: [{ action: 'auth.sign_in', outcome: 'failure', details: { reason: 'bad_password' } }],
    });
    const csv = await get(t.app, `/api/v1/admin/audit-events.csv?actorUserId=${coordinator.user.id}`, admin);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    expect(csv.body).toContain('auth.sign_in');
  });
});

describe('OpenAPI security requirements', () => {
  it('marks every operation: none for public ones, the session cookie for the rest', async () => {
    const t = await createTestApp();
    const spec = (await t.app.inject('/api/docs/json')).json<{
      paths: Record<string, Record<string, { security?: unknown[] }>>;
      components: { securitySchemes: Record<string, unknown> };
    }>();
    expect(spec.components.securitySchemes.sessionCookie).toMatchObject({ type: 'apiKey', in: 'cookie' });
    for (const route of t.app.routeAccessTable) {
      const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
      const operation = spec.paths[path]?.[route.method.toLowerCase()];
      if (!operation) continue; // hidden operations (metrics, development mailbox)
      const expected = route.access === 'public' ? [] : [{ sessionCookie: [] }];
      expect(operation.security, `${route.method} ${route.url}`).toEqual(expected);
    }
    await t.close();
  });
});
