import { and, eq, gt, isNull } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client.js';
import { oneTimeTokens } from '../../db/schema/index.js';

export type OneTimeTokenPurpose = (typeof oneTimeTokens.$inferSelect)['purpose'];

export async function insertOneTimeToken(
  db: DbExecutor,
  token: typeof oneTimeTokens.$inferInsert,
): Promise<void> {
  await db.insert(oneTimeTokens).values(token);
}

/**
 * Uses a token exactly once: the conditional update is atomic, so two clicks on the same link cannot
 * both succeed. Returns the user id, or undefined for an unknown, expired, used or wrong-purpose token.
 */
export async function consumeOneTimeToken(
  db: DbExecutor,
  tokenHash: string,
  purpose: OneTimeTokenPurpose,
  now: Date,
): Promise<string | undefined> {
  const rows = await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(oneTimeTokens.tokenHash, tokenHash),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, now),
      ),
    )
    .returning({ userId: oneTimeTokens.userId });
  return rows[0]?.userId;
}

/** A new link replaces older unused ones of the same purpose. */
export async function expireOpenTokens(
  db: DbExecutor,
  userId: string,
  purpose: OneTimeTokenPurpose,
  now: Date,
) {
  await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)),
    );
}
