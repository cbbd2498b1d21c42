import { defineConfig } from 'vitest/config';

// Unit tests (x.test.ts) and integration tests through app.inject on a real database (x.int.test.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/fail-on-console-error.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores here: two workers keep PGlite start-ups from starving each other.
    maxWorkers: 2,
  },
});
