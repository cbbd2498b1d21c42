import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { fixedClock } from '../clock.js';
import { loadConfig, type Config } from '../config.js';
import type { DatabaseHandle } from '../db/client.js';
import { seedDemo } from '../db/seed/seed.js';
import { newMasterKeyBase64 } from '../modules/documents/storage/envelope.js';
import { createTestDatabase } from './test-database.js';

export type TestApp = {
  app: FastifyInstance;
  database: DatabaseHandle;
  clock: ReturnType<typeof fixedClock>;
  config: Config;
  close(): Promise<void>;
};

/** The real app on a real database, seeded with the demo hospital, driven through app.inject. */
export async function createTestApp(
  options: { seed?: boolean; now?: string; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  if (options.seed ?? true) await seedDemo(database.db);
  const clock = fixedClock(options.now ?? '2026-12-01T01:00:00Z');
  // Files of each test app live in a folder of their own, removed on close.
  const dataDir = await fs.mkdtemp(path.join(tmpdir(), 'consilium-test-app-'));
  const config: Config = {
    ...loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      WEB_DIST_DIR: '',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      DATA_DIR: dataDir,
      FILE_MASTER_KEY: newMasterKeyBase64(),
    }),
    ...options.config,
  };
  const app = await buildApp({ config, database, clock });
  await app.ready();
  return {
    app,
    database,
    clock,
    config,
    close: async () => {
      await app.close();
      await database.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
