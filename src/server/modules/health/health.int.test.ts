import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

describe('health and operations endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the process up', async () => {
    const response = await t.app.inject('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('reports the database reachable', async () => {
    const response = await t.app.inject('/api/ready');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', database: 'up' });
  });

  it('answers with a request id, and keeps a safe one given by the caller', async () => {
    const generated = await t.app.inject('/api/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await t.app.inject({ url: '/api/health', headers: { 'x-request-id': 'trace-12345678' } });
    expect(given.headers['x-request-id']).toBe('trace-12345678');
    const hostile = await t.app.inject({ url: '/api/health', headers: { 'x-request-id': 'a\nb<script>' } });
    expect(hostile.headers['x-request-id']).not.toContain('<');
  });

  it('sends security headers with a strict content security policy', async () => {
    const response = await t.app.inject('/api/health');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('exposes Prometheus metrics labelled by route pattern', async () => {
    await t.app.inject('/api/v1/departments');
    const response = await t.app.inject('/api/metrics');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(
      'http_request_duration_seconds_count{method="GET",route="/api/v1/departments",status="200"}',
    );
    expect(response.body).toContain('process_cpu_seconds_total');
  });

  it('hides the metrics from other machines when no scraper token is configured', async () => {
    const remote = await t.app.inject({ url: '/api/metrics', remoteAddress: '203.0.113.9' });
    expect(remote.statusCode).toBe(404);
    expect(remote.body).not.toContain('process_cpu_seconds_total');
  });

  it('does not answer a request that a proxy on this machine forwards', async () => {
    const proxied = await t.app.inject({
      url: '/api/metrics',
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(proxied.statusCode).toBe(404);
  });

  it('serves OpenAPI generated from the contracts, and its UI', async () => {
    const json = await t.app.inject('/api/docs/json');
    expect(json.statusCode).toBe(200);
    const spec = json.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/ready', '/api/v1/profile', '/api/v1/departments']),
    );
    const ui = await t.app.inject('/api/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });
});

describe('metrics with a scraper token', () => {
  const token = 'scraper-token-0123456789abcdef';
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: false, config: { metricsToken: token } });
  });
  afterAll(() => t.close());

  it('answers only the bearer of the token, even on this machine', async () => {
    const bare = await t.app.inject('/api/metrics');
    expect(bare.statusCode).toBe(404);
    const wrong = await t.app.inject({
      url: '/api/metrics',
      headers: { authorization: `Bearer ${token}x` },
    });
    expect(wrong.statusCode).toBe(404);
    const right = await t.app.inject({
      url: '/api/metrics',
      remoteAddress: '203.0.113.9',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(right.statusCode).toBe(200);
    expect(right.body).toContain('process_cpu_seconds_total');
  });
});

describe('metrics behind a trusted proxy (TRUST_PROXY)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: false, config: { trustProxy: true } });
  });
  afterAll(() => t.close());

  it('do not take a client’s own X-Forwarded-For: 127.0.0.1 for this machine', async () => {
    const spoofed = await t.app.inject({
      url: '/api/metrics',
      remoteAddress: '203.0.113.9',
      headers: { 'x-forwarded-for': '127.0.0.1' },
    });
    expect(spoofed.statusCode).toBe(404);
  });
});
