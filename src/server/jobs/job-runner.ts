import type PgBoss from 'pg-boss';
import { serializeError } from '../log-serializers.js';
import type { JobDefinition, JobPayload } from './job-definition.js';
import type { BossDb } from './pg-boss-db.js';

/** Pino's and Fastify's loggers fit. Log ids and job names only, never payloads. */
export type JobLogger = {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
};

export type JobContext = {
  id: string;
  /** 1 for the first try, 2 for the first retry, … */
  attempt: number;
  /** Aborted when the attempt times out or the queue stops without waiting for it. */
  signal: AbortSignal;
};

/**
 * Resolving completes the job; throwing fails it (retried while retries remain). Handlers must be
 * idempotent: a job can run again after a crash or a stop that did not wait for it.
 */
export type JobHandler<P extends JobPayload> = (payload: P, context: JobContext) => Promise<void> | void;

/** A job a worker loop holds, so stop() can abort and release it. */
export type RunningJob = { name: string; controller: AbortController; abandoned: boolean };

type RunnerDeps = { boss: PgBoss; db: BossDb; schema: string; logger: JobLogger };

export class JobTimeoutError extends Error {
  constructor(seconds: number) {
    super(`job ran longer than ${seconds} s`);
    this.name = 'JobTimeoutError';
  }
}

const defaultExpireSeconds = 15 * 60;

/**
 * One attempt of one job: parse the payload, run the handler within the job's expiry, then complete
 * or fail it. Every database call is awaited and guarded (pg-boss 10's own worker leaves complete/fail
 * un-awaited, so a database error there becomes an unhandled rejection that stops the process).
 */
export async function runJob<P extends JobPayload>(
  deps: RunnerDeps,
  job: JobDefinition<P>,
  handler: JobHandler<P>,
  raw: PgBoss.JobWithMetadata<unknown>,
  entry: RunningJob,
): Promise<void> {
  const { boss, logger } = deps;
  const attempt = raw.retryCount + 1;
  const fields = { job: job.name, jobId: raw.id, attempt };
  const guard = (what: string) => (error: unknown) =>
    logger.error({ ...fields, err: serializeError(error) }, `job ${what} failed`);

  const parsed = job.schema.safeParse(raw.data);
  if (!parsed.success) {
    // Retrying cannot mend a payload. Keep where it is wrong, none of its values.
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      code: issue.code,
    }));
    logger.warn({ ...fields, issues }, 'job payload failed its schema; failed without retry');
    await failForGood(deps, job.name, raw.id, { type: 'InvalidJobPayload', issues }).catch(guard('fail'));
    return;
  }

  const started = Date.now();
  const expireSeconds = Number(raw.expireInSeconds);
  try {
    await withTimeout(
      Promise.resolve().then(() =>
        handler(parsed.data, { id: raw.id, attempt, signal: entry.controller.signal }),
      ),
      Number.isFinite(expireSeconds) && expireSeconds > 0 ? expireSeconds : defaultExpireSeconds,
      entry.controller,
    );
  } catch (error) {
    if (entry.abandoned) return;
    const err = serializeError(error);
    logger.warn({ ...fields, durationMs: Date.now() - started, err }, 'job failed');
    // The stored output keeps the error's type, message and code, not its stack.
    await boss
      .fail(job.name, raw.id, { type: err.type, message: err.message, code: err.code })
      .catch(guard('fail'));
    return;
  }
  if (entry.abandoned) return;
  await boss.complete(job.name, raw.id).catch(guard('complete'));
  logger.debug({ ...fields, durationMs: Date.now() - started }, 'job completed');
}

async function withTimeout(work: Promise<void>, seconds: number, controller: AbortController): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new JobTimeoutError(seconds);
      controller.abort(error);
      reject(error);
    }, seconds * 1000);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * pg-boss fails a job for good only once its retries are used up, and has no call to give up early:
 * lower this job's limit to the retries it has had (its documented job columns), then fail it.
 */
async function failForGood(deps: RunnerDeps, name: string, id: string, output: object): Promise<void> {
  await deps.db.executeSql(
    `UPDATE ${deps.schema}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2 AND state = 'active'`,
    [name, id],
  );
  await deps.boss.fail(name, id, output);
}
