import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client.js';
import { caseEvents, cases } from '../../db/schema/index.js';

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventInsert = typeof caseEvents.$inferInsert;

export async function insertDraftCase(db: DbExecutor, patientUserId: string, now: Date): Promise<CaseRow> {
  const rows = await db
    .insert(cases)
    .values({ patientUserId, status: 'draft', application: {}, createdAt: now, updatedAt: now })
    .returning();
  const row = rows[0];
  if (!row) throw new Error('case insert returned nothing');
  return row;
}

export async function findCase(db: DbExecutor, id: string): Promise<CaseRow | undefined> {
  const rows = await db.select().from(cases).where(eq(cases.id, id)).limit(1);
  return rows[0];
}

/** The row locked for the rest of the transaction: commands on one case run one after another. */
export async function findCaseForUpdate(db: DbExecutor, id: string): Promise<CaseRow | undefined> {
  const rows = await db.select().from(cases).where(eq(cases.id, id)).limit(1).for('update');
  return rows[0];
}

export function listCasesOfPatient(db: DbExecutor, patientUserId: string): Promise<CaseRow[]> {
  return db.select().from(cases).where(eq(cases.patientUserId, patientUserId)).orderBy(desc(cases.createdAt));
}

/** Saves a draft only if nobody saved since `revision` was read; undefined when someone did. */
export async function saveDraftApplication(
  db: DbExecutor,
  id: string,
  revision: number,
  application: unknown,
  departmentCode: string | null,
  now: Date,
): Promise<CaseRow | undefined> {
  const rows = await db
    .update(cases)
    .set({ application, departmentCode, revision: sql`${cases.revision} + 1`, updatedAt: now })
    .where(and(eq(cases.id, id), eq(cases.revision, revision), eq(cases.status, 'draft')))
    .returning();
  return rows[0];
}

export async function appendCaseEvent(db: DbExecutor, event: CaseEventInsert): Promise<void> {
  await db.insert(caseEvents).values(event);
}
