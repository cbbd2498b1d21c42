import type { Me } from '../../../shared/contracts/auth.js';
import type { AuthContext } from './session.service.js';
import type { SessionRow } from './session.repository.js';
import type { UserRow } from './user.repository.js';

/** What a signed-in person learns about themselves: never hashes, secrets or other users' data. */
export function presentMe(context: AuthContext): Me {
  const { user } = context;
  return {
    user: {
      id: user.id,
      email: user.email,
      role: user.role,
      displayName: user.displayName,
      locale: user.locale,
      emailVerified: user.emailVerifiedAt !== null,
      secondFactors: { totp: context.factors.totp, passkeys: context.factors.passkeys },
    },
    state: context.state,
    abilities: context.abilities,
  };
}

export function presentSession(session: SessionRow, currentId: string) {
  return {
    id: session.id,
    current: session.id === currentId,
    createdAt: session.createdAt.toISOString(),
    lastSeenAt: session.lastSeenAt.toISOString(),
    userAgent: session.userAgent,
    ip: session.ip,
  };
}

export function presentUser(user: UserRow, departments: string[], passkeys: number) {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    status: user.status,
    displayName: user.displayName,
    departments,
    medicalRegistrationYear: user.medicalRegistrationYear,
    secondFactor: user.totpEnabledAt !== null || passkeys > 0,
    createdAt: user.createdAt.toISOString(),
  };
}
