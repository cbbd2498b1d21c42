import { and, count, countDistinct, eq, sql } from 'drizzle-orm';
import type { ApplicationDraft } from '../../../../shared/contracts/application.js';
import { matchDicomIdentity, type ApplicationIdentity } from '../../../../shared/domain/identity-match.js';
import type { DbExecutor } from '../../../db/client.js';
import {
  dicomInstances,
  dicomSeries,
  dicomStudies,
  documents,
  documentVersions,
} from '../../../db/schema/index.js';
import type { DicomInstanceInfo } from '../dicom/dicom-reader.js';

/**
 * Files become the case's imaging tree (study → series → instance) as they arrive, each image compared
 * with the patient of the application: images of someone else in a case are a safety and privacy
 * incident, so every disagreement is flagged for the coordinator (SPEC §5).
 */

/** The application's patient as the identity check compares it; null while the draft lacks it. */
export function applicationIdentityOf(application: ApplicationDraft): ApplicationIdentity | null {
  const name = application.patient?.name;
  const birthDate = application.patient?.birthDate;
  if (!name?.familyName || !name.givenName || !name.familyNameKana || !name.givenNameKana || !birthDate) {
    return null;
  }
  return {
    nameKanji: `${name.familyName} ${name.givenName}`,
    nameKana: `${name.familyNameKana} ${name.givenNameKana}`,
    birthDate,
  };
}

export async function ingestDicomInstance(
  db: DbExecutor,
  input: {
    caseId: string;
    versionId: string;
    entryName: string | null;
    instance: DicomInstanceInfo;
    identity: ApplicationIdentity | null;
  },
): Promise<{ seriesId: string; identityStatus: 'match' | 'mismatch' | 'unknown' }> {
  const { instance } = input;
  // Files without UIDs (rare exports) still belong somewhere: one study/series per file keeps them visible.
  const studyUid = instance.studyInstanceUid ?? `unknown-study:${instance.sopInstanceUid}`;
  const seriesUid = instance.seriesInstanceUid ?? `unknown-series:${instance.sopInstanceUid}`;

  const [study] = await db
    .insert(dicomStudies)
    .values({
      caseId: input.caseId,
      studyInstanceUid: studyUid,
      studyDate: instance.studyDate,
      description: instance.studyDescription,
    })
    .onConflictDoUpdate({
      target: [dicomStudies.caseId, dicomStudies.studyInstanceUid],
      set: {
        studyDate: sql`coalesce(${dicomStudies.studyDate}, excluded.study_date)`,
        description: sql`coalesce(${dicomStudies.description}, excluded.description)`,
      },
    })
    .returning({ id: dicomStudies.id });
  if (!study) throw new Error('study upsert returned nothing');

  const [series] = await db
    .insert(dicomSeries)
    .values({
      studyId: study.id,
      seriesInstanceUid: seriesUid,
      modality: instance.modality,
      bodyPart: instance.bodyPart,
      description: instance.seriesDescription,
      seriesNumber: instance.seriesNumber,
    })
    .onConflictDoUpdate({
      target: [dicomSeries.studyId, dicomSeries.seriesInstanceUid],
      set: { modality: sql`coalesce(${dicomSeries.modality}, excluded.modality)` },
    })
    .returning({ id: dicomSeries.id });
  if (!series) throw new Error('series upsert returned nothing');

  const match = input.identity
    ? matchDicomIdentity(input.identity, {
        name: {
          alphabetic: instance.patient.name.alphabetic,
          ideographic: instance.patient.name.ideographic,
          phonetic: instance.patient.name.phonetic,
        },
        birthDate: instance.patient.birthDate,
      })
    : { status: 'unknown' as const, reasons: ['name_missing' as const] };

  await db.insert(dicomInstances).values({
    seriesId: series.id,
    versionId: input.versionId,
    entryName: input.entryName,
    sopInstanceUid: instance.sopInstanceUid,
    instanceNumber: instance.instanceNumber,
    patient: instance.patient,
    identityStatus: match.status,
    identityReasons: match.reasons,
  });
  return { seriesId: series.id, identityStatus: match.status };
}

export type DicomSummaryRow = {
  documentId: string;
  studies: number;
  series: number;
  instances: number;
  mismatches: number;
};

/** Per document of the case: how many studies, series and images its versions hold, and mismatches. */
export async function dicomSummaryByDocument(
  db: DbExecutor,
  caseId: string,
): Promise<Map<string, DicomSummaryRow>> {
  const rows = await db
    .select({
      documentId: documentVersions.documentId,
      studies: countDistinct(dicomStudies.id),
      series: countDistinct(dicomSeries.id),
      instances: count(dicomInstances.id),
      mismatches: sql<number>`count(*) filter (where ${dicomInstances.identityStatus} = 'mismatch')`.mapWith(
        Number,
      ),
    })
    .from(dicomInstances)
    .innerJoin(documentVersions, eq(documentVersions.id, dicomInstances.versionId))
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .innerJoin(dicomSeries, eq(dicomSeries.id, dicomInstances.seriesId))
    .innerJoin(dicomStudies, eq(dicomStudies.id, dicomSeries.studyId))
    .where(eq(documents.caseId, caseId))
    .groupBy(documentVersions.documentId);
  return new Map(rows.map((row) => [row.documentId, row]));
}

export async function seriesAwaitingThumbnail(db: DbExecutor, seriesId: string): Promise<boolean> {
  const rows = await db
    .select({ id: dicomSeries.id })
    .from(dicomSeries)
    .where(and(eq(dicomSeries.id, seriesId), eq(dicomSeries.thumbnailState, 'pending')));
  return rows.length > 0;
}

/** A series, only if it belongs to the case (a series id of another case answers like a missing one). */
export async function findSeriesOfCase(db: DbExecutor, caseId: string, seriesId: string) {
  const rows = await db
    .select({ series: dicomSeries })
    .from(dicomSeries)
    .innerJoin(dicomStudies, eq(dicomStudies.id, dicomSeries.studyId))
    .where(and(eq(dicomSeries.id, seriesId), eq(dicomStudies.caseId, caseId)))
    .limit(1);
  return rows[0]?.series;
}
