import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database } from '../../../db/client.js';
import * as schema from '../../../db/schema/index.js';

/**
 * A second drizzle instance on the same connection(s) as `db`, with a logger that keeps every statement
 * it sends: a test counts the statements a use case needs (test helper, not a test).
 */
export function countingDatabase(db: Database): { db: Database; statements: string[] } {
  const statements: string[] = [];
  const logger = { logQuery: (query: string) => void statements.push(query) };
  const client: unknown = '$client' in db ? db.$client : undefined;
  if (client instanceof PGlite) {
    return { db: drizzlePglite(client, { schema, casing: 'snake_case', logger }), statements };
  }
  if (client instanceof pg.Pool) {
    return { db: drizzlePostgres(client, { schema, casing: 'snake_case', logger }), statements };
  }
  throw new Error('countingDatabase: unknown driver');
}
