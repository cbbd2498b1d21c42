import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { openDatabase, type DatabaseOptions } from '../../db/client.js';
import { auditEvents } from '../../db/schema/index.js';
import { createScratchDatabase, testDatabaseServerUrl } from '../../testing/test-database.js';
import { auditEvent, tamperAsOwner } from './audit.fixtures.js';
import { createAuditService } from './audit.service.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const cli = 'src/server/modules/audit/audit.cli.ts';

function runCli(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** PostgreSQL when the tests have one (a scratch database), otherwise PGlite in a temporary DATA_DIR. */
async function prepareTarget(): Promise<{
  options: DatabaseOptions;
  env: Record<string, string>;
  cleanUp(): Promise<void>;
}> {
  const serverUrl = testDatabaseServerUrl();
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl);
    return {
      options: { kind: 'postgres', url: scratch.url },
      env: { DATABASE_URL: scratch.url },
      cleanUp: () => scratch.drop(),
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-audit-cli-'));
  return {
    options: { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    env: { DATA_DIR: dataDir },
    cleanUp: () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

describe('npm run audit:verify', () => {
  let target: Awaited<ReturnType<typeof prepareTarget>>;

  beforeAll(async () => {
    target = await prepareTarget();
    // PGlite allows one process at a time: the database is closed before the CLI opens it.
    const database = await openDatabase(target.options);
    await database.migrate();
    const audit = createAuditService({ db: database.db, clock: fixedClock('2026-12-01T01:00:00Z') });
    for (let n = 1; n <= 3; n += 1) await audit.record(auditEvent({ details: { n } }));
    await database.close();
  });
  afterAll(() => target.cleanUp());

  it('exits 0 on an intact chain, 1 once a row is altered', { timeout: 90_000 }, async () => {
    const clean = await runCli(target.env);
    expect(clean).toMatchObject({ code: 0, stderr: '' });
    expect(clean.stdout).toBe('Audit trail intact: 3 events verified.\n');

    const database = await openDatabase(target.options);
    await tamperAsOwner(database.db, (tx) =>
      tx.update(auditEvents).set({ outcome: 'failure' }).where(eq(auditEvents.id, 2)),
    );
    await database.close();

    const tampered = await runCli(target.env);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toBe('Audit trail TAMPERED: altered at event 2 (3 events read).\n');
  });

  it('exits 2 when it cannot check at all', async () => {
    const broken = await runCli({ DATABASE_URL: 'mysql://nowhere/db' });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('DATABASE_URL');
  });
});
