import { describe, expect, it } from 'vitest';
import { serializeError } from './log-serializers.js';

class FakeDrizzleQueryError extends Error {
  constructor(
    readonly query: string,
    readonly params: unknown[],
    cause: Error,
  ) {
    super(`Failed query: ${query}\nparams: ${params.join(',')}`, { cause });
  }
}

describe('error log serializer', () => {
  it('keeps the SQL and codes of a database error but none of its parameters', () => {
    const cause = Object.assign(new Error('duplicate key value: Key (email)=(taro@example.jp)'), {
      code: '23505',
    });
    const logged = JSON.stringify(
      serializeError(
        new FakeDrizzleQueryError(
          'insert into users values ($1, $2)',
          ['taro@example.jp', '$argon2id$v=19$'],
          cause,
        ),
      ),
    );
    expect(logged).toContain('insert into users');
    expect(logged).toContain('23505');
    expect(logged).not.toContain('taro@example.jp');
    expect(logged).not.toContain('argon2');
  });

  it('keeps ordinary errors as they are', () => {
    expect(serializeError(new TypeError('boom'))).toMatchObject({ type: 'TypeError', message: 'boom' });
  });
});
