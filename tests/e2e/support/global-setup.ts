import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createScratchDatabase, testDatabaseServerUrl } from '../../../src/server/testing/test-database.js';
import { startServer } from './server-process.js';

export type DemoAccount = {
  role: 'patient' | 'coordinator' | 'doctor' | 'admin';
  email: string;
  password: string;
};

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    demoAccounts: DemoAccount[];
  }
}

const roles = new Set(['patient', 'coordinator', 'doctor', 'admin']);
const isRole = (value: string): value is DemoAccount['role'] => roles.has(value);

/** The demo logins the server prints once at its first start. */
function demoAccountsFrom(output: string): DemoAccount[] {
  return [...output.matchAll(/^ {2}(\w+) +(\S+@\S+) +(\S+)$/gm)].flatMap(
    ([, role = '', email = '', password = '']) => (isRole(role) ? [{ role, email, password }] : []),
  );
}

/** One built server for the browser journeys: PostgreSQL when configured (CI), else embedded PGlite. */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-e2e-'));
  const serverUrl = testDatabaseServerUrl();
  const scratch = serverUrl ? await createScratchDatabase(serverUrl) : undefined;
  const server = await startServer({
    DATA_DIR: dataDir,
    DATABASE_URL: scratch?.url ?? '',
    TEST_DATABASE_URL: '',
    // Test mode keeps mail in the database mailbox (/api/dev/mail) even on PostgreSQL.
    NODE_ENV: 'test',
    // Many journeys sign in from the same address within a minute.
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
  });
  // http://localhost:PORT, which is also the server's PUBLIC_URL: passkeys need a host name, not an IP.
  project.provide('baseUrl', server.url);
  const demoAccounts = demoAccountsFrom(server.output());
  if (demoAccounts.length !== 4)
    throw new Error(`expected 4 demo logins in the start-up output:\n${server.output()}`);
  project.provide('demoAccounts', demoAccounts);
  return async () => {
    await server.stop();
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
