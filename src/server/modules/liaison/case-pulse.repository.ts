import { count, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client.js';
import { caseEvents, caseMessages } from '../../db/schema/index.js';

/** How many events and messages the case has: both only grow (nothing is deleted from a record). */
export async function casePulseCounts(
  db: DbExecutor,
  caseId: string,
): Promise<{ events: number; messages: number }> {
  const [events, messages] = await Promise.all([
    db.select({ n: count() }).from(caseEvents).where(eq(caseEvents.caseId, caseId)),
    db.select({ n: count() }).from(caseMessages).where(eq(caseMessages.caseId, caseId)),
  ]);
  return { events: events[0]?.n ?? 0, messages: messages[0]?.n ?? 0 };
}
