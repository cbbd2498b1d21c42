import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/client.js';
import { createTestDatabase } from '../testing/test-database.js';
import { defineJob } from './job-definition.js';
import { createJobQueue, type JobLogger, type JobQueue } from './job-queue.js';
import { bossDbFor } from './pg-boss-db.js';

// PGlite by default; each test file gets its own PostgreSQL database when TEST_DATABASE_URL is set.
let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

type LogEntry = { level: keyof JobLogger; fields: object; message: string };
let logs: LogEntry[] = [];
let queues: JobQueue[] = [];
let counter = 0;

/** A queue with fast polling, and a job name no other test uses (the pg-boss schema is shared). */
function newQueue(): JobQueue {
  const at =
    (level: keyof JobLogger) =>
    (fields: object, message: string): void =>
      void logs.push({ level, fields, message });
  const queue = createJobQueue({
    database,
    logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
    pollingIntervalSeconds: 0.5,
    cronMonitorIntervalSeconds: 1,
    cronWorkerIntervalSeconds: 1,
    stopTimeoutMs: 5_000,
  });
  queues.push(queue);
  return queue;
}

function uniqueName(base: string): string {
  counter += 1;
  return `test.${base}-${counter}`;
}

afterEach(async () => {
  await Promise.all(queues.map((queue) => queue.stop()));
  queues = [];
  const errors = logs.filter((entry) => entry.level === 'error');
  logs = [];
  expect(errors).toEqual([]);
});

const jobRowSchema = z.object({
  rows: z.array(z.object({ state: z.string(), retry_count: z.number(), output: z.unknown() })),
});

