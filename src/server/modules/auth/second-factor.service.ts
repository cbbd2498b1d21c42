import { ForbiddenError, InvalidCredentialsError } from '../../errors.js';
import type { AuthDeps } from './auth.deps.js';
import type { AuthContext, RequestMeta } from './session.service.js';
import { newTotpSecret, totpUri, verifyTotp } from './totp.js';
import { updateUser } from './user.repository.js';

export type SecondFactorService = ReturnType<typeof createSecondFactorService>;

/** Enrolling and removing an authenticator app (TOTP). */
export function createSecondFactorService(deps: AuthDeps) {
  const { db, clock, audit, sessions } = deps;

  return {
    /** A new secret, kept pending until a code from it is confirmed; an enrolled app is never replaced. */
    async startTotpSetup(auth: AuthContext): Promise<{ secret: string; otpauthUrl: string }> {
      if (auth.user.totpEnabledAt) throw new ForbiddenError('forbidden');
      const secret = newTotpSecret();
      await updateUser(db, auth.user.id, { totpSecret: secret }, clock.now());
      const profile = await deps.profiles.current();
      return { secret, otpauthUrl: totpUri(secret, profile.serviceName.en, auth.user.email) };
    },

    /**
     * Confirms the app with one code. The code also proves the second factor for this session, which
     * then gets a new token.
     */
    async confirmTotp(
      auth: AuthContext,
      code: string,
      meta: RequestMeta,
    ): Promise<{ token: string; context: AuthContext } | { context: AuthContext }> {
      if (auth.user.totpEnabledAt || !auth.user.totpSecret) throw new ForbiddenError('forbidden');
      // Enrolment after sign-in is only for a session that needs no other factor first.
      if (auth.state === 'second_factor_required') throw new ForbiddenError('second-factor-required');
      const now = clock.now();
      const step = await verifyTotp(auth.user.totpSecret, code, now, null);
      if (step === null) throw new InvalidCredentialsError('invalid-code');
      return db.transaction(async (tx) => {
        await updateUser(tx, auth.user.id, { totpEnabledAt: now, totpLastStep: step }, now);
        const user = { ...auth.user, totpEnabledAt: now, totpLastStep: step };
        await audit.record(
          {
            actor: { userId: user.id, role: user.role },
            action: 'auth.totp_enabled',
            outcome: 'success',
            target: { type: 'user', id: user.id },
            ip: meta.ip,
            requestId: meta.requestId,
          },
          tx,
        );
        if (auth.session.secondFactorAt) {
          return { context: await sessions.contextFor(tx, user, auth.session) };
        }
        const next = await sessions.rotateAfterSecondFactor(tx, { ...auth, user }, meta);
        return { token: next.token, context: await sessions.contextFor(tx, user, next.session) };
      });
    },

    /** Patients may remove their app with a current code; staff keep at least one second factor. */
    async disableTotp(auth: AuthContext, code: string, meta: RequestMeta): Promise<void> {
      if (!auth.user.totpEnabledAt || !auth.user.totpSecret) throw new ForbiddenError('forbidden');
      if (auth.user.role !== 'patient' && auth.factors.passkeys === 0) throw new ForbiddenError('forbidden');
      const now = clock.now();
      const step = await verifyTotp(auth.user.totpSecret, code, now, auth.user.totpLastStep);
      if (step === null) throw new InvalidCredentialsError('invalid-code');
      await db.transaction(async (tx) => {
        await updateUser(
          tx,
          auth.user.id,
          { totpEnabledAt: null, totpSecret: null, totpLastStep: null },
          now,
        );
        await audit.record(
          {
            actor: { userId: auth.user.id, role: auth.user.role },
            action: 'auth.totp_disabled',
            outcome: 'success',
            target: { type: 'user', id: auth.user.id },
            ip: meta.ip,
            requestId: meta.requestId,
          },
          tx,
        );
      });
    },
  };
}
