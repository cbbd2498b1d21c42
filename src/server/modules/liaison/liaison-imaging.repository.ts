import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client.js';
import { dicomInstances, dicomSeries, dicomStudies } from '../../db/schema/index.js';

/** The case's imaging tree for the console: studies → series with counts, and identity disagreements. */

export type SeriesRecord = Awaited<ReturnType<typeof imagingSeries>>[number];

export function imagingSeries(db: DbExecutor, caseId: string) {
  return db
    .select({
      studyId: dicomStudies.id,
      studyInstanceUid: dicomStudies.studyInstanceUid,
      studyDate: dicomStudies.studyDate,
      studyDescription: dicomStudies.description,
      id: dicomSeries.id,
      seriesInstanceUid: dicomSeries.seriesInstanceUid,
      seriesNumber: dicomSeries.seriesNumber,
      modality: dicomSeries.modality,
      bodyPart: dicomSeries.bodyPart,
      description: dicomSeries.description,
      thumbnailState: dicomSeries.thumbnailState,
      instances: sql<number>`count(${dicomInstances.id})::int`,
      mismatches: sql<number>`count(*) filter (where ${dicomInstances.identityStatus} = 'mismatch')::int`,
      unknowns: sql<number>`count(*) filter (where ${dicomInstances.identityStatus} = 'unknown')::int`,
    })
    .from(dicomStudies)
    .innerJoin(dicomSeries, eq(dicomSeries.studyId, dicomStudies.id))
    .leftJoin(dicomInstances, eq(dicomInstances.seriesId, dicomSeries.id))
    .where(eq(dicomStudies.caseId, caseId))
    .groupBy(dicomStudies.id, dicomSeries.id)
    .orderBy(
      sql`${dicomStudies.studyDate} nulls last`,
      asc(dicomStudies.id),
      sql`${dicomSeries.seriesNumber} nulls last`,
      asc(dicomSeries.id),
    );
}

/** Each distinct way an image of the case disagrees (or lacks data): reasons and the patient as written. */
export function identityFindings(db: DbExecutor, caseId: string) {
  return (
    db
      .select({
        seriesId: dicomInstances.seriesId,
        reasons: dicomInstances.identityReasons,
        patient: dicomInstances.patient,
      })
      .from(dicomInstances)
      .innerJoin(dicomSeries, eq(dicomSeries.id, dicomInstances.seriesId))
      .innerJoin(dicomStudies, eq(dicomStudies.id, dicomSeries.studyId))
      .where(and(eq(dicomStudies.caseId, caseId), ne(dicomInstances.identityStatus, 'match')))
      // A CD of 500 images of one other patient is one finding, not 500.
      .groupBy(dicomInstances.seriesId, dicomInstances.identityReasons, dicomInstances.patient)
  );
}
