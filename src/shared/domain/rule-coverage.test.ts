import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every service rule that has been built must be proved by at least one test whose title names it.
 * Add a rule id here when the feature that implements it lands.
 */
const implementedRules = [
  ...Array.from({ length: 11 }, (_, i) => `R-ELIG-${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 8 }, (_, i) => `R-DOC-${String(i + 1).padStart(2, '0')}`),
  'R-FLOW-02',
  'R-FLOW-03',
  'R-FEE-02',
  'R-FEE-03',
  'R-FLOW-07',
  'R-CALL-01',
  'R-CALL-02',
  'R-CONTACT-01',
  'R-CONTACT-02',
  'R-ACC-01',
  'R-ACC-02',
  'R-ACC-03',
];

const root = path.resolve(import.meta.dirname, '../../..');

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(full);
    return /\.(test|e2e)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The titles of it/test/describe blocks (including it.each tables' title strings). */
function testTitles(): string[] {
  const titles: string[] = [];
  const titlePattern = /\b(?:it|test|describe)(?:\.each\([\s\S]*?\))?\(\s*(['"`])([\s\S]*?)\1/g;
  for (const file of [...testFiles(path.join(root, 'src')), ...testFiles(path.join(root, 'tests'))]) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(titlePattern)) titles.push(match[2] ?? '');
  }
  return titles;
}

describe('rule coverage', () => {
  const titles = testTitles();
  it.each(implementedRules)('%s is named by at least one test', (rule) => {
    expect(titles.some((title) => title.includes(rule))).toBe(true);
  });
});
