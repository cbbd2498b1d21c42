import { and, eq, gt } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client.js';
import { authChallenges, passkeys } from '../../db/schema/index.js';

export type PasskeyRow = typeof passkeys.$inferSelect;
type ChallengePurpose = (typeof authChallenges.$inferSelect)['purpose'];

export function passkeysOf(db: DbExecutor, userId: string): Promise<PasskeyRow[]> {
  return db.select().from(passkeys).where(eq(passkeys.userId, userId));
}

export async function insertPasskey(db: DbExecutor, passkey: typeof passkeys.$inferInsert): Promise<void> {
  await db.insert(passkeys).values(passkey);
}

export async function recordPasskeyUse(
  db: DbExecutor,
  id: string,
  counter: number,
  now: Date,
): Promise<void> {
  await db.update(passkeys).set({ counter, lastUsedAt: now }).where(eq(passkeys.id, id));
}

export async function deletePasskey(db: DbExecutor, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(passkeys)
    .where(and(eq(passkeys.id, id), eq(passkeys.userId, userId)))
    .returning({ id: passkeys.id });
  return rows.length > 0;
}

export async function insertChallenge(
  db: DbExecutor,
  challenge: { challenge: string; userId: string; purpose: ChallengePurpose; expiresAt: Date },
): Promise<string> {
  const rows = await db.insert(authChallenges).values(challenge).returning({ id: authChallenges.id });
  const id = rows[0]?.id;
  if (!id) throw new Error('challenge insert returned nothing');
  return id;
}

/** A challenge answers once: it is deleted as it is read. */
export async function takeChallenge(
  db: DbExecutor,
  id: string,
  userId: string,
  purpose: ChallengePurpose,
  now: Date,
): Promise<string | undefined> {
  const rows = await db
    .delete(authChallenges)
    .where(
      and(
        eq(authChallenges.id, id),
        eq(authChallenges.userId, userId),
        eq(authChallenges.purpose, purpose),
        gt(authChallenges.expiresAt, now),
      ),
    )
    .returning({ challenge: authChallenges.challenge });
  return rows[0]?.challenge;
}
