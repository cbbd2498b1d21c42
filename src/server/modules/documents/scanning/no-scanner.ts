import type { MalwareScanner } from './scanner.js';

/**
 * Used when no scanner is configured (`npm start` on a laptop). Saying `clean` here would let unscanned
 * files through unnoticed; `unscannable` sends each one to manual review instead.
 */
export const noScanner: MalwareScanner = {
  scan: () => Promise.resolve({ state: 'unscannable', reason: 'no_scanner' }),
};
