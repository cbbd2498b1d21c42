import { describe, expect, it } from 'vitest';
import { hashReplySchema } from './hash-client.js';
import { parseHashRequest } from './hash-protocol.js';

describe('parseHashRequest', () => {
  it('accepts a file to hash and a cancellation', () => {
    const file = new Blob(['x']);
    expect(parseHashRequest({ type: 'hash', id: 'f1', file })).toEqual({ type: 'hash', id: 'f1', file });
    expect(parseHashRequest({ type: 'cancel', id: 'f1' })).toEqual({ type: 'cancel', id: 'f1' });
  });

  it('refuses anything else, including a "file" that is not a Blob', () => {
    for (const data of [
      null,
      'hash',
      { type: 'hash', id: 'f1', file: 'x' },
      { type: 'hash', id: 1 },
      { type: 'x', id: 'f' },
    ]) {
      expect(parseHashRequest(data)).toBeNull();
    }
  });
});

describe('hashReplySchema', () => {
  it('accepts only a lower-case hex SHA-256 as a result', () => {
    expect(hashReplySchema.safeParse({ type: 'done', id: 'f', sha256: 'a'.repeat(64) }).success).toBe(true);
    expect(hashReplySchema.safeParse({ type: 'done', id: 'f', sha256: 'A'.repeat(64) }).success).toBe(false);
  });
});
