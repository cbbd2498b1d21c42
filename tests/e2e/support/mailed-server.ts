import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseRawMail, type ParsedMail } from '../../../src/server/mail/testing/raw-mail.js';
import {
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../../src/server/mail/testing/smtp-test-server.js';
import { createScratchDatabase, testDatabaseServerUrl } from '../../../src/server/testing/test-database.js';
import { startServer } from './server-process.js';

/**
 * A second app server of its own for a journey that must see mail arrive at a real SMTP peer: the
 * shared server (global-setup) keeps mail in its database mailbox, this one delivers to SMTP_URL.
 * Its own data directory, port and (on CI) scratch database; demo logins read from its start output.
 */

export type StaffLogin = { role: string; email: string; password: string };

export type MailedServer = {
  url: string;
  smtp: TestSmtpServer;
  demo(role: 'coordinator' | 'doctor' | 'admin'): StaffLogin;
  /** Waits for a mail to `to` that `match` accepts. */
  mailTo(to: string, match: (mail: ParsedMail) => boolean): Promise<ParsedMail>;
  stop(): Promise<void>;
};

function demoLogins(output: string): StaffLogin[] {
  return [...output.matchAll(/^ {2}(\w+) +(\S+@\S+) +(\S+)$/gm)].map(
    ([, role = '', email = '', password = '']) => ({
      role,
      email,
      password,
    }),
  );
}

/** One start, on a fresh data directory (and scratch database on CI). */
async function startOnce(smtpUrl: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-e2e-smtp-'));
  const databaseServer = testDatabaseServerUrl();
  const scratch = databaseServer ? await createScratchDatabase(databaseServer) : undefined;
  const cleanUp = async () => {
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const server = await startServer({
      DATA_DIR: dataDir,
      DATABASE_URL: scratch?.url ?? '',
      TEST_DATABASE_URL: '',
      NODE_ENV: 'test',
      SMTP_URL: smtpUrl,
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    });
    return { server, cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

export async function startMailedServer(): Promise<MailedServer> {
  const smtp = await startTestSmtpServer();
  // A first start migrates and seeds a new database; on a busy machine that can outlast the wait once.
  const { server, cleanUp } = await startOnce(smtp.url).catch(() => startOnce(smtp.url));
  const logins = demoLogins(server.output());

  return {
    url: server.url,
    smtp,
    demo(role) {
      const login = logins.find((candidate) => candidate.role === role);
      if (!login) throw new Error(`no demo ${role} in the start-up output:\n${server.output()}`);
      return login;
    },
    async mailTo(to, match) {
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const found = smtp.received
          .filter((mail) => mail.to.includes(to))
          .map((mail) => parseRawMail(mail.raw))
          .find(match);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const subjects = smtp.received
        .filter((mail) => mail.to.includes(to))
        .map((mail) => parseRawMail(mail.raw).headers.get('subject'));
      throw new Error(`no matching mail to ${to}; received: ${JSON.stringify(subjects)}`);
    },
    async stop() {
      await server.stop();
      await smtp.close();
      await cleanUp();
    },
  };
}

/** The token of a link in a mail (links carry it in the fragment: #token=…). */
export function linkTokenOf(mail: ParsedMail): string {
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0];
  const token = link ? new URLSearchParams(new URL(link).hash.slice(1)).get('token') : null;
  if (!token) throw new Error('no token in the mail');
  return token;
}
