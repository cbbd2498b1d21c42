import { defineConfig } from 'vitest/config';

// Browser journeys in the system Chromium against the built app, started once for the whole run.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    setupFiles: ['src/testing/fail-on-console-error.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
