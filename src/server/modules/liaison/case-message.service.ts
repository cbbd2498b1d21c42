import type { MessageView } from '../../../shared/contracts/liaison.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/client.js';
import type { AuditService } from '../audit/audit.service.js';
import type { RequestMeta } from '../auth/session.service.js';
import { caseActorOf, loadVisibleCase } from '../cases/case.policy.js';
import {
  insertCaseMessage,
  listCaseMessages,
  markMessagesRead,
  type CaseMessageRow,
} from './case-message.repository.js';
import type { LiaisonNotifier } from './liaison-notify.js';
import type { LiaisonUser } from './liaison-scope.js';
import { liaisonRefusals } from './liaison-texts.js';

export type CaseMessageService = ReturnType<typeof createCaseMessageService>;

/** The applicant on one side, the liaison centre (coordinators and the department's doctors) on the other. */
export type MessageSide = 'patient' | 'staff';

const otherSide = (side: MessageSide): MessageSide => (side === 'patient' ? 'staff' : 'patient');

function presentMessage(message: CaseMessageRow, authorName: string | null, side: MessageSide): MessageView {
  return {
    id: message.id,
    authorKind: message.authorKind,
    authorName,
    mine: message.authorKind === side,
    body: message.body,
    createdAt: message.createdAt.toISOString(),
    readAt: message.readAt?.toISOString() ?? null,
  };
}

/**
 * Secure messages of a case. Reading the other side's messages marks them read; a new message mails
 * the other side with the new_message template only, which carries no content.
 */
export function createCaseMessageService(deps: {
  db: Database;
  clock: Clock;
  audit: AuditService;
  notifier: LiaisonNotifier;
}) {
  const { db, clock, audit } = deps;

  return {
    async list(
      user: LiaisonUser,
      caseId: string,
      side: MessageSide,
      meta: RequestMeta,
    ): Promise<{ messages: MessageView[] }> {
      const actor = await caseActorOf(db, user);
      const row = await loadVisibleCase(db, actor, caseId);
      await db.transaction(async (tx) => {
        await markMessagesRead(tx, caseId, otherSide(side), clock.now());
        await audit.record(
          {
            actor: { userId: user.id, role: user.role },
            action: 'case.messages.read',
            outcome: 'success',
            target: { type: 'case', id: caseId },
            patientUserId: row.patientUserId,
            ip: meta.ip,
            requestId: meta.requestId,
          },
          tx,
        );
      });
      const rows = await listCaseMessages(db, caseId);
      return { messages: rows.map((entry) => presentMessage(entry.message, entry.authorName, side)) };
    },

    async send(
      user: LiaisonUser,
      caseId: string,
      side: MessageSide,
      body: string,
      meta: RequestMeta,
    ): Promise<MessageView> {
      const actor = await caseActorOf(db, user);
      const row = await loadVisibleCase(db, actor, caseId);
      // Before submission nobody at the centre can see the case, so nobody could answer.
      if (row.status === 'draft') throw liaisonRefusals.messagesClosed();
      const message = await db.transaction(async (tx) => {
        const inserted = await insertCaseMessage(tx, {
          caseId,
          authorUserId: user.id,
          authorKind: side,
          body,
          createdAt: clock.now(),
        });
        await audit.record(
          {
            actor: { userId: user.id, role: user.role },
            action: 'case.message.send',
            outcome: 'success',
            target: { type: 'case', id: caseId },
            patientUserId: row.patientUserId,
            ip: meta.ip,
            requestId: meta.requestId,
            details: { messageId: inserted.id },
          },
          tx,
        );
        return inserted;
      });
      if (side === 'patient') await deps.notifier.staffMessage(caseId);
      else await deps.notifier.patientMessage(caseId, row.patientUserId);
      return presentMessage(message, user.displayName, side);
    },
  };
}
