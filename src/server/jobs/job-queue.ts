import { setTimeout as sleep } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import type { DatabaseHandle, DbExecutor } from '../db/client.js';
import { serializeError } from '../log-serializers.js';
import type { JobDefaults, JobDefinition, JobPayload } from './job-definition.js';
import { bossDbFor, transactionBossDb, trackInFlight } from './pg-boss-db.js';
import { runJob, type JobHandler, type JobLogger, type RunningJob } from './job-runner.js';

export type { JobContext, JobHandler, JobLogger } from './job-runner.js';

export type SendOptions = {
  /**
   * Dedupes on queues whose policy is not `standard` (see QueuePolicy), or with singletonSeconds on
   * any queue. Ids only: the key is stored and indexed in clear.
   */
  singletonKey?: string;
  /** At most one job per key in each window of this many seconds (throttling). */
  singletonSeconds?: number;
  /** When the job may start: a moment, or seconds from now. */
  startAfter?: Date | number;
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  expireInSeconds?: number;
  priority?: number;
};

export type WorkOptions = {
  /** Jobs of this type run at most this many at a time in this process (default 1). */
  concurrency?: number;
};

export type ScheduleOptions = {
  /** IANA zone the cron expression is read in (default UTC), e.g. 'Asia/Tokyo'. */
  tz?: string;
};

export type JobQueue = {
  /** Installs or migrates pg-boss's schema, creates the queues known so far and starts the workers. */
  start(): Promise<void>;
  /**
   * Stops fetching, waits for running handlers up to timeoutMs, then fails the ones still running so
   * they are retried, and stops pg-boss's timers. Call before closing the database.
   */
  stop(options?: { timeoutMs?: number }): Promise<void>;
  /** Makes sure the jobs' queues exist (needed before sendInTransaction of a job no worker here takes). */
  declare(...jobs: JobDefinition[]): Promise<void>;
  /**
   * Enqueues a job on its own, outside any transaction. Returns its id, or null when a singleton key
   * deduped it. Inside a transaction use sendInTransaction: on PGlite a plain send would wait for the
   * transaction that is waiting for it, forever.
   */
  send<P extends JobPayload>(
    job: JobDefinition<P>,
    payload: P,
    options?: SendOptions,
  ): Promise<string | null>;
  /** Enqueues a job as part of the caller's transaction: no job if it rolls back. */
  sendInTransaction<P extends JobPayload>(
    tx: Pick<DbExecutor, 'execute'>,
    job: JobDefinition<P>,
    payload: P,
    options?: SendOptions,
  ): Promise<string | null>;
  /** Runs the handler for each job of this type; registered before start() they begin with it. */
  work<P extends JobPayload>(
    job: JobDefinition<P>,
    handler: JobHandler<P>,
    options?: WorkOptions,
  ): Promise<void>;
  /** Sends the job on a cron schedule (one schedule per job type, shared by all instances). */
  schedule<P extends JobPayload>(
    job: JobDefinition<P>,
    cron: string,
    payload: P,
    options?: ScheduleOptions,
  ): Promise<void>;
  unschedule(job: JobDefinition): Promise<void>;
};

export type JobQueueOptions = {
  database: DatabaseHandle;
  logger: JobLogger;
  /** How often an idle worker asks for a job (seconds, at least 0.5; default 2). */
  pollingIntervalSeconds?: number;
  /** How often schedules are checked and scheduled jobs are handed over (seconds; tests use 1). */
  cronMonitorIntervalSeconds?: number;
  cronWorkerIntervalSeconds?: number;
  /** Expiry of stuck jobs and archiving of finished ones (seconds; default 120). */
  maintenanceIntervalSeconds?: number;
  /** Default bound of stop() (default 15 s, inside the usual 30 s a container gets after SIGTERM). */
  stopTimeoutMs?: number;
  /** Where pg-boss keeps its tables (default `pgboss`). */
  schema?: string;
};

type Registration = {
  job: JobDefinition;
  concurrency: number;
  run(raw: PgBoss.JobWithMetadata<unknown>, running: RunningJob): Promise<void>;
};

// Beyond this a send is most likely waiting for a PGlite transaction that is waiting for the send.
const slowSendWarningMs = 5_000;

