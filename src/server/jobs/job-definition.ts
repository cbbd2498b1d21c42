import type { z } from 'zod';

/**
 * pg-boss queue policies. Only `standard` lets any number of jobs wait; the others dedupe by
 * singleton key — and a job sent WITHOUT a key shares the empty key, so on those queues at most one
 * key-less job waits (short), runs (singleton) or both (stately).
 */
export type QueuePolicy = 'standard' | 'short' | 'singleton' | 'stately';

/** Defaults stored on the job's queue; a send can override the retry and expiry ones. */
export type JobDefaults = {
  policy?: QueuePolicy;
  /** Retries after the first attempt (pg-boss default 2). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Doubles the delay at each retry, with jitter. */
  retryBackoff?: boolean;
  /** How long one attempt may run before it counts as failed (pg-boss default 15 minutes). */
  expireInSeconds?: number;
};

/** Payloads are JSON objects: ids and flags, never patient data (they sit in pg-boss tables unencrypted). */
export type JobPayload = Record<string, unknown>;

export type JobDefinition<Payload extends JobPayload = JobPayload> = {
  readonly name: string;
  readonly schema: z.ZodType<Payload>;
  readonly defaults: JobDefaults;
};

// A fixed identifier: job names land in logs, metrics and table rows, so they cannot carry values.
const jobNamePattern = /^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$/;

/**
 * A job type: its queue name, the schema its payload must satisfy (checked when it is sent and again
 * before a handler sees it, so a payload written by an older release cannot reach new code unchecked)
 * and its queue defaults. Use schemas whose output is valid input (no transforms): the parsed payload
 * is what is stored and parsed again.
 */
export function defineJob<Payload extends JobPayload>(
  name: string,
  schema: z.ZodType<Payload>,
  defaults: JobDefaults = {},
): JobDefinition<Payload> {
  if (!jobNamePattern.test(name) || name.length > 100) {
    throw new Error(`job name "${name}" must be a lower-case identifier such as "documents.rehash"`);
  }
  return Object.freeze({ name, schema, defaults: Object.freeze({ ...defaults }) });
}
