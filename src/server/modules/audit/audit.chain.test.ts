import { describe, expect, it } from 'vitest';
import { canonicalEvent, canonicalJson, chainHash, GENESIS_HASH, type ChainedFields } from './audit.chain.js';

const event: ChainedFields = {
  id: 7,
  occurredAt: new Date('2026-12-01T01:02:03.004Z'),
  actorUserId: '6f1c2a3e-0b4d-4c5e-8f90-123456789abc',
  actorRole: 'doctor',
  action: 'case.read',
  outcome: 'success',
  targetType: 'case',
  targetId: 'C-2026-0001',
  patientUserId: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
  ip: '203.0.113.7',
  requestId: 'req-1',
  details: { view: 'summary', fields: ['status', 'department'], nested: { b: 2, a: 1 } },
};

describe('canonical form', () => {
  it('writes occurredAt as ISO UTC with milliseconds', () => {
    expect(canonicalEvent(event)).toContain('"2026-12-01T01:02:03.004Z"');
  });

  it('tells null from the text "null" and keeps field boundaries unambiguous', () => {
    const withNull = { ...event, ip: null };
    const withText = { ...event, ip: 'null' };
    expect(canonicalEvent(withNull)).not.toBe(canonicalEvent(withText));
    const shifted = { ...event, actorRole: 'doctor","case.read', action: 'x' };
    expect(canonicalEvent(shifted)).not.toBe(canonicalEvent(event));
  });

  it('sorts object keys at every depth, keeps array order, writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
  });

  it('refuses values that jsonb could not give back unchanged', () => {
    expect(() => canonicalJson({ a: undefined })).toThrow(TypeError);
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ a: new Date(0) })).toThrow(TypeError);
    expect(() => canonicalJson(10n)).toThrow(TypeError);
  });
});

describe('chainHash', () => {
  const hash = chainHash(GENESIS_HASH, event);

  it('is SHA-256 hex, deterministic, and starts from 64 zeros', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, { ...event })).toBe(hash);
  });

  it('does not depend on the key order of details', () => {
    const reordered = {
      ...event,
      details: { nested: { a: 1, b: 2 }, fields: ['status', 'department'], view: 'summary' },
    };
    expect(chainHash(GENESIS_HASH, reordered)).toBe(hash);
  });

  it('changes with the previous hash', () => {
    expect(chainHash('f'.repeat(64), event)).not.toBe(hash);
  });

  const changes: [keyof ChainedFields, unknown][] = [
    ['id', 8],
    ['occurredAt', new Date('2026-12-01T01:02:03.005Z')],
    ['actorUserId', null],
    ['actorRole', 'admin'],
    ['action', 'case.update'],
    ['outcome', 'denied'],
    ['targetType', 'document'],
    ['targetId', 'C-2026-0002'],
    ['patientUserId', null],
    ['ip', '203.0.113.8'],
    ['requestId', 'req-2'],
    ['details', { view: 'full', fields: ['status', 'department'], nested: { b: 2, a: 1 } }],
    ['details', { view: 'summary', fields: ['department', 'status'], nested: { b: 2, a: 1 } }],
    ['details', { view: 'summary', fields: ['status', 'department'], nested: { b: '2', a: 1 } }],
  ];
  it.each(changes)('changes when %s changes', (field, value) => {
    expect(chainHash(GENESIS_HASH, { ...event, [field]: value })).not.toBe(hash);
  });
});