export function createJobQueue(options: JobQueueOptions): JobQueue {
  const { database, logger } = options;
  const schema = options.schema ?? 'pgboss';
  const pollingMs = Math.max(500, (options.pollingIntervalSeconds ?? 2) * 1000);
  const db = trackInFlight(bossDbFor(database));
  const boss = new PgBoss({
    db,
    schema,
    migrate: true,
    supervise: true,
    schedule: true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 120,
    cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds ?? 30,
    cronWorkerIntervalSeconds: options.cronWorkerIntervalSeconds ?? 5,
  });
  // An EventEmitter without an 'error' listener would throw pg-boss's maintenance errors at the process.
  boss.on('error', (error) => logger.error({ err: serializeError(error) }, 'job queue error'));

  let state: 'idle' | 'starting' | 'started' | 'stopping' | 'stopped' = 'idle';
  let starting: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;
  const idle = new AbortController();
  const registrations: Registration[] = [];
  const declared = new Map<string, JobDefinition>();
  const queues = new Map<string, Promise<void>>();
  const ensuredQueues = new Set<string>();
  const loops: Promise<void>[] = [];
  const running = new Map<string, RunningJob>();

  function assertUsable(action: string): void {
    if (state !== 'started' && state !== 'stopping') {
      throw new Error(`job queue cannot ${action}: it is ${state === 'stopped' ? 'stopped' : 'not started'}`);
    }
  }

  /** Deadlocks between instances creating the same queues at once are retried, not fatal. */
  async function createOrUpdateQueue(name: string, queue: PgBoss.Queue): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        // createQueue leaves an existing queue as it is; updateQueue brings its defaults up to date.
        await boss.createQueue(name, queue);
        await boss.updateQueue(name, queue);
        return;
      } catch (error) {
        const deadlock =
          typeof error === 'object' && error !== null && 'code' in error && error.code === '40P01';
        if (!deadlock || attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  }

  // One queue created at a time: pg-boss's createQueue takes locks that deadlock on PostgreSQL when
  // several run concurrently (seen at start-up with three documents jobs).
  let creations: Promise<unknown> = Promise.resolve();

  function ensureQueue(job: JobDefinition): Promise<void> {
    let ready = queues.get(job.name);
    if (!ready) {
      const queue = queueOptions(job.name, job.defaults);
      ready = creations
        .then(() => createOrUpdateQueue(job.name, queue))
        .then(() => void ensuredQueues.add(job.name));
      creations = ready.catch(() => undefined);
      ready.catch(() => queues.delete(job.name));
      queues.set(job.name, ready);
    }
    return ready;
  }

  async function workerLoop(registration: Registration): Promise<void> {
    const { name } = registration.job;
    while (state === 'started') {
      let job: PgBoss.JobWithMetadata<unknown> | undefined;
      try {
        // pg-boss's fetch marks the job active with SKIP LOCKED: one instance and one loop get it.
        [job] = await boss.fetch<unknown>(name, { batchSize: 1, includeMetadata: true });
      } catch (error) {
        logger.error({ job: name, err: serializeError(error) }, 'job fetch failed');
      }
      if (!job) {
        await sleep(pollingMs, undefined, { signal: idle.signal }).catch(() => undefined);
        continue;
      }
      const entry: RunningJob = { name, controller: new AbortController(), abandoned: false };
      running.set(job.id, entry);
      try {
        await registration.run(job, entry);
      } catch (error) {
        // runJob guards its own steps; this keeps the loop (and stop()) alive if that ever changes.
        logger.error({ job: name, jobId: job.id, err: serializeError(error) }, 'job run failed');
      } finally {
        running.delete(job.id);
      }
    }
  }

  function launch(registration: Registration): void {
    for (let i = 0; i < registration.concurrency; i += 1) loops.push(workerLoop(registration));
  }

  async function start(): Promise<void> {
    await boss.start();
    try {
      await Promise.all([...declared.values(), ...registrations.map((r) => r.job)].map(ensureQueue));
    } catch (error) {
      // pg-boss's timers are running by now and would keep a failed start-up's process alive.
      await boss.stop({ graceful: false, close: false, wait: true }).catch(() => undefined);
      throw error;
    }
    state = 'started';
    registrations.forEach(launch);
    logger.info({ jobs: registrations.map((r) => r.job.name) }, 'job queue started');
  }

  async function stop(timeoutMs: number): Promise<void> {
    state = 'stopping';
    idle.abort();
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      Promise.all(loops).then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (!finished) {
      // Release what is still running so another instance (or the next start) retries it; the
      // handler's own late outcome is then ignored (abandoned).
      for (const [id, job] of running) {
        job.abandoned = true;
        job.controller.abort(new Error('job queue stopped'));
        await boss
          .fail(job.name, id, { type: 'JobQueueStopped', message: 'stopped while running' })
          .catch((error: unknown) =>
            logger.error({ job: job.name, jobId: id, err: serializeError(error) }, 'job release failed'),
          );
        logger.warn({ job: job.name, jobId: id }, 'job still running at stop; released for retry');
      }
    }
    await boss.stop({ graceful: false, close: false, wait: true });
    await db.drain(2_000);
    state = 'stopped';
    logger.info({}, 'job queue stopped');
  }

  function sendOptions(job: JobDefinition, options: SendOptions): PgBoss.SendOptions {
    if (
      options.singletonKey !== undefined &&
      options.singletonSeconds === undefined &&
      (job.defaults.policy ?? 'standard') === 'standard'
    ) {
      // pg-boss would accept it and dedupe nothing.
      throw new Error(
        `job ${job.name}: a singletonKey needs a non-standard queue policy or singletonSeconds`,
      );
    }
    return defined({
      singletonKey: options.singletonKey,
      singletonSeconds: options.singletonSeconds,
      startAfter: options.startAfter,
      retryLimit: options.retryLimit,
      retryDelay: options.retryDelaySeconds,
      retryBackoff: options.retryBackoff,
      expireInSeconds: options.expireInSeconds,
      priority: options.priority,
    });
  }

  return {
    start() {
      if (state === 'stopping' || state === 'stopped')
        return Promise.reject(new Error('job queue is stopped'));
      if (!starting) {
        state = 'starting';
        starting = start().catch((error: unknown) => {
          state = 'idle';
          starting = undefined;
          throw error;
        });
      }
      return starting;
    },

    stop(stopOptions = {}) {
      if (state === 'idle') state = 'stopped';
      if (state === 'stopped' && !stopping) return Promise.resolve();
      stopping ??= (starting ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => stop(stopOptions.timeoutMs ?? options.stopTimeoutMs ?? 15_000));
      return stopping;
    },

    async declare(...jobs) {
      for (const job of jobs) declared.set(job.name, job);
      if (state === 'started' || state === 'stopping') await Promise.all(jobs.map(ensureQueue));
    },

    async send(job, payload, options = {}) {
      assertUsable('send');
      const data = job.schema.parse(payload);
      const bossOptions = sendOptions(job, options);
      const warning =
        database.kind === 'pglite'
          ? setTimeout(
              () =>
                logger.warn(
                  { job: job.name },
                  'job send is waiting for the database: inside a transaction use sendInTransaction',
                ),
              slowSendWarningMs,
            )
          : undefined;
      try {
        await ensureQueue(job);
        return await boss.send(job.name, data, bossOptions);
      } finally {
        clearTimeout(warning);
      }
    },

    async sendInTransaction(tx, job, payload, options = {}) {
      assertUsable('send');
      // Creating the queue here would go around the transaction (and on PGlite wait for it).
      if (!ensuredQueues.has(job.name)) {
        throw new Error(
          `job ${job.name}: declare it (jobs.declare or jobs.work) before sending it in a transaction`,
        );
      }
      const data = job.schema.parse(payload);
      return boss.send(job.name, data, { ...sendOptions(job, options), db: transactionBossDb(tx) });
    },

    async work(job, handler, workOptions = {}) {
      if (state === 'stopping' || state === 'stopped') throw new Error('job queue is stopped');
      if (registrations.some((r) => r.job.name === job.name))
        throw new Error(`job ${job.name} already has a handler`);
      const concurrency = workOptions.concurrency ?? 1;
      if (!Number.isInteger(concurrency) || concurrency < 1)
        throw new Error('concurrency must be a positive integer');
      const registration: Registration = {
        job,
        concurrency,
        run: (raw, entry) => runJob({ boss, db, schema, logger }, job, handler, raw, entry),
      };
      registrations.push(registration);
      if (state === 'started') {
        await ensureQueue(job);
        launch(registration);
      }
    },

    async schedule(job, cron, payload, scheduleOptions = {}) {
      assertUsable('schedule');
      const data = job.schema.parse(payload);
      await ensureQueue(job);
      await boss.schedule(job.name, cron, data, defined({ tz: scheduleOptions.tz }));
    },

    async unschedule(job) {
      assertUsable('unschedule');
      await boss.unschedule(job.name);
    },
  };
}

function queueOptions(name: string, defaults: JobDefaults): PgBoss.Queue {
  return {
    name,
    ...defined({
      policy: defaults.policy,
      retryLimit: defaults.retryLimit,
      retryDelay: defaults.retryDelaySeconds,
      retryBackoff: defaults.retryBackoff,
      expireInSeconds: defaults.expireInSeconds,
    }),
  };
}

/** pg-boss validates option keys that are present, so an undefined one must be left out. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
