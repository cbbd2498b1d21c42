import { asc, eq, isNull, lt, or } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/client.js';
import { dicomInstances, dicomSeries, documentVersions } from '../../../db/schema/index.js';

export type VersionToVerify = typeof documentVersions.$inferSelect;

/**
 * The images of a series in instance order, each with the file it is in: a file of its own, or an entry
 * (`entryName`) of a zipped CD.
 */
export function seriesImages(db: DbExecutor, seriesId: string) {
  return db
    .select({
      version: documentVersions,
      entryName: dicomInstances.entryName,
      instanceNumber: dicomInstances.instanceNumber,
    })
    .from(dicomInstances)
    .innerJoin(documentVersions, eq(documentVersions.id, dicomInstances.versionId))
    .where(eq(dicomInstances.seriesId, seriesId))
    .orderBy(asc(dicomInstances.instanceNumber));
}

export async function setThumbnail(
  db: DbExecutor,
  seriesId: string,
  thumbnail: { key: string; encryption: unknown } | null,
): Promise<void> {
  await db
    .update(dicomSeries)
    .set(
      thumbnail
        ? { thumbnailKey: thumbnail.key, thumbnailEncryption: thumbnail.encryption, thumbnailState: 'ready' }
        : { thumbnailState: 'unavailable' },
    )
    .where(eq(dicomSeries.id, seriesId));
}

/** Versions never checked, or not checked since `before`: the oldest first, a batch at a time. */
export function versionsToVerify(db: DbExecutor, before: Date, limit: number): Promise<VersionToVerify[]> {
  return db
    .select()
    .from(documentVersions)
    .where(or(isNull(documentVersions.lastVerifiedAt), lt(documentVersions.lastVerifiedAt, before)))
    .orderBy(asc(documentVersions.lastVerifiedAt), asc(documentVersions.createdAt))
    .limit(limit);
}

export async function markVerified(db: DbExecutor, versionId: string, ok: boolean, at: Date): Promise<void> {
  await db
    .update(documentVersions)
    .set({ lastVerifiedAt: at, integrityOk: ok })
    .where(eq(documentVersions.id, versionId));
}
