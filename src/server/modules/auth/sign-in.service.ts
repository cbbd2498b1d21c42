import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { MailMessage } from '../../mail/mailer.js';
import { users } from '../../db/schema/index.js';
import {
  ForbiddenError,
  InvalidCredentialsError,
  NotFoundError,
  TooManyAttemptsError,
} from '../../errors.js';
import type { AccountService } from './account.service.js';
import type { AuthDeps } from './auth.deps.js';
import { verifyPassword } from './passwords.js';
import { liveSessionsOfUser, revokeSession } from './session.repository.js';
import type { AuthContext, RequestMeta } from './session.service.js';
import { clearSignInFailures, recordSignInFailure, secondsUntilAllowed } from './sign-in-throttle.js';
import { completeSecondFactor, recordSecondFactorFailure } from './second-factor-outcome.js';
import { idleMinutesFor, sessionValidity } from './session-rules.js';
import { verifyTotp } from './totp.js';
import { findUserByEmail } from './user.repository.js';

export type SignInService = ReturnType<typeof createSignInService>;

/** Sign-in with a password, the second factor, sign-out and the list of one's own sessions. */
export function createSignInService(deps: AuthDeps, accounts: AccountService) {
  const { db, clock, audit, sessions } = deps;

  const actorOf = (auth: AuthContext) => ({ userId: auth.user.id, role: auth.user.role });

  return {
    async signIn(
      email: string,
      password: string,
      meta: RequestMeta,
    ): Promise<{ token: string; context: AuthContext }> {
      const now = clock.now();
      const wait = await secondsUntilAllowed(db, email, meta.ip, now);
      if (wait > 0) throw new TooManyAttemptsError(wait);

      const user = await findUserByEmail(db, email);
      const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
      if (!user || !passwordOk || user.status !== 'active') {
        await recordSignInFailure(db, email, meta.ip, now);
        await audit.record({
          actor: user ? { userId: user.id, role: user.role } : null,
          action: 'auth.sign_in',
          outcome: 'failure',
          target: user ? { type: 'user', id: user.id } : undefined,
          ip: meta.ip,
          requestId: meta.requestId,
          details: {
            reason: !user ? 'unknown_address' : !passwordOk ? 'bad_password' : `user_${user.status}`,
          },
        });
        throw new InvalidCredentialsError('invalid-credentials');
      }
      await clearSignInFailures(db, email, meta.ip);

      if (!user.emailVerifiedAt) {
        const outbox: MailMessage[] = [];
        await db.transaction((tx) => accounts.sendVerification(tx, user, outbox));
        for (const message of outbox) await deps.mailer.sendLater(message);
        throw new ForbiddenError('email-not-verified');
      }

      // A new token at every sign-in: a token planted before sign-in (session fixation) is worthless.
      const { token, session } = await sessions.start(db, user, meta, { secondFactor: false });
      const context = await sessions.contextFor(db, user, session);
      await audit.record({
        actor: { userId: user.id, role: user.role },
        action: 'auth.sign_in',
        outcome: 'success',
        target: { type: 'session', id: session.id },
        ip: meta.ip,
        requestId: meta.requestId,
        details: { next: context.state },
      });
      return { token, context };
    },

    /** The TOTP code after the password; the session gets a new token. */
    async verifyTotpSecondFactor(
      auth: AuthContext,
      code: string,
      meta: RequestMeta,
    ): Promise<{ token: string; context: AuthContext }> {
      const now = clock.now();
      const wait = await secondsUntilAllowed(db, `2fa:${auth.user.id}`, meta.ip, now);
      if (wait > 0) throw new TooManyAttemptsError(wait);
      const secret = auth.user.totpEnabledAt ? auth.user.totpSecret : null;
      const step = secret ? await verifyTotp(secret, code, now, auth.user.totpLastStep) : null;
      if (step === null) {
        await recordSignInFailure(db, `2fa:${auth.user.id}`, meta.ip, now);
        await recordSecondFactorFailure(deps, auth, 'totp', meta);
        throw new InvalidCredentialsError('invalid-code');
      }
      await clearSignInFailures(db, `2fa:${auth.user.id}`, meta.ip);
      return db.transaction(async (tx) => {
        // Atomic: of two requests with the same code, only the one that moves the step forward wins.
        const taken = await tx
          .update(users)
          .set({ totpLastStep: step })
          .where(
            and(eq(users.id, auth.user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))),
          )
          .returning({ id: users.id });
        if (taken.length === 0) throw new InvalidCredentialsError('invalid-code');
        return completeSecondFactor(deps, tx, auth, { ...auth.user, totpLastStep: step }, 'totp', meta);
      });
    },

    async signOut(auth: AuthContext, meta: RequestMeta): Promise<void> {
      await db.transaction(async (tx) => {
        await revokeSession(tx, auth.session.id, 'signed_out', clock.now());
        await audit.record(
          {
            actor: actorOf(auth),
            action: 'auth.sign_out',
            outcome: 'success',
            target: { type: 'session', id: auth.session.id },
            ip: meta.ip,
            requestId: meta.requestId,
          },
          tx,
        );
      });
    },

    /** Sessions that still work: ended, expired and idle ones are not shown as signed in. */
    async listSessions(auth: AuthContext) {
      const now = clock.now();
      const idle = idleMinutesFor(auth.user.role, deps.patientIdleMinutes);
      return (await liveSessionsOfUser(db, auth.user.id)).filter(
        (session) => sessionValidity(session, now, idle) === 'valid',
      );
    },

    /** Only one's own sessions; another's id answers 404 like an unknown one. */
    async revokeSession(auth: AuthContext, sessionId: string, meta: RequestMeta): Promise<void> {
      const own = await liveSessionsOfUser(db, auth.user.id);
      if (!own.some((session) => session.id === sessionId)) throw new NotFoundError('session');
      await db.transaction(async (tx) => {
        await revokeSession(tx, sessionId, 'revoked_by_user', clock.now());
        await audit.record(
          {
            actor: actorOf(auth),
            action: 'auth.session_revoked',
            outcome: 'success',
            target: { type: 'session', id: sessionId },
            ip: meta.ip,
            requestId: meta.requestId,
          },
          tx,
        );
      });
    },
  };
}
