import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createScratchDatabase, testDatabaseServerUrl } from '../../../src/server/testing/test-database.js';
import { startServer } from './server-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
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
  });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.stop();
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
