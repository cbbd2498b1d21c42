import { and, asc, desc, eq, gt, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Database, DbExecutor } from '../../db/client.js';
import { auditEvents } from '../../db/schema/index.js';
import { chainHash, GENESIS_HASH } from './audit.chain.js';
import { prepareAuditEvent, type AuditEventInput } from './audit.input.js';

export type AuditEventRow = typeof auditEvents.$inferSelect;

/**
 * The one advisory lock every writer of the trail takes ("audit" in ASCII). Keys of other advisory locks
 * in this application must not collide with it; a collision would only make writers wait, never fork.
 */
export const AUDIT_CHAIN_LOCK_KEY = 0x61_75_64_69_74;

const reservation = z.object({
  rows: z.tuple([
    z.object({
      id: z.coerce.number().int().positive(),
      prev_hash: z.string().nullable(),
      isolation: z.string(),
    }),
  ]),
});

/**
 * Appends one event to the chain. MUST run inside a transaction (`db.transaction(tx => …)`), at the end
 * of it: the advisory lock is held until commit, so the row read as "last" is still last when this one
 * commits and concurrent writers never fork the chain. A rolled-back transaction takes its row with it,
 * leaving only a gap in the ids, which the verifier tolerates.
 *
 * The id is part of the hash, so it is reserved first (nextval of the identity's own sequence, under
 * the lock, hence in chain order) and inserted with OVERRIDING SYSTEM VALUE: the row is complete on
 * insert, because an UPDATE to fill in the hash afterwards is refused by the append-only trigger.
 */
export async function appendAuditEvent(
  tx: DbExecutor,
  input: AuditEventInput,
  now: Date,
): Promise<AuditEventRow> {
  // Outside a transaction the xact lock would end with its own statement and protect nothing.
  if (!(tx instanceof PgTransaction)) throw new Error('appendAuditEvent must run inside a transaction');
  const prepared = prepareAuditEvent(input);

  await tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(AUDIT_CHAIN_LOCK_KEY))}::bigint)`);
  const [reserved] = reservation.parse(
    await tx.execute(sql`
      select nextval(pg_get_serial_sequence('audit_events', 'id'))::text as id,
        (select hash from audit_events order by id desc limit 1) as prev_hash,
        current_setting('transaction_isolation') as isolation`),
  ).rows;
  // A snapshot older than the lock (repeatable read, serializable) could miss the last row: a fork.
  if (reserved.isolation !== 'read committed') {
    throw new Error(`appendAuditEvent needs a read committed transaction, not ${reserved.isolation}`);
  }

  const prevHash = reserved.prev_hash ?? GENESIS_HASH;
  const fields = { ...prepared, id: reserved.id, occurredAt: now };
  const [row] = await tx
    .insert(auditEvents)
    .overridingSystemValue()
    .values({ ...fields, prevHash, hash: chainHash(prevHash, fields) })
    .returning();
  // Never commit a row that verification would call altered (e.g. a value the database normalised).
  if (!row || chainHash(row.prevHash, row) !== row.hash) {
    throw new Error('audit event does not survive the round trip through the database unchanged');
  }
  return row;
}

/** Appends one event in a transaction of its own, for callers that have none (e.g. recording a read). */
export function recordAuditEvent(db: Database, input: AuditEventInput, now: Date): Promise<AuditEventRow> {
  return db.transaction((tx) => appendAuditEvent(tx, input, now));
}

/** Position in the newest-first order: the last event of the previous page. */
export type AuditPosition = { occurredAt: Date; id: number };

export type AuditSearchQuery = {
  patientUserId?: string;
  actorUserId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive, so consecutive periods never count an event twice. */
  to?: Date;
  action?: string;
  limit: number;
  after?: AuditPosition;
};

/** Newest first, keyset-paginated on (occurredAt, id), which the (…, occurred_at) indexes serve. */
export async function searchAuditEvents(
  db: DbExecutor,
  query: AuditSearchQuery,
): Promise<{ rows: AuditEventRow[]; next: AuditPosition | null }> {
  const conditions: (SQL | undefined)[] = [
    query.patientUserId === undefined ? undefined : eq(auditEvents.patientUserId, query.patientUserId),
    query.actorUserId === undefined ? undefined : eq(auditEvents.actorUserId, query.actorUserId),
    query.from === undefined ? undefined : gte(auditEvents.occurredAt, query.from),
    query.to === undefined ? undefined : lt(auditEvents.occurredAt, query.to),
    query.action === undefined ? undefined : eq(auditEvents.action, query.action),
    query.after === undefined
      ? undefined
      : or(
          lt(auditEvents.occurredAt, query.after.occurredAt),
          and(eq(auditEvents.occurredAt, query.after.occurredAt), lt(auditEvents.id, query.after.id)),
        ),
  ];
  // One row more than asked tells whether another page exists without counting.
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    rows: page,
    next: rows.length > query.limit && last ? { occurredAt: last.occurredAt, id: last.id } : null,
  };
}

/** Every event in id (= chain) order, a batch at a time, for verification. */
export async function* streamAuditEvents(db: DbExecutor, batchSize: number): AsyncGenerator<AuditEventRow> {
  let after: number | undefined;
  for (;;) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(after === undefined ? undefined : gt(auditEvents.id, after))
      .orderBy(asc(auditEvents.id))
      .limit(batchSize);
    yield* batch;
    const last = batch.at(-1);
    if (!last || batch.length < batchSize) return;
    after = last.id;
  }
}
