import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { defineJob } from '../../../jobs/job-definition.js';
import type { JobQueue } from '../../../jobs/job-queue.js';
import { verifyStoredFiles, type IntegrityDeps } from './integrity-check.js';
import { makeSeriesThumbnail, type ThumbnailDeps } from './series-thumbnail.js';

/** The documents module's background work: previews, the integrity sweep, abandoned uploads. */

export const seriesThumbnailJob = defineJob('documents.thumbnail', z.object({ seriesId: z.uuid() }), {
  // One preview per series however many of its images arrive: later sends while one is queued are dropped.
  policy: 'stately',
  retryLimit: 3,
  retryBackoff: true,
});
export const integrityCheckJob = defineJob('documents.integrity_check', z.object({}), {
  policy: 'singleton',
});
export const stagingSweepJob = defineJob('documents.staging_sweep', z.object({}), { policy: 'singleton' });

export type DocumentJobsDeps = ThumbnailDeps &
  IntegrityDeps & {
    jobs: JobQueue;
    /** Removes uploads abandoned past their expiry, finalizes complete ones left behind; how many of each. */
    sweepStaging: () => Promise<{ removed: number; finalized: number }>;
    /** The hospital's zone: the nightly runs happen at night there. */
    timeZone: string;
  };

export async function registerDocumentJobs(
  app: FastifyInstance,
  deps: DocumentJobsDeps,
): Promise<(seriesId: string) => void> {
  const { jobs } = deps;
  await jobs.work(seriesThumbnailJob, async ({ seriesId }) => {
    await makeSeriesThumbnail(deps, seriesId);
  });
  await jobs.work(integrityCheckJob, async () => {
    // Bounded per run; the nightly schedule walks the whole store over the days.
    const report = await verifyStoredFiles(deps, { maxAgeDays: 30, limit: 2000 });
    app.log.info({ checked: report.checked, mismatched: report.mismatched.length }, 'integrity check done');
  });
  await jobs.work(stagingSweepJob, async () => {
    const { removed, finalized } = await deps.sweepStaging();
    if (removed > 0 || finalized > 0) app.log.info({ removed, finalized }, 'staging swept');
  });
  // Schedules need a started queue: main starts it before listening, which readies the app.
  app.addHook('onReady', async () => {
    await jobs.schedule(integrityCheckJob, '30 2 * * *', {}, { tz: deps.timeZone });
    await jobs.schedule(stagingSweepJob, '15 * * * *', {});
  });

  return (seriesId) => {
    jobs.send(seriesThumbnailJob, { seriesId }, { singletonKey: seriesId }).catch((error: unknown) => {
      app.log.error({ err: error }, 'could not queue a series thumbnail');
    });
  };
}
