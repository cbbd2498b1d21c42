import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { signUpRequestSchema } from '../../../shared/contracts/auth.js';
import type { DbExecutor } from '../../db/client.js';
import type { MailMessage } from '../../mail/mailer.js';
import { oneTimeTokens } from '../../db/schema/index.js';
import { InvalidCredentialsError, RequestValidationError } from '../../errors.js';
import {
  linkCooldownMs,
  linkTo,
  resetPasswordMinutes,
  verifyEmailHours,
  type AuthDeps,
} from './auth.deps.js';
import {
  consumeOneTimeToken,
  expireOpenTokens,
  insertOneTimeToken,
  type OneTimeTokenPurpose,
} from './one-time-token.repository.js';
import { hashPassword, passwordProblems, verifyPassword } from './passwords.js';
import { hashToken, randomToken } from './secrets.js';
import { revokeSessionsOfUser } from './session.repository.js';
import type { AuthContext, RequestMeta } from './session.service.js';
import { findUserByEmail, findUserById, insertUser, updateUser, type UserRow } from './user.repository.js';

type SignUp = z.output<typeof signUpRequestSchema>;

export type AccountService = ReturnType<typeof createAccountService>;

/** Patient sign-up, e-mail verification, password reset and change (R-ACC-01/02). */
export function createAccountService(deps: AuthDeps) {
  const { db, clock, audit } = deps;

  /** A new single-use link, unless one of the same kind went out less than a minute ago. */
  async function issueLink(
    tx: DbExecutor,
    user: UserRow,
    purpose: OneTimeTokenPurpose,
    lifetimeMs: number,
  ): Promise<string | undefined> {
    const now = clock.now();
    const latest = await tx
      .select({ createdAt: oneTimeTokens.createdAt })
      .from(oneTimeTokens)
      .where(and(eq(oneTimeTokens.userId, user.id), eq(oneTimeTokens.purpose, purpose)))
      .orderBy(desc(oneTimeTokens.createdAt))
      .limit(1);
    const last = latest[0]?.createdAt;
    if (last && now.getTime() - last.getTime() < linkCooldownMs) return undefined;
    await expireOpenTokens(tx, user.id, purpose, now);
    const token = randomToken();
    await insertOneTimeToken(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      purpose,
      createdAt: now,
      expiresAt: new Date(now.getTime() + lifetimeMs),
    });
    return token;
  }

  /**
   * `next` (a path of this site, checked by the contract) travels in the link's query, so whoever opens
   * the mail — perhaps on another device — is led on to where they were going (e.g. the application).
   */
  async function sendVerification(
    tx: DbExecutor,
    user: UserRow,
    outbox: MailMessage[],
    next?: string,
  ): Promise<void> {
    const token = await issueLink(tx, user, 'verify_email', verifyEmailHours * 3_600_000);
    if (!token) return;
    const page = next
      ? `/account/verify-email?${new URLSearchParams({ next }).toString()}`
      : '/account/verify-email';
    outbox.push({
      to: user.email,
      template: 'verify_email',
      locale: user.locale,
      data: {
        link: linkTo(deps.publicUrl, page, token),
        expiresInHours: verifyEmailHours,
      },
    });
  }

  /**
   * Mail goes out only after the change is committed (no link to a token that was rolled back), and is
   * delivered after the answer: these answers must not take longer, or fail, when a mail goes out.
   */
  async function inTransactionWithMail(work: (tx: DbExecutor, outbox: MailMessage[]) => Promise<void>) {
    const outbox: MailMessage[] = [];
    await db.transaction((tx) => work(tx, outbox));
    for (const message of outbox) await deps.mailer.sendLater(message);
  }

  function refuseWeakPassword(password: string, field: string, email: string): void {
    const problems = passwordProblems(password, field, { email });
    if (problems.length > 0) throw new RequestValidationError('body', problems);
  }

  return {
    sendVerification,

    /**
     * Answers the same whether or not the address is known, so sign-up cannot be used to find out who
     * has an account; an unverified existing account simply gets a new link.
     */
    async signUp(request: SignUp, meta: RequestMeta): Promise<void> {
      refuseWeakPassword(request.password, 'password', request.email);
      const passwordHash = await hashPassword(request.password);
      await inTransactionWithMail(async (tx, outbox) => {
        const created = await insertUser(tx, {
          email: request.email,
          role: 'patient',
          status: 'active',
          displayName: request.displayName,
          locale: request.locale,
          passwordHash,
          passwordChangedAt: clock.now(),
        });
        const existing = created ? undefined : await findUserByEmail(tx, request.email);
        const user = created ?? existing;
        if (!user) return;
        if (existing && !existing.emailVerifiedAt) {
          // Someone may have signed up this address first: an unverified account takes the password of
          // the latest sign-up, so the mailbox owner's own link never confirms a stranger's password.
          await updateUser(
            tx,
            existing.id,
            {
              passwordHash,
              displayName: request.displayName,
              locale: request.locale,
              passwordChangedAt: clock.now(),
            },
            clock.now(),
          );
        }
        await audit.record(
          {
            actor: created ? { userId: user.id, role: user.role } : null,
            action: 'auth.sign_up',
            outcome: created ? 'success' : 'failure',
            target: { type: 'user', id: user.id },
            patientUserId: user.role === 'patient' ? user.id : null,
            ip: meta.ip,
            requestId: meta.requestId,
            details: created ? {} : { reason: 'address_taken' },
          },
          tx,
        );
        if (!user.emailVerifiedAt) await sendVerification(tx, user, outbox, request.next);
      });
    },

    async verifyEmail(token: string, meta: RequestMeta): Promise<void> {
      await db.transaction(async (tx) => {
        const now = clock.now();
        const userId = await consumeOneTimeToken(tx, hashToken(token), 'verify_email', now);
        if (!userId) throw new InvalidCredentialsError('invalid-link');
        await updateUser(tx, userId, { emailVerifiedAt: now }, now);
        const user = await findUserById(tx, userId);
        await audit.record(
          {
            actor: user ? { userId, role: user.role } : null,
            action: 'auth.email_verified',
            outcome: 'success',
            target: { type: 'user', id: userId },
            patientUserId: user?.role === 'patient' ? userId : null,
            ip: meta.ip,
            requestId: meta.requestId,
          },
          tx,
        );
      });
    },

    /** Always accepted; a link goes out only to an active account, at most once a minute. */
    async requestPasswordReset(email: string, meta: RequestMeta): Promise<void> {
      await inTransactionWithMail(async (tx, outbox) => {
        const user = await findUserByEmail(tx, email);
        if (!user || user.status !== 'active') return;
        const token = await issueLink(tx, user, 'reset_password', resetPasswordMinutes * 60_000);
        await audit.record(
          {
            actor: null,
            action: 'auth.password_reset_requested',
            outcome: token ? 'success' : 'denied',
            target: { type: 'user', id: user.id },
            ip: meta.ip,
            requestId: meta.requestId,
            details: token ? {} : { reason: 'cooldown' },
          },
          tx,
        );
        if (!token) return;
        outbox.push({
          to: user.email,
          template: 'reset_password',
          locale: user.locale,
          data: {
            link: linkTo(deps.publicUrl, '/account/reset-password', token),
            expiresInMinutes: resetPasswordMinutes,
          },
        });
      });
    },

    /**
     * Sets the new password and ends every session. It signs nobody in: the next sign-in still asks for
     * the second factor, so a stolen mailbox alone never opens a protected account.
     */
    async completePasswordReset(token: string, password: string, meta: RequestMeta): Promise<void> {
      // Hashed before the transaction: argon2 takes a while and must not hold the database meanwhile.
      const passwordHash = await hashPassword(password);
      await inTransactionWithMail(async (tx, outbox) => {
        const now = clock.now();
        const userId = await consumeOneTimeToken(tx, hashToken(token), 'reset_password', now);
        const user = userId ? await findUserById(tx, userId) : undefined;
        if (!user || user.status !== 'active') throw new InvalidCredentialsError('invalid-link');
        refuseWeakPassword(password, 'password', user.email);
        await updateUser(
          tx,
          user.id,
          {
            passwordHash,
            passwordChangedAt: now,
            emailVerifiedAt: user.emailVerifiedAt ?? now,
          },
          now,
        );
        await revokeSessionsOfUser(tx, user.id, 'password_reset', now);
        await audit.record(
          {
            actor: { userId: user.id, role: user.role },
            action: 'auth.password_reset',
            outcome: 'success',
            target: { type: 'user', id: user.id },
            ip: meta.ip,
            requestId: meta.requestId,
          },
          tx,
        );
        outbox.push({ to: user.email, template: 'password_changed', locale: user.locale, data: {} });
      });
    },

    /** Needs the current password; other sessions end, this one stays. */
    async changePassword(auth: AuthContext, current: string, next: string, meta: RequestMeta): Promise<void> {
      const ok = await verifyPassword(auth.user.passwordHash, current);
      if (!ok) {
        await audit.record({
          actor: { userId: auth.user.id, role: auth.user.role },
          action: 'auth.password_change',
          outcome: 'failure',
          target: { type: 'user', id: auth.user.id },
          ip: meta.ip,
          requestId: meta.requestId,
          details: { reason: 'bad_current_password' },
        });
        throw new RequestValidationError('body', [
          {
            field: 'currentPassword',
            code: 'invalid',
            message: { ja: '現在のパスワードが違います', en: 'The current password is not correct' },
          },
        ]);
      }
      refuseWeakPassword(next, 'newPassword', auth.user.email);
      const passwordHash = await hashPassword(next);
      await inTransactionWithMail(async (tx, outbox) => {
        const now = clock.now();
        await updateUser(tx, auth.user.id, { passwordHash, passwordChangedAt: now }, now);
        await revokeSessionsOfUser(tx, auth.user.id, 'password_changed', now, auth.session.id);
        await audit.record(
          {
            actor: { userId: auth.user.id, role: auth.user.role },
            action: 'auth.password_change',
            outcome: 'success',
            target: { type: 'user', id: auth.user.id },
            ip: meta.ip,
            requestId: meta.requestId,
          },
          tx,
        );
        outbox.push({
          to: auth.user.email,
          template: 'password_changed',
          locale: auth.user.locale,
          data: {},
        });
      });
    },
  };
}
