import type { Clock } from '../../clock.js';
import type { Database, DbExecutor } from '../../db/client.js';
import type { SessionState } from '../../../shared/contracts/auth.js';
import { UnauthorizedError } from '../../errors.js';
import { hashToken, randomToken } from './secrets.js';
import {
  absoluteSessionHours,
  abilitiesOf,
  idleMinutesFor,
  sessionState,
  sessionValidity,
  type SecondFactors,
} from './session-rules.js';
import {
  findSessionByTokenHash,
  insertSession,
  markSecondFactor,
  revokeSession,
  touchSession,
  type SessionRow,
} from './session.repository.js';
import { countPasskeys, findUserById, type UserRow } from './user.repository.js';

export type RequestMeta = { ip: string; userAgent: string | null; requestId: string };

export type AuthContext = {
  user: UserRow;
  session: SessionRow;
  state: SessionState;
  factors: SecondFactors;
  abilities: ReturnType<typeof abilitiesOf>;
};

// lastSeenAt is written at most this often: a page load makes many requests.
const touchIntervalMs = 60_000;

export type SessionService = ReturnType<typeof createSessionService>;

export function createSessionService(deps: { db: Database; clock: Clock; patientIdleMinutes: number }) {
  const { db, clock } = deps;

  async function factorsOf(executor: DbExecutor, user: UserRow): Promise<SecondFactors> {
    return { totp: user.totpEnabledAt !== null, passkeys: await countPasskeys(executor, user.id) };
  }

  async function contextFor(executor: DbExecutor, user: UserRow, session: SessionRow): Promise<AuthContext> {
    const factors = await factorsOf(executor, user);
    const state = sessionState(user.role, session.secondFactorAt, factors);
    return { user, session, state, factors, abilities: abilitiesOf(user.role, state) };
  }

  return {
    factorsOf,
    contextFor,

    /** A new session with a fresh token; the token itself is returned once and never stored. */
    async start(
      executor: DbExecutor,
      user: UserRow,
      meta: RequestMeta,
      options: { secondFactor: boolean; expiresAt?: Date },
    ): Promise<{ token: string; session: SessionRow }> {
      const now = clock.now();
      const token = randomToken();
      const session = await insertSession(executor, {
        tokenHash: hashToken(token),
        userId: user.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: options.expiresAt ?? new Date(now.getTime() + absoluteSessionHours * 3_600_000),
        secondFactorAt: options.secondFactor ? now : null,
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      });
      return { token, session };
    },

    /**
     * After the second factor the session gets a new token (rotation), keeping its absolute end, so a
     * token seen before the second factor is worth nothing after it.
     */
    async rotateAfterSecondFactor(
      executor: DbExecutor,
      context: AuthContext,
      meta: RequestMeta,
    ): Promise<{ token: string; session: SessionRow }> {
      const now = clock.now();
      // Two second factors racing on one session: only the first rotates it.
      if (!(await revokeSession(executor, context.session.id, 'rotated', now)))
        throw new UnauthorizedError('rotated');
      const next = await this.start(executor, context.user, meta, {
        secondFactor: true,
        expiresAt: context.session.expiresAt,
      });
      await markSecondFactor(executor, next.session.id, now);
      return next;
    },

    /** The context of a session token, or null when it is unknown, revoked, expired, idle or disabled. */
    async authenticate(token: string): Promise<AuthContext | null> {
      const now = clock.now();
      const session = await findSessionByTokenHash(db, hashToken(token));
      if (!session) return null;
      const user = await findUserById(db, session.userId);
      if (!user || user.status !== 'active') return null;
      const validity = sessionValidity(session, now, idleMinutesFor(user.role, deps.patientIdleMinutes));
      if (validity !== 'valid') {
        if (validity === 'idle') await revokeSession(db, session.id, 'idle', now);
        return null;
      }
      if (now.getTime() - session.lastSeenAt.getTime() >= touchIntervalMs) {
        await touchSession(db, session.id, now);
      }
      return contextFor(db, user, session);
    },
  };
}