async function jobRow(id: string) {
  const result = await database.db.execute(
    sql`select state::text as state, retry_count, output from pgboss.job where id = ${id}::uuid`,
  );
  return jobRowSchema.parse(result).rows[0];
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('job queue', () => {
  it('works a sent job once, with its parsed payload, then marks it completed', async () => {
    const job = defineJob(uniqueName('once'), z.object({ documentId: z.uuid() }));
    const queue = newQueue();
    const seen: { payload: unknown; attempt: number }[] = [];
    await queue.work(job, (payload, context) => void seen.push({ payload, attempt: context.attempt }), {
      concurrency: 2,
    });
    await queue.start();

    const documentId = '6f1c1f0e-58a5-4c0b-9a53-2f5c3e9d1b11';
    const id = await queue.send(job, { documentId });
    expect(id).toEqual(expect.any(String));
    await waitFor(async () => (await jobRow(id!))?.state === 'completed');
    await pause(1_200); // two more polling rounds of both loops: nothing runs it again
    expect(seen).toEqual([{ payload: { documentId }, attempt: 1 }]);
  });

  it('retries a failing handler up to its retry limit, then fails the job', async () => {
    const job = defineJob(uniqueName('retry'), z.object({ n: z.number() }), {
      retryLimit: 2,
      retryDelaySeconds: 0,
    });
    const queue = newQueue();
    const attempts: number[] = [];
    await queue.work(job, (_payload, context) => {
      attempts.push(context.attempt);
      throw new Error('scanner unavailable');
    });
    await queue.start();

    const id = await queue.send(job, { n: 1 });
    await waitFor(async () => (await jobRow(id!))?.state === 'failed');
    await pause(1_200);
    expect(attempts).toEqual([1, 2, 3]);
    const row = await jobRow(id!);
    expect(row).toMatchObject({ retry_count: 2, output: { type: 'Error', message: 'scanner unavailable' } });
    expect(logs.filter((entry) => entry.message === 'job failed')).toHaveLength(3);
  });

  it('dedupes by singleton key on a queue with a deduping policy', async () => {
    const job = defineJob(uniqueName('singleton'), z.object({ documentId: z.string() }), { policy: 'short' });
    const queue = newQueue();
    await queue.declare(job);
    await queue.start();

    const first = await queue.send(job, { documentId: 'a' }, { singletonKey: 'a' });
    const again = await queue.send(job, { documentId: 'a' }, { singletonKey: 'a' });
    const other = await queue.send(job, { documentId: 'b' }, { singletonKey: 'b' });
    expect(first).toEqual(expect.any(String));
    expect(again).toBeNull();
    expect(other).toEqual(expect.any(String));

    const handled: string[] = [];
    await queue.work(job, (payload) => void handled.push(payload.documentId));
    await waitFor(() => handled.length === 2);
    await pause(1_000);
    expect(handled.sort()).toEqual(['a', 'b']);
  });

  it('refuses a singleton key where pg-boss would silently dedupe nothing', async () => {
    const job = defineJob(uniqueName('standard'), z.object({}));
    const queue = newQueue();
    await queue.start();
    await expect(queue.send(job, {}, { singletonKey: 'x' })).rejects.toThrow(/singletonKey/);
  });

  it('runs a scheduled job', async () => {
    const job = defineJob(uniqueName('cron'), z.object({ kind: z.literal('reminders') }));
    const queue = newQueue();
    const runs: unknown[] = [];
    await queue.work(job, (payload) => void runs.push(payload));
    await queue.start();
    // Every minute: the first check after scheduling finds the current minute due.
    await queue.schedule(job, '* * * * *', { kind: 'reminders' }, { tz: 'Asia/Tokyo' });
    // Up to two schedule checks (1 s apart) and the hand-over worker's poll (1 s): allow for a busy machine.
    await waitFor(() => runs.length > 0, 15_000);
    expect(runs).toEqual([{ kind: 'reminders' }]);
  });

  it('stop() waits for a running handler, which then completes its job', async () => {
    const job = defineJob(uniqueName('graceful'), z.object({}));
    const queue = newQueue();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = false;
    await queue.work(job, async () => {
      started = true;
      await gate;
    });
    await queue.start();
    const id = await queue.send(job, {});
    await waitFor(() => started);

    let stopped = false;
    const stopping = queue.stop().then(() => (stopped = true));
    await pause(700);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect((await jobRow(id!))?.state).toBe('completed');
  });

  it('stop() is bounded: a handler that does not finish is aborted and released for retry', async () => {
    const job = defineJob(uniqueName('stuck'), z.object({}), { retryLimit: 1 });
    const queue = newQueue();
    let signal: AbortSignal | undefined;
    await queue.work(job, (_payload, context) => {
      signal = context.signal;
      return new Promise<void>(() => undefined);
    });
    await queue.start();
    const id = await queue.send(job, {});
    await waitFor(() => signal !== undefined);

    const before = Date.now();
    await queue.stop({ timeoutMs: 300 });
    expect(Date.now() - before).toBeLessThan(3_000);
    expect(signal?.aborted).toBe(true);
    expect((await jobRow(id!))?.state).toBe('retry');
  });

  it('fails a job whose payload does not match its schema without calling the handler or retrying', async () => {
    const name = uniqueName('schema');
    // An older release sent another shape under the same name.
    const oldJob = defineJob(name, z.object({ patientName: z.string() }));
    const job = defineJob(name, z.object({ documentId: z.string() }), { retryLimit: 3 });
    const queue = newQueue();
    const handled: string[] = [];
    await queue.work(job, (payload) => void handled.push(payload.documentId));
    await queue.start();

    const bad = await queue.send(oldJob, { patientName: '山田 太郎' });
    await waitFor(async () => (await jobRow(bad!))?.state === 'failed');
    const row = await jobRow(bad!);
    expect(row?.retry_count).toBe(0);
    expect(row?.output).toEqual({
      type: 'InvalidJobPayload',
      issues: [{ path: 'documentId', code: 'invalid_type' }],
    });
    // The worker is still alive, and the payload's value is in no log.
    await queue.send(job, { documentId: 'd-1' });
    await waitFor(() => handled.length === 1);
    expect(handled).toEqual(['d-1']);
    expect(JSON.stringify(logs)).not.toContain('山田');
  });

  it('sendInTransaction enqueues with the transaction and not when it rolls back', async () => {
    const job = defineJob(uniqueName('tx'), z.object({ n: z.number() }));
    const queue = newQueue();
    const handled: number[] = [];
    await queue.work(job, (payload) => void handled.push(payload.n));
    await queue.start();

    const committed = await database.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(42)`);
      return queue.sendInTransaction(tx, job, { n: 1 });
    });
    let rolledBack: string | null = null;
    await expect(
      database.db.transaction(async (tx) => {
        rolledBack = await queue.sendInTransaction(tx, job, { n: 2 });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');

    await waitFor(() => handled.length === 1);
    await pause(1_000);
    expect(handled).toEqual([1]);
    expect(await jobRow(committed!)).toMatchObject({ state: 'completed' });
    expect(rolledBack).toEqual(expect.any(String));
    expect(await jobRow(rolledBack!)).toBeUndefined();
  });

  it('refuses to send before start, and in a transaction before the job is declared', async () => {
    const job = defineJob(uniqueName('early'), z.object({}));
    const queue = newQueue();
    await expect(queue.send(job, {})).rejects.toThrow(/not started/);
    await queue.start();
    await expect(database.db.transaction((tx) => queue.sendInTransaction(tx, job, {}))).rejects.toThrow(
      /declare it/,
    );
  });
});

describe('the pg-boss database adapter', () => {
  it('rolls back a failed BEGIN…COMMIT text, so the shared connection stays usable', async () => {
    const db = bossDbFor(database);
    await db.executeSql('CREATE TABLE job_adapter_rollback (n int)');
    await expect(
      db.executeSql(`
        BEGIN;
        SELECT pg_advisory_xact_lock(7);
        INSERT INTO job_adapter_rollback VALUES (1);
        SELECT 1/0;
        COMMIT;
      `),
    ).rejects.toThrow(/division by zero/);
    // Several times: on PostgreSQL each call may take another pooled connection.
    for (let i = 0; i < 6; i += 1) {
      expect((await db.executeSql('SELECT count(*)::int AS n FROM job_adapter_rollback')).rows).toEqual([
        { n: 0 },
      ]);
    }
    await database.db.execute(sql`select 1`);
  });

  it('runs value-less multi-statement texts and parameterised statements', async () => {
    const db = bossDbFor(database);
    await db.executeSql('CREATE TABLE job_adapter_commit (n int)');
    await db.executeSql(
      'BEGIN; SET LOCAL lock_timeout = 1000; INSERT INTO job_adapter_commit VALUES (5); COMMIT;',
    );
    const probe = await db.executeSql('SELECT n FROM job_adapter_commit');
    expect(probe.rows).toEqual([{ n: 5 }]);
    const single = await db.executeSql('SELECT $1::int + 1 AS n, $2::jsonb AS data', [41, { a: 1 }]);
    expect(single.rows).toEqual([{ n: 42, data: { a: 1 } }]);
  });
});
