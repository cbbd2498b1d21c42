import type { CommandResult, LiaisonCommandRequest } from '../../../shared/contracts/liaison.js';
import type { HospitalProfile, LocalizedText } from '../../../shared/contracts/profile.js';
import { applyCaseCommand } from '../../../shared/domain/case-status.js';
import type { Clock } from '../../clock.js';
import type { Database, DbExecutor } from '../../db/client.js';
import { ForbiddenError, NotFoundError, RequestValidationError } from '../../errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { RequestMeta } from '../auth/session.service.js';
import { canViewCase, caseActorOf } from '../cases/case.policy.js';
import { appendCaseEvent, findCaseForUpdate, type CaseRow } from '../cases/case.repository.js';
import type { CaseUser } from '../cases/case.service.js';
import type { ProfileService } from '../profile/profile.service.js';
import { isActiveDoctorOf, setCaseStatus, setSpecialist } from './liaison-case.repository.js';
import type { LiaisonNotifier } from './liaison-notify.js';
import { consoleCommands, recordRequirements } from './liaison-requirements.js';
import {
  declineNote,
  informationRequestNote,
  liaisonRefusals,
  mailLabels,
  specialistNotInDepartment,
} from './liaison-texts.js';

export type LiaisonCommandService = ReturnType<typeof createLiaisonCommandService>;

/** Timeline details (codes, ids, and the note the applicant reads) and audit details (codes only). */
type Effect = { details: Record<string, unknown>; audited: Record<string, unknown> };

/** What the applicant is told by e-mail after the change, for the events they should know about. */
const PATIENT_MAIL: Partial<Record<LiaisonCommandRequest['command'], LocalizedText>> = {
  requestInformation: mailLabels.requestInformation,
  accept: mailLabels.accept,
  decline: mailLabels.decline,
  withdraw: mailLabels.withdraw,
};

const snakeCase = (command: string) => command.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * The console's commands on a case. Each is one transaction: the case row locked, the caller allowed
 * to see it (404 otherwise), the state machine asked for this role (403 wrong role, 409 not from this
 * status), the change, its timeline event and its audit record; the applicant is mailed after commit.
 */
export function createLiaisonCommandService(deps: {
  db: Database;
  clock: Clock;
  audit: AuditService;
  profiles: ProfileService;
  notifier: LiaisonNotifier;
}) {
  const { db, clock, audit } = deps;

  async function effectOf(
    tx: DbExecutor,
    row: CaseRow,
    user: CaseUser,
    request: LiaisonCommandRequest,
    context: { profile: HospitalProfile; now: Date },
  ): Promise<Effect> {
    const { profile, now } = context;
    switch (request.command) {
      case 'startScreening':
        await recordRequirements(tx, row, profile, now);
        return { details: {}, audited: {} };
      case 'requestInformation': {
        await recordRequirements(tx, row, profile, now, request.items);
        const note = informationRequestNote(request.message, request.items);
        return { details: { items: request.items, note }, audited: { items: request.items } };
      }
      case 'provideInformation':
      case 'withdraw':
        return { details: { channel: request.channel }, audited: { channel: request.channel } };
      case 'sendToDepartmentReview':
        return { details: {}, audited: {} };
      case 'accept': {
        const specialist = request.specialistUserId ?? user.id;
        const department = row.departmentCode;
        if (!department || !(await isActiveDoctorOf(tx, specialist, department))) {
          throw new RequestValidationError('body', [
            { field: 'specialistUserId', code: 'invalid', message: specialistNotInDepartment },
          ]);
        }
        await setSpecialist(tx, row.id, specialist, now);
        return { details: { specialistUserId: specialist }, audited: { specialistUserId: specialist } };
      }
      case 'decline': {
        const note = declineNote(request.reasonCode, request.message);
        return {
          details: { reasonCode: request.reasonCode, note },
          audited: { reasonCode: request.reasonCode },
        };
      }
    }
  }

  return {
    async run(
      user: CaseUser,
      caseId: string,
      request: LiaisonCommandRequest,
      meta: RequestMeta,
    ): Promise<CommandResult> {
      const actor = await caseActorOf(db, user);
      // Read before the transaction: on PGlite a read outside it would wait for the transaction to end.
      const profile = await deps.profiles.current();
      const changed = await db.transaction(async (tx) => {
        const row = await findCaseForUpdate(tx, caseId);
        if (!row || !canViewCase(actor, row)) throw new NotFoundError('case');
        const result = applyCaseCommand(row.status, request.command, actor.role);
        if (!result.ok) {
          throw result.reason === 'forbidden_role'
            ? new ForbiddenError()
            : liaisonRefusals.illegalTransition(request.command, row.status);
        }
        const now = clock.now();
        const effect = await effectOf(tx, row, user, request, { profile, now });
        await setCaseStatus(tx, caseId, result.status, now);
        await appendCaseEvent(tx, {
          caseId,
          at: now,
          actorKind: actor.role,
          actorUserId: user.id,
          type: request.command,
          fromStatus: row.status,
          toStatus: result.status,
          details: effect.details,
        });
        await audit.record(
          {
            actor: { userId: user.id, role: user.role },
            action: `case.${snakeCase(request.command)}`,
            outcome: 'success',
            target: { type: 'case', id: caseId },
            patientUserId: row.patientUserId,
            ip: meta.ip,
            requestId: meta.requestId,
            details: { from: row.status, to: result.status, via: 'liaison', ...effect.audited },
          },
          tx,
        );
        return {
          patientUserId: row.patientUserId,
          status: result.status,
          departmentCode: row.departmentCode,
        };
      });
      const label = PATIENT_MAIL[request.command];
      const patientNotified = label
        ? await deps.notifier.patientEvent(caseId, changed.patientUserId, label)
        : false;
      // The department's doctors learn that a case waits for them (no patient data in the mail).
      if (request.command === 'sendToDepartmentReview' && changed.departmentCode) {
        await deps.notifier.departmentReview(caseId, changed.departmentCode);
      }
      return {
        status: changed.status,
        commands: consoleCommands(changed.status, actor.role),
        patientNotified,
      };
    },
  };
}
