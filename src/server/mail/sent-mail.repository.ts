import { desc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../db/client.js';
import { sentMail } from '../db/schema/index.js';

export type SentMailRow = typeof sentMail.$inferSelect;
export type NewSentMail = Omit<typeof sentMail.$inferInsert, 'id'>;

export async function insertSentMail(db: DbExecutor, mail: NewSentMail): Promise<SentMailRow> {
  const [row] = await db.insert(sentMail).values(mail).returning();
  if (!row) throw new Error('insert into sent_mail returned no row');
  return row;
}

export async function markSentMailDelivered(db: DbExecutor, id: string, sentAt: Date): Promise<void> {
  await db.update(sentMail).set({ sentAt, error: null }).where(eq(sentMail.id, id));
}

export async function markSentMailFailed(db: DbExecutor, id: string, error: string): Promise<void> {
  await db.update(sentMail).set({ error }).where(eq(sentMail.id, id));
}

/** Newest first; `to` is matched exactly, as the address was stored. */
export async function listSentMail(
  db: DbExecutor,
  filter: { to?: string | undefined; limit: number },
): Promise<SentMailRow[]> {
  return db
    .select()
    .from(sentMail)
    .where(filter.to === undefined ? undefined : eq(sentMail.toAddress, filter.to))
    .orderBy(desc(sentMail.createdAt), desc(sentMail.id))
    .limit(filter.limit);
}

export async function findSentMail(db: DbExecutor, id: string): Promise<SentMailRow | undefined> {
  const [row] = await db.select().from(sentMail).where(eq(sentMail.id, id)).limit(1);
  return row;
}
