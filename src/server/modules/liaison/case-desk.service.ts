import type {
  IdentityVerification,
  PhoneCallRequest,
  PhoneCallView,
} from '../../../shared/contracts/liaison.js';
import { isTerminalStatus } from '../../../shared/domain/case-status.js';
import { phoneDeskStatus } from '../../../shared/domain/phone-desk.js';
import type { Clock } from '../../clock.js';
import type { Database, DbExecutor } from '../../db/client.js';
import { NotFoundError, RequestValidationError } from '../../errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { RequestMeta } from '../auth/session.service.js';
import { canViewCase, caseActorOf, loadVisibleCase, type CaseActor } from '../cases/case.policy.js';
import { appendCaseEvent, findCaseForUpdate, type CaseRow } from '../cases/case.repository.js';
import type { ProfileService } from '../profile/profile.service.js';
import { setIdentityVerified } from './liaison-case.repository.js';
import type { LiaisonUser } from './liaison-scope.js';
import { insertPhoneCall, listPhoneCalls, type PhoneCallRow } from './phone-call.repository.js';
import { callBackInPast, callBackOutsideHours, liaisonRefusals } from './liaison-texts.js';

export type CaseDeskService = ReturnType<typeof createCaseDeskService>;

/** Clocks of phones and servers differ a little; a call "now" may be written a few minutes ahead. */
const CALL_TIME_SKEW_MS = 5 * 60_000;

function presentCall(call: PhoneCallRow, authorName: string | null): PhoneCallView {
  return {
    id: call.id,
    at: call.at.toISOString(),
    party: call.party,
    partyName: call.partyName,
    direction: call.direction,
    outcome: call.outcome,
    nextAction: call.nextAction,
    callBackAt: call.callBackAt?.toISOString() ?? null,
    createdBy: call.createdBy && authorName ? { id: call.createdBy, name: authorName } : null,
    createdAt: call.createdAt.toISOString(),
  };
}

/**
 * The desk's work on a case: the phone log (R-FLOW-04: the centre phones the applicant; call-backs
 * only when the desk is open, R-CONTACT-01) and the identity check. Both are staff-only: their
 * timeline events are internal notes, which the applicant's status page leaves out.
 */
export function createCaseDeskService(deps: {
  db: Database;
  clock: Clock;
  audit: AuditService;
  profiles: ProfileService;
}) {
  const { db, clock, audit } = deps;

  async function lockedVisible(tx: DbExecutor, actor: CaseActor, caseId: string): Promise<CaseRow> {
    const row = await findCaseForUpdate(tx, caseId);
    if (!row || !canViewCase(actor, row)) throw new NotFoundError('case');
    return row;
  }

  return {
    async logCall(
      user: LiaisonUser,
      caseId: string,
      request: PhoneCallRequest,
      meta: RequestMeta,
    ): Promise<PhoneCallView> {
      const actor = await caseActorOf(db, user);
      const profile = await deps.profiles.current();
      const now = clock.now();
      const at = request.at ? new Date(request.at) : now;
      if (at.getTime() > now.getTime() + CALL_TIME_SKEW_MS) {
        throw new RequestValidationError('body', [{ field: 'at', code: 'invalid' }]);
      }
      const callBackAt = request.callBackAt ? new Date(request.callBackAt) : null;
      if (callBackAt) {
        if (callBackAt <= now) {
          throw new RequestValidationError('body', [
            { field: 'callBackAt', code: 'invalid', message: callBackInPast },
          ]);
        }
        const desk = phoneDeskStatus(callBackAt, profile.phoneDesk, profile.timeZone);
        if (!desk.open) {
          const message = callBackOutsideHours(profile.phoneDesk, desk.nextOpensAt);
          throw new RequestValidationError('body', [{ field: 'callBackAt', code: 'invalid', message }]);
        }
      }
      const call = await db.transaction(async (tx) => {
        const row = await lockedVisible(tx, actor, caseId);
        const inserted = await insertPhoneCall(tx, {
          caseId,
          at,
          party: request.party,
          partyName: request.partyName ?? null,
          direction: request.direction,
          outcome: request.outcome,
          nextAction: request.nextAction ?? null,
          callBackAt,
          createdBy: user.id,
          createdAt: now,
        });
        await appendCaseEvent(tx, {
          caseId,
          at: now,
          actorKind: actor.role,
          actorUserId: user.id,
          type: 'internal_note',
          details: { kind: 'phone_call', callId: inserted.id, outcome: request.outcome },
        });
        await audit.record(
          {
            actor: { userId: user.id, role: user.role },
            action: 'case.phone_call.log',
            outcome: 'success',
            target: { type: 'case', id: caseId },
            patientUserId: row.patientUserId,
            ip: meta.ip,
            requestId: meta.requestId,
            details: { callId: inserted.id, party: request.party, direction: request.direction },
          },
          tx,
        );
        return inserted;
      });
      return presentCall(call, user.displayName);
    },

    async calls(user: LiaisonUser, caseId: string, meta: RequestMeta): Promise<{ calls: PhoneCallView[] }> {
      const actor = await caseActorOf(db, user);
      const row = await loadVisibleCase(db, actor, caseId);
      const rows = await listPhoneCalls(db, caseId);
      await audit.record({
        actor: { userId: user.id, role: user.role },
        action: 'case.phone_calls.read',
        outcome: 'success',
        target: { type: 'case', id: caseId },
        patientUserId: row.patientUserId,
        ip: meta.ip,
        requestId: meta.requestId,
      });
      return { calls: rows.map((entry) => presentCall(entry.call, entry.authorName)) };
    },

    /** Who checked the patient's identity and when, on the case; a later check replaces the record. */
    async verifyIdentity(
      user: LiaisonUser,
      caseId: string,
      method: IdentityVerification['method'],
      meta: RequestMeta,
    ): Promise<IdentityVerification> {
      const actor = await caseActorOf(db, user);
      const at = clock.now();
      await db.transaction(async (tx) => {
        const row = await lockedVisible(tx, actor, caseId);
        if (isTerminalStatus(row.status)) throw liaisonRefusals.caseClosed();
        await setIdentityVerified(tx, caseId, { by: user.id, method, at });
        await appendCaseEvent(tx, {
          caseId,
          at,
          actorKind: actor.role,
          actorUserId: user.id,
          type: 'internal_note',
          details: { kind: 'identity_verified', method },
        });
        await audit.record(
          {
            actor: { userId: user.id, role: user.role },
            action: 'case.identity_verify',
            outcome: 'success',
            target: { type: 'case', id: caseId },
            patientUserId: row.patientUserId,
            ip: meta.ip,
            requestId: meta.requestId,
            details: { method },
          },
          tx,
        );
      });
      return { verifiedAt: at.toISOString(), verifiedBy: { id: user.id, name: user.displayName }, method };
    },
  };
}
