import { and, desc, eq, isNull, ne } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client.js';
import { sessions } from '../../db/schema/index.js';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(
  db: DbExecutor,
  session: typeof sessions.$inferInsert,
): Promise<SessionRow> {
  const rows = await db.insert(sessions).values(session).returning();
  const row = rows[0];
  if (!row) throw new Error('session insert returned nothing');
  return row;
}

export async function findSessionByTokenHash(
  db: DbExecutor,
  tokenHash: string,
): Promise<SessionRow | undefined> {
  const rows = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash)).limit(1);
  return rows[0];
}

export async function touchSession(db: DbExecutor, id: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}

export async function markSecondFactor(db: DbExecutor, id: string, now: Date): Promise<void> {
  await db.update(sessions).set({ secondFactorAt: now, lastSeenAt: now }).where(eq(sessions.id, id));
}

/** Ends a live session; false when it had already ended (e.g. rotated by a concurrent request). */
export async function revokeSession(db: DbExecutor, id: string, reason: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** Ends every live session of a user, except the one given (the caller's own, when it should stay). */
export async function revokeSessionsOfUser(
  db: DbExecutor,
  userId: string,
  reason: string,
  now: Date,
  exceptSessionId?: string,
): Promise<void> {
  const conditions = [eq(sessions.userId, userId), isNull(sessions.revokedAt)];
  if (exceptSessionId) conditions.push(ne(sessions.id, exceptSessionId));
  await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(...conditions));
}

export async function liveSessionsOfUser(db: DbExecutor, userId: string): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .orderBy(desc(sessions.lastSeenAt));
}
