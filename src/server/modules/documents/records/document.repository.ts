import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/client.js';
import { documents, documentVersions } from '../../../db/schema/index.js';

export type DocumentRow = typeof documents.$inferSelect;
export type VersionRow = typeof documentVersions.$inferSelect;
export type NewVersion = Omit<typeof documentVersions.$inferInsert, 'id' | 'documentId' | 'version'>;

export async function findVersionByUpload(db: DbExecutor, uploadId: string): Promise<VersionRow | undefined> {
  const rows = await db
    .select()
    .from(documentVersions)
    .where(eq(documentVersions.uploadId, uploadId))
    .limit(1);
  return rows[0];
}

export async function findDocument(
  db: DbExecutor,
  caseId: string,
  documentId: string,
): Promise<DocumentRow | undefined> {
  const rows = await db
    .select()
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.caseId, caseId)))
    .limit(1);
  return rows[0];
}

/** A new document with its first version. */
export async function insertDocumentWithVersion(
  db: DbExecutor,
  document: { caseId: string; checklistItem: string; createdAt: Date },
  version: NewVersion,
): Promise<{ document: DocumentRow; version: VersionRow }> {
  const [created] = await db.insert(documents).values(document).returning();
  if (!created) throw new Error('document insert returned nothing');
  const [first] = await db
    .insert(documentVersions)
    .values({ ...version, documentId: created.id, version: 1 })
    .returning();
  if (!first) throw new Error('version insert returned nothing');
  return { document: created, version: first };
}

/** A correction: the next version of a document (the caller holds the case lock). */
export async function insertNextVersion(
  db: DbExecutor,
  documentId: string,
  version: NewVersion,
): Promise<VersionRow> {
  const [latest] = await db
    .select({ version: documentVersions.version })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, documentId))
    .orderBy(desc(documentVersions.version))
    .limit(1);
  const [inserted] = await db
    .insert(documentVersions)
    .values({ ...version, documentId, version: (latest?.version ?? 0) + 1 })
    .returning();
  if (!inserted) throw new Error('version insert returned nothing');
  // A corrected document is looked at again.
  await db
    .update(documents)
    .set({ review: 'received', rejectionReason: null, reviewedAt: null, reviewedBy: null })
    .where(eq(documents.id, documentId));
  return inserted;
}

export function listDocuments(db: DbExecutor, caseId: string): Promise<DocumentRow[]> {
  return db.select().from(documents).where(eq(documents.caseId, caseId)).orderBy(asc(documents.createdAt));
}

export function listVersions(db: DbExecutor, documentIds: readonly string[]): Promise<VersionRow[]> {
  if (documentIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(documentVersions)
    .where(inArray(documentVersions.documentId, [...documentIds]))
    .orderBy(desc(documentVersions.version));
}

export async function findVersion(
  db: DbExecutor,
  documentId: string,
  version: number,
): Promise<VersionRow | undefined> {
  const rows = await db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.version, version)))
    .limit(1);
  return rows[0];
}

/** Bytes the case holds over all versions: the per-case limit counts corrections too. */
export async function usedBytesOfCase(db: DbExecutor, caseId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${documentVersions.bytes}), 0)` })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .where(eq(documents.caseId, caseId));
  return Number(row?.total ?? 0);
}

/** Removes a document of a draft case; the database refuses it once the case is submitted (R-DOC-06). */
export async function deleteDocument(db: DbExecutor, documentId: string): Promise<void> {
  await db.delete(documents).where(eq(documents.id, documentId));
}
