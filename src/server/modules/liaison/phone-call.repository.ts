import { desc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client.js';
import { phoneCalls, users } from '../../db/schema/index.js';

export type PhoneCallRow = typeof phoneCalls.$inferSelect;
export type NewPhoneCall = Omit<typeof phoneCalls.$inferInsert, 'id'>;

export async function insertPhoneCall(db: DbExecutor, call: NewPhoneCall): Promise<PhoneCallRow> {
  const [row] = await db.insert(phoneCalls).values(call).returning();
  if (!row) throw new Error('phone call insert returned nothing');
  return row;
}

/** The case's calls, newest first, with who wrote each down. */
export function listPhoneCalls(db: DbExecutor, caseId: string) {
  return db
    .select({ call: phoneCalls, authorName: users.displayName })
    .from(phoneCalls)
    .leftJoin(users, eq(users.id, phoneCalls.createdBy))
    .where(eq(phoneCalls.caseId, caseId))
    .orderBy(desc(phoneCalls.at), desc(phoneCalls.createdAt));
}
