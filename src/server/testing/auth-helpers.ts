import { eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { UserRole } from '../../shared/contracts/auth.js';
import { sentMail, users } from '../db/schema/index.js';
import type { Database } from '../db/client.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { newTotpSecret, totpCodeAt } from '../modules/auth/totp.js';
import { insertUser, setDepartments, type UserRow } from '../modules/auth/user.repository.js';
import { sessionCookieName } from '../plugins/auth.js';
import type { TestApp } from './test-app.js';

export const testOrigin = 'http://localhost:3000';
export const testPassword = 'correct horse battery staple';

let counter = 0;
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Date.now()}@example.test`;
}

/** A user straight in the database: active, verified, with a known password and optionally an enrolled TOTP. */
export async function createUser(
  db: Database,
  role: UserRole,
  options: { totp?: boolean; departments?: string[]; email?: string } = {},
): Promise<{ user: UserRow; password: string; totpSecret: string | null }> {
  const totpSecret = options.totp ? newTotpSecret() : null;
  const now = new Date('2026-11-01T00:00:00Z');
  const user = await insertUser(db, {
    email: options.email ?? uniqueEmail(role),
    role,
    status: 'active',
    displayName: `${role} テスト`,
    locale: 'ja',
    emailVerifiedAt: now,
    passwordHash: await hashPassword(testPassword),
    passwordChangedAt: now,
    totpSecret,
    totpEnabledAt: totpSecret ? now : null,
    medicalRegistrationYear: role === 'doctor' ? 2010 : null,
  });
  if (!user) throw new Error('user already exists');
  if (options.departments) await setDepartments(db, user.id, options.departments);
  return { user, password: testPassword, totpSecret };
}

export function sessionCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((cookie) => cookie.name === sessionCookieName)?.value;
}

/** A browser-like write: same-origin, with the session cookie when given. */
export function post(app: FastifyInstance, url: string, body: unknown, cookie?: string) {
  return app.inject({
    method: 'POST',
    url,
    payload: body === undefined ? undefined : JSON.stringify(body),
    headers: { origin: testOrigin, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    cookies: cookie ? { [sessionCookieName]: cookie } : {},
  });
}

export function get(app: FastifyInstance, url: string, cookie?: string) {
  return app.inject({ method: 'GET', url, cookies: cookie ? { [sessionCookieName]: cookie } : {} });
}

/** Signs in with the password and, when the user has TOTP, the current code; returns the final cookie. */
export async function signInFully(
  t: TestApp,
  account: { user: UserRow; password: string; totpSecret: string | null },
): Promise<string> {
  const first = await post(t.app, '/api/v1/auth/sign-in', {
    email: account.user.email,
    password: account.password,
  });
  if (first.statusCode !== 200) throw new Error(`sign-in failed: ${first.statusCode} ${first.body}`);
  const cookie = sessionCookieOf(first);
  if (!cookie) throw new Error('no session cookie');
  if (!account.totpSecret) return cookie;
  const code = await totpCodeAt(account.totpSecret, t.clock.now());
  const second = await post(t.app, '/api/v1/auth/second-factor/totp', { code }, cookie);
  const rotated = sessionCookieOf(second);
  if (second.statusCode !== 200 || !rotated)
    throw new Error(`second factor failed: ${second.statusCode} ${second.body}`);
  return rotated;
}

/** Every mail sent to an address, from the database mailbox. */
export function mailsTo(db: Database, to: string) {
  return db.select().from(sentMail).where(eq(sentMail.toAddress, to));
}

/** The newest mail sent to an address (of one template, when given; the test clock often stands still). */
export async function lastMailTo(db: Database, to: string, template?: string) {
  const rows = (await mailsTo(db, to)).filter((mail) => !template || mail.template === template);
  return rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
}

/** The token in an e-mailed link (#token=…). */
export function tokenFromMail(text: string): string {
  const match = /#token=([A-Za-z0-9_%-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no link in mail:\n${text}`);
  return decodeURIComponent(match[1]);
}

export async function userByEmail(db: Database, email: string) {
  const rows = await db.select().from(users).where(eq(users.email, email));
  return rows[0];
}
