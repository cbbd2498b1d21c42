import type { z } from 'zod';
import type { inviteStaffRequestSchema } from '../../../shared/contracts/auth.js';
import type { MailMessage } from '../../mail/mailer.js';
import {
  ConflictError,
  InvalidCredentialsError,
  NotFoundError,
  RequestValidationError,
} from '../../errors.js';
import { invitationHours, linkTo, type AuthDeps } from './auth.deps.js';
import { consumeOneTimeToken, insertOneTimeToken } from './one-time-token.repository.js';
import { hashPassword, passwordProblems } from './passwords.js';
import { hashToken, randomToken } from './secrets.js';
import { revokeSessionsOfUser } from './session.repository.js';
import type { AuthContext, RequestMeta } from './session.service.js';
import {
  findUserById,
  insertUser,
  listStaff,
  departmentsOf,
  passkeyCounts,
  setDepartments,
  updateUser,
} from './user.repository.js';

type Invitation = z.output<typeof inviteStaffRequestSchema>;

const roleLabels = {
  ja: { coordinator: '地域医療連携センター 担当者', doctor: '医師', admin: '管理者' },
  en: { coordinator: 'liaison centre coordinator', doctor: 'doctor', admin: 'administrator' },
} as const;

export type StaffService = ReturnType<typeof createStaffService>;

/** Staff accounts: invited by an admin, activated by the invitee, disabled by an admin (R-ACC-03). */
export function createStaffService(deps: AuthDeps) {
  const { db, clock, audit, sessions } = deps;
  const actorOf = (auth: AuthContext) => ({ userId: auth.user.id, role: auth.user.role });

  async function checkInvitation(invitation: Invitation): Promise<void> {
    const profile = await deps.profiles.current();
    const known = new Set(profile.departments.map((department) => department.code));
    const issues = invitation.departments
      .map((code, index) => ({ code, index }))
      .filter(({ code }) => !known.has(code))
      .map(({ index }) => ({ field: `departments.${index}`, code: 'invalid' as const }));
    if (invitation.role === 'doctor') {
      if (invitation.departments.length === 0) issues.push({ field: 'departments', code: 'invalid' });
      if (invitation.medicalRegistrationYear === undefined) {
        issues.push({ field: 'medicalRegistrationYear', code: 'invalid' });
      }
    }
    if (issues.length > 0) throw new RequestValidationError('body', issues);
  }

  return {
    async invite(admin: AuthContext, invitation: Invitation, meta: RequestMeta): Promise<{ userId: string }> {
      await checkInvitation(invitation);
      const outbox: MailMessage[] = [];
      const userId = await db.transaction(async (tx) => {
        const now = clock.now();
        const user = await insertUser(tx, {
          email: invitation.email,
          role: invitation.role,
          status: 'invited',
          displayName: invitation.displayName,
          locale: invitation.locale,
          medicalRegistrationYear:
            invitation.role === 'doctor' ? (invitation.medicalRegistrationYear ?? null) : null,
        });
        if (!user) throw new ConflictError('address taken');
        await setDepartments(tx, user.id, invitation.role === 'doctor' ? invitation.departments : []);
        const token = randomToken();
        await insertOneTimeToken(tx, {
          tokenHash: hashToken(token),
          userId: user.id,
          purpose: 'invite',
          createdAt: now,
          expiresAt: new Date(now.getTime() + invitationHours * 3_600_000),
        });
        await audit.record(
          {
            actor: actorOf(admin),
            action: 'admin.user_invited',
            outcome: 'success',
            target: { type: 'user', id: user.id },
            ip: meta.ip,
            requestId: meta.requestId,
            details: { role: invitation.role, departments: invitation.departments },
          },
          tx,
        );
        outbox.push({
          to: user.email,
          template: 'invite_staff',
          locale: invitation.locale,
          data: {
            link: linkTo(deps.publicUrl, '/account/accept-invitation', token),
            roleLabel: roleLabels[invitation.locale][invitation.role],
            inviterName: admin.user.displayName,
            expiresInHours: invitationHours,
          },
        });
        return user.id;
      });
      for (const message of outbox) await deps.mailer.send(message);
      return { userId };
    },

    /** The invitee sets a password and is signed in, with a second factor to enrol before anything else. */
    async acceptInvitation(token: string, password: string, meta: RequestMeta) {
      // Hashed before the transaction: argon2 takes a while and must not hold the database meanwhile.
      const passwordHash = await hashPassword(password);
      return db.transaction(async (tx) => {
        const now = clock.now();
        const userId = await consumeOneTimeToken(tx, hashToken(token), 'invite', now);
        const user = userId ? await findUserById(tx, userId) : undefined;
        if (!user || user.status !== 'invited') throw new InvalidCredentialsError('invalid-link');
        const problems = passwordProblems(password, 'password', { email: user.email });
        if (problems.length > 0) throw new RequestValidationError('body', problems);
        const changes = {
          status: 'active' as const,
          passwordHash,
          passwordChangedAt: now,
          emailVerifiedAt: now,
        };
        await updateUser(tx, user.id, changes, now);
        const active = { ...user, ...changes };
        const started = await sessions.start(tx, active, meta, { secondFactor: false });
        await audit.record(
          {
            actor: { userId: user.id, role: user.role },
            action: 'auth.invitation_accepted',
            outcome: 'success',
            target: { type: 'user', id: user.id },
            ip: meta.ip,
            requestId: meta.requestId,
          },
          tx,
        );
        return { token: started.token, context: await sessions.contextFor(tx, active, started.session) };
      });
    },

    async list() {
      const users = await listStaff(db);
      const ids = users.map((user) => user.id);
      const [departments, passkeys] = await Promise.all([departmentsOf(db, ids), passkeyCounts(db, ids)]);
      return users.map((user) => ({
        user,
        departments: departments.get(user.id) ?? [],
        passkeys: passkeys.get(user.id) ?? 0,
      }));
    },

    /** Disabling ends every session of the user at once. */
    async setStatus(admin: AuthContext, userId: string, status: 'active' | 'disabled', meta: RequestMeta) {
      const user = await findUserById(db, userId);
      if (!user || user.status === 'invited') throw new NotFoundError('user');
      if (user.id === admin.user.id) throw new ConflictError('cannot change own status');
      await db.transaction(async (tx) => {
        const now = clock.now();
        await updateUser(tx, user.id, { status }, now);
        if (status === 'disabled') await revokeSessionsOfUser(tx, user.id, 'user_disabled', now);
        await audit.record(
          {
            actor: actorOf(admin),
            action: status === 'disabled' ? 'admin.user_disabled' : 'admin.user_enabled',
            outcome: 'success',
            target: { type: 'user', id: user.id },
            ip: meta.ip,
            requestId: meta.requestId,
          },
          tx,
        );
      });
    },
  };
}
