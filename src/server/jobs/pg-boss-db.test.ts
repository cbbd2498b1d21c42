import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { positionalSql } from './pg-boss-db.js';

const dialect = new PgDialect();

describe('positionalSql', () => {
  it('keeps the text and the values in place, repeats included', () => {
    const text = 'SELECT $1::uuid, right($2, 1), CAST($2 AS timestamptz), $3 * floor($3), $10';
    const values = ['id', '30', 7, 4, 5, 6, 7, 8, 9, { ten: 10 }];
    // $4…$9 unused in the text would leave values without a placeholder: pg-boss never does that.
    expect(() => positionalSql(text, values)).toThrow(/placeholder order/);

    const used = 'SELECT $1::uuid, right($2, 1), CAST($2 AS timestamptz), $3 * floor($3) WHERE $4 = $1';
    const query = dialect.sqlToQuery(positionalSql(used, ['id', '30', 7, null]));
    expect(query.sql).toBe(used);
    expect(query.params).toEqual(['id', '30', 7, null]);
  });

  it('passes objects and arrays as one value each', () => {
    const query = dialect.sqlToQuery(positionalSql('SELECT $1::jsonb, $2::uuid[]', [{ a: 1 }, ['x', 'y']]));
    expect(query.sql).toBe('SELECT $1::jsonb, $2::uuid[]');
    expect(query.params).toEqual([{ a: 1 }, ['x', 'y']]);
  });

  it('refuses texts whose first mentions are out of order or values it would not use', () => {
    expect(() => positionalSql('SELECT $2, $1', [1, 2])).toThrow(/placeholder order/);
    expect(() => positionalSql('SELECT $1', [1, 2])).toThrow(/every value/);
    expect(() => positionalSql('SELECT $1, $2', [1])).toThrow(/placeholder order/);
  });
});
