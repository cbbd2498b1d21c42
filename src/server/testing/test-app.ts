import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { fixedClock } from '../clock.js';
import { loadConfig, type Config } from '../config.js';
import type { DatabaseHandle } from '../db/client.js';
import { seedDemo } from '../db/seed/seed.js';
import { createTestDatabase } from './test-database.js';

export type TestApp = {
  app: FastifyInstance;
  database: DatabaseHandle;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
};

/** The real app on a real database, seeded with the demo hospital, driven through app.inject. */
export async function createTestApp(
  options: { seed?: boolean; now?: string; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  if (options.seed ?? true) await seedDemo(database.db);
  const clock = fixedClock(options.now ?? '2026-12-01T01:00:00Z');
  const config: Config = {
    ...loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      WEB_DIST_DIR: '',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    }),
    ...options.config,
  };
  const app = await buildApp({ config, database, clock });
  await app.ready();
  return {
    app,
    database,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
