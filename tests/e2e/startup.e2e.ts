import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, serverEntry, startServer } from './support/server-process.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-startup-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

// These runs use the embedded default on purpose: that is what `npm start` does on a fresh machine.
const embedded = { DATA_DIR: dataDir, DATABASE_URL: '', TEST_DATABASE_URL: '' };

describe('start-up on the embedded database', () => {
  it('refuses bad configuration with a readable list of every bad variable', () => {
    const result = spawnSync(process.execPath, [serverEntry], {
      cwd: projectRoot,
      env: { ...process.env, PORT: 'eighty', DATABASE_URL: 'mysql://nope', LOG_LEVEL: 'shouting' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    for (const variable of ['PORT', 'DATABASE_URL', 'LOG_LEVEL']) expect(result.stderr).toContain(variable);
  });

  it('serves the guide and the API docs, stops gracefully, and keeps edited data across a restart', async () => {
    const first = await startServer(embedded);
    expect((await fetch(`${first.url}/`)).headers.get('content-type')).toContain('text/html');
    expect((await fetch(`${first.url}/guide/fees`)).status).toBe(200);
    expect((await fetch(`${first.url}/api/docs/json`)).status).toBe(200);
    expect(await first.stop()).toBe(0);

    // An admin's edit made while the service is down must survive the next start's seeding.
    const direct = await PGlite.create(path.join(dataDir, 'pglite'));
    await direct.query(`update departments set name_ja = '老年病科（編集）' where code = 'geriatrics'`);
    const countBefore = await direct.query<{ n: number }>(
      'select count(*)::int as n from department_conditions',
    );
    await direct.close();

    const second = await startServer(embedded);
    const response = await fetch(`${second.url}/api/v1/departments`);
    const body: unknown = await response.json();
    const text = JSON.stringify(body);
    expect(text).toContain('老年病科（編集）');
    expect(second.output()).not.toContain('Seeded the demo hospital');
    expect(await second.stop()).toBe(0);

    const check = await PGlite.create(path.join(dataDir, 'pglite'));
    const countAfter = await check.query<{ n: number }>(
      'select count(*)::int as n from department_conditions',
    );
    await check.close();
    expect(countAfter.rows[0]?.n).toBe(countBefore.rows[0]?.n);
  });
});
