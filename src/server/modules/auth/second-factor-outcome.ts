import type { DbExecutor } from '../../db/client.js';
import type { AuthDeps } from './auth.deps.js';
import type { AuthContext, RequestMeta } from './session.service.js';
import type { UserRow } from './user.repository.js';

export type SecondFactorMethod = 'totp' | 'passkey';

/** A wrong second factor, recorded before the caller refuses it. */
export function recordSecondFactorFailure(
  deps: Pick<AuthDeps, 'audit'>,
  auth: AuthContext,
  method: SecondFactorMethod,
  meta: RequestMeta,
): Promise<void> {
  return deps.audit.record({
    actor: { userId: auth.user.id, role: auth.user.role },
    action: 'auth.second_factor',
    outcome: 'failure',
    target: { type: 'session', id: auth.session.id },
    ip: meta.ip,
    requestId: meta.requestId,
    details: { method },
  });
}

/**
 * The second factor was given: the session gets a new token (kept to its absolute end) and the event is
 * audited last in the transaction, as the audit chain lock asks.
 */
export async function completeSecondFactor(
  deps: Pick<AuthDeps, 'audit' | 'sessions'>,
  tx: DbExecutor,
  auth: AuthContext,
  user: UserRow,
  method: SecondFactorMethod,
  meta: RequestMeta,
): Promise<{ token: string; context: AuthContext }> {
  const next = await deps.sessions.rotateAfterSecondFactor(tx, { ...auth, user }, meta);
  const context = await deps.sessions.contextFor(tx, user, next.session);
  await deps.audit.record(
    {
      actor: { userId: user.id, role: user.role },
      action: 'auth.second_factor',
      outcome: 'success',
      target: { type: 'session', id: next.session.id },
      ip: meta.ip,
      requestId: meta.requestId,
      details: { method },
    },
    tx,
  );
  return { token: next.token, context };
}
