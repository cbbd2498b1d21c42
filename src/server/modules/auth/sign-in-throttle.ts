import { eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client.js';
import { signInThrottle } from '../../db/schema/index.js';

/**
 * Progressive delays instead of lockouts: after a few failures, each further attempt must wait longer
 * (doubling, capped). Keyed by account and address together, so a stranger elsewhere cannot lock a
 * patient out; and by account alone with a higher threshold, against attacks spread over many addresses.
 */
const policies = [
  { scope: 'account+ip', freeFailures: 5, maxDelaySeconds: 15 * 60 },
  { scope: 'account', freeFailures: 20, maxDelaySeconds: 5 * 60 },
] as const;

export function delaySeconds(failures: number, freeFailures: number, maxDelaySeconds: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(maxDelaySeconds, 2 ** (failures - freeFailures + 1));
}

function keysFor(email: string, ip: string) {
  return [`${email}|${ip}`, email];
}

/** Seconds to wait before another attempt is allowed; 0 when allowed now. */
export async function secondsUntilAllowed(
  db: DbExecutor,
  email: string,
  ip: string,
  now: Date,
): Promise<number> {
  const keys = keysFor(email, ip);
  let wait = 0;
  for (const [index, key] of keys.entries()) {
    const policy = policies[index];
    if (!policy) continue;
    const rows = await db.select().from(signInThrottle).where(eq(signInThrottle.key, key)).limit(1);
    const row = rows[0];
    if (!row) continue;
    const delay = delaySeconds(row.failures, policy.freeFailures, policy.maxDelaySeconds);
    const elapsed = (now.getTime() - row.lastFailureAt.getTime()) / 1000;
    wait = Math.max(wait, Math.ceil(delay - elapsed));
  }
  return Math.max(0, wait);
}

export async function recordSignInFailure(
  db: DbExecutor,
  email: string,
  ip: string,
  now: Date,
): Promise<void> {
  for (const key of keysFor(email, ip)) {
    await db
      .insert(signInThrottle)
      .values({ key, failures: 1, lastFailureAt: now })
      .onConflictDoUpdate({
        target: signInThrottle.key,
        set: { failures: sql`${signInThrottle.failures} + 1`, lastFailureAt: now },
      });
  }
}

export async function clearSignInFailures(db: DbExecutor, email: string, ip: string): Promise<void> {
  for (const key of keysFor(email, ip)) await db.delete(signInThrottle).where(eq(signInThrottle.key, key));
}
