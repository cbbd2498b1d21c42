import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const testKey = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/data$/);
    expect(config.seedDemo).toBe(true);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
  });

  it('lists every bad variable at once', () => {
    let thrown: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', TRUST_PROXY: 'maybe' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const problems = (thrown instanceof ConfigError ? thrown.problems : []).join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'TRUST_PROXY']) expect(problems).toContain(name);
    expect(thrown instanceof ConfigError && thrown.problems).toHaveLength(4);
  });

  it('accepts a PostgreSQL URL', () => {
    expect(
      loadConfig({ DATABASE_URL: 'postgres://localhost:5432/consilium', FILE_MASTER_KEY: testKey })
        .databaseUrl,
    ).toBe('postgres://localhost:5432/consilium');
  });

  it('asks production with its own PostgreSQL for the file master key, shared by every instance', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost:5432/consilium' })).toThrow(
      /FILE_MASTER_KEY/,
    );
    expect(() => loadConfig({ FILE_MASTER_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/);
  });

  it('maps the storage settings, and wants a bucket for S3', () => {
    expect(loadConfig({ DATA_DIR: '/srv/consilium' }).documents.storage).toEqual({
      kind: 'local',
      root: '/srv/consilium/files',
    });
    expect(() => loadConfig({ STORAGE: 's3' })).toThrow(/S3_BUCKET/);
    expect(
      loadConfig({ STORAGE: 's3', S3_BUCKET: 'records', S3_FORCE_PATH_STYLE: 'true' }).documents.storage,
    ).toEqual({
      kind: 's3',
      bucket: 'records',
      region: 'us-east-1',
      forcePathStyle: true,
    });
  });
});
