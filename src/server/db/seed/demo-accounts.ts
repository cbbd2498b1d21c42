import { randomBytes } from 'node:crypto';
import type { UserRole } from '../../../shared/contracts/auth.js';
import { hashPassword } from '../../modules/auth/passwords.js';
import { insertUser, setDepartments } from '../../modules/auth/user.repository.js';
import type { Database } from '../client.js';
import { seedRuns } from '../schema/index.js';

export type DemoLogin = { role: UserRole; email: string; password: string };

/** One account of each role for trying the product; demo data, like the demo hospital. */
const demoPeople: {
  role: UserRole;
  email: string;
  displayName: string;
  departments?: string[];
  registrationYear?: number;
}[] = [
  { role: 'admin', email: 'demo-admin@consilium.invalid', displayName: '管理者 デモ' },
  { role: 'coordinator', email: 'demo-coordinator@consilium.invalid', displayName: '連携 花子' },
  {
    role: 'doctor',
    email: 'demo-doctor@consilium.invalid',
    displayName: '外科 一郎',
    departments: ['general_surgery'],
    registrationYear: 2005,
  },
  { role: 'patient', email: 'demo-patient@consilium.invalid', displayName: '山田 太郎' },
];

/**
 * Creates the demo accounts once, each with a fresh random password that is returned so start-up can
 * print it once. Staff enrol their second factor at first sign-in, like real staff.
 */
export async function seedDemoAccounts(db: Database, now: Date): Promise<DemoLogin[]> {
  const logins = demoPeople.map((person) => ({ ...person, password: randomBytes(12).toString('base64url') }));
  const hashes = await Promise.all(logins.map((login) => hashPassword(login.password)));
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(seedRuns)
      .values({ name: 'demo-accounts' })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) return [];
    const created: DemoLogin[] = [];
    for (const [index, login] of logins.entries()) {
      const user = await insertUser(tx, {
        email: login.email,
        role: login.role,
        status: 'active',
        displayName: login.displayName,
        locale: 'ja',
        emailVerifiedAt: now,
        passwordHash: hashes[index] ?? null,
        passwordChangedAt: now,
        medicalRegistrationYear: login.registrationYear ?? null,
      });
      if (!user) continue;
      if (login.departments) await setDepartments(tx, user.id, login.departments);
      created.push({ role: login.role, email: login.email, password: login.password });
    }
    return created;
  });
}

export function formatDemoLogins(logins: DemoLogin[]): string {
  const lines = logins.map(
    (login) => `  ${login.role.padEnd(12)} ${login.email.padEnd(38)} ${login.password}`,
  );
  return [
    'Demo accounts (shown only this once; staff enrol an authenticator app at first sign-in):',
    ...lines,
    '',
  ].join('\n');
}
