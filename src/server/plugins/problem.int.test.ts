import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';

describe('problem+json error handling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers an unknown API path with a 404 problem in Japanese by default', async () => {
    const response = await t.app.inject('/api/v1/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      status: 404,
      title: '見つかりません',
      type: 'urn:consilium:problem:not-found',
    });
  });

  it('follows Accept-Language for English', async () => {
    const response = await t.app.inject({
      url: '/api/v1/nothing-here',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(response.json()).toMatchObject({ title: 'Not found' });
  });

  it('answers malformed JSON with a 400 problem, never a 500', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/departments',
      headers: { 'content-type': 'application/json' },
      payload: '{"broken": ',
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
