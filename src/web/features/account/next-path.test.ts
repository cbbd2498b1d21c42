import { describe, expect, it } from 'vitest';
import { safeNext, withNext } from './next-path.js';

describe('where sign-up and sign-in lead afterwards', () => {
  it('takes only a path of this site, never another origin', () => {
    expect(safeNext('/applications/new')).toBe('/applications/new');
    expect(safeNext('https://evil.example/')).toBeUndefined();
    expect(safeNext('//evil.example/')).toBeUndefined();
    expect(safeNext('/\\evil.example')).toBeUndefined();
    expect(safeNext('applications/new')).toBeUndefined();
    expect(safeNext(null)).toBeUndefined();
  });

  it('carries the destination in the query, encoded', () => {
    expect(withNext('/account/sign-in', '/applications/new')).toBe(
      '/account/sign-in?next=%2Fapplications%2Fnew',
    );
    expect(withNext('/account/sign-in', undefined)).toBe('/account/sign-in');
  });
});
