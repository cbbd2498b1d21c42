import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL, type SQLChunk } from 'drizzle-orm';
import pg from 'pg';
import type { DatabaseHandle, DbExecutor } from '../db/client.js';

/**
 * What pg-boss needs from a database (its `db` option): run one SQL text with positional values.
 * pg-boss 10 sends two kinds of text: single statements with `$n` values, and value-less texts —
 * single statements, or several wrapped in `BEGIN; … COMMIT;` (schema creation, migrations,
 * maintenance under an advisory lock).
 */
export type BossDb = {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
};

/** pg-boss's value-less multi-statement texts all have this shape (plans.locked in pg-boss 10). */
const explicitTransaction = /^\s*BEGIN;([\s\S]*);\s*COMMIT;\s*$/i;

function rowsOf(result: unknown): unknown[] {
  if (typeof result !== 'object' || result === null || !('rows' in result)) return [];
  const rows: unknown = result.rows;
  return Array.isArray(rows) ? (rows as unknown[]) : [];
}

/**
 * The embedded database. PGlite is one connection guarded by a mutex that every `query`, `exec` and
 * `transaction` takes, so pg-boss's statements queue behind the app's drizzle transactions instead of
 * landing inside them, and its advisory locks can never wait on another session (there is none).
 */
export function pgliteBossDb(pglite: PGlite): BossDb {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return { rows: (await pglite.query(text, values)).rows };
      const wrapped = explicitTransaction.exec(text);
      if (wrapped?.[1] !== undefined) {
        // Run the body through PGlite's own transaction: if a statement fails, PGlite rolls back while
        // it still holds the mutex. A bare `exec` of BEGIN…COMMIT would leave the single connection in
        // an aborted transaction, and every later query of the app would fail.
        const body = wrapped[1];
        const results = await pglite.transaction((tx) => tx.exec(body));
        return { rows: rowsOf(results.at(-1)) };
      }
      return { rows: rowsOf((await pglite.exec(text)).at(-1)) };
    },
  };
}

/** PostgreSQL through the app's own pool: pg-boss needs no connections of its own. */
export function poolBossDb(pool: pg.Pool): BossDb {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return { rows: (await pool.query(text, values)).rows };
      // A failed statement inside BEGIN…COMMIT leaves its connection in an aborted transaction; roll it
      // back before the connection goes back to the pool the app's requests draw from.
      const client = await pool.connect();
      let result: unknown;
      try {
        result = await client.query(text);
      } catch (error) {
        await client.query('ROLLBACK').then(
          () => client.release(),
          (rollbackError: unknown) => client.release(rollbackError instanceof Error ? rollbackError : true),
        );
        throw error;
      }
      client.release();
      // node-postgres answers a multi-statement text with one result per statement.
      return { rows: rowsOf(Array.isArray(result) ? (result as unknown[]).at(-1) : result) };
    },
  };
}

/**
 * A pg-boss text with `$n` placeholders as drizzle SQL, so it runs inside the caller's transaction.
 * drizzle numbers parameters in the order they appear; pg-boss's texts first mention `$1`, `$2`, …
 * in that order and repeat some later. The first mention becomes a drizzle parameter (which drizzle
 * numbers exactly so) and repeats stay literal `$n`, so a value keeps one type for all its uses.
 */
export function positionalSql(text: string, values: readonly unknown[]): SQL {
  const chunks: SQLChunk[] = [];
  const seen = new Set<number>();
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    const position = Number(match[1]);
    if (seen.has(position)) continue;
    if (position !== seen.size + 1 || position > values.length) {
      throw new Error(`unsupported placeholder order in job queue SQL ($${position})`);
    }
    seen.add(position);
    chunks.push(sql.raw(text.slice(last, match.index)), sql.param(values[position - 1] ?? null));
    last = match.index + match[0].length;
  }
  if (seen.size !== values.length) throw new Error('job queue SQL does not use every value');
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks);
}

/** pg-boss statements inside an app transaction (a drizzle `tx`): used to send a job atomically. */
export function transactionBossDb(tx: Pick<DbExecutor, 'execute'>): BossDb {
  return {
    async executeSql(text, values) {
      return { rows: rowsOf(await tx.execute(positionalSql(text, values ?? []))) };
    },
  };
}

/** The pg-boss database for the app's own database handle: the same PGlite instance or pool. */
export function bossDbFor(database: DatabaseHandle): BossDb {
  // drizzle exposes the driver client it wraps as `$client`; the shared Database type leaves it out.
  const client: unknown = '$client' in database.db ? database.db.$client : undefined;
  if (database.kind === 'pglite' && client instanceof PGlite) return pgliteBossDb(client);
  if (database.kind === 'postgres' && client instanceof pg.Pool) return poolBossDb(client);
  throw new Error(`no job queue adapter for this ${database.kind} database client`);
}

/**
 * Counts statements in flight so stop() can wait until pg-boss's own loops (its cron worker may be
 * between fetching and completing) have finished with the database before it is closed.
 */
export function trackInFlight(db: BossDb): BossDb & { drain(timeoutMs: number): Promise<void> } {
  let inFlight = 0;
  return {
    async executeSql(text, values) {
      inFlight += 1;
      try {
        return await db.executeSql(text, values);
      } finally {
        inFlight -= 1;
      }
    },
    async drain(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      // Idle across two timer turns: a statement that just ended may chain the next one (fetch → insert
      // → complete) from a microtask.
      let idleTurns = 0;
      while (idleTurns < 2 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, inFlight === 0 ? 0 : 20));
        idleTurns = inFlight === 0 ? idleTurns + 1 : 0;
      }
    },
  };
}
