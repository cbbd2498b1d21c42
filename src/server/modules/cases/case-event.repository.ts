import { asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client.js';
import { caseEvents } from '../../db/schema/index.js';

export type CaseEventRow = typeof caseEvents.$inferSelect;

export function listCaseEvents(db: DbExecutor, caseId: string): Promise<CaseEventRow[]> {
  return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.seq));
}
