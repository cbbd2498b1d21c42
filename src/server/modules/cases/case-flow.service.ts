import { eq, sql } from 'drizzle-orm';
import type { CaseStatusView, SubmitResponse } from '../../../shared/contracts/cases.js';
import { calendarDateIn } from '../../../shared/domain/calendar.js';
import { applyCaseCommand } from '../../../shared/domain/case-status.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { documentTitle, reasonMessage } from '../../../shared/i18n/rules-messages.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/client.js';
import { caseNumberSequence, cases } from '../../db/schema/index.js';
import { NotFoundError, RuleRefusedError } from '../../errors.js';
import type { Mailer } from '../../mail/mailer.js';
import type { AuditService } from '../audit/audit.service.js';
import type { RequestMeta } from '../auth/session.service.js';
import { findUserById } from '../auth/user.repository.js';
import { listDocuments } from '../documents/records/document.repository.js';
import type { ProfileService } from '../profile/profile.service.js';
import { caseActorOf, loadVisibleCase } from './case.policy.js';
import { appendCaseEvent, findCaseForUpdate, type CaseRow } from './case.repository.js';
import type { CaseUser } from './case.service.js';
import { presentStatusView } from './case-status.presenter.js';
import { listCaseEvents } from './case-event.repository.js';
import {
  assessApplication,
  caseNumberPrefix,
  completeApplication,
  missingDocuments,
  refuses,
} from './case-submission.js';
import { caseMessages } from './case-messages.js';

export type CaseFlowService = ReturnType<typeof createCaseFlowService>;

/** The applicant's commands on a case: submit and withdraw, and the status page. */
export function createCaseFlowService(deps: {
  db: Database;
  clock: Clock;
  audit: AuditService;
  profiles: ProfileService;
  mailer: Mailer;
  publicUrl: string;
}) {
  const { db, clock, audit } = deps;

  async function ownCaseForUpdate(
    tx: Parameters<Parameters<Database['transaction']>[0]>[0],
    user: CaseUser,
    caseId: string,
  ): Promise<CaseRow> {
    const locked = await findCaseForUpdate(tx, caseId);
    if (!locked || locked.patientUserId !== user.id) throw new NotFoundError('case');
    return locked;
  }

  function commandOrRefuse(row: CaseRow, command: 'submit' | 'withdraw'): void {
    const result = applyCaseCommand(row.status, command, 'patient');
    if (!result.ok) throw caseMessages.notNow(command);
  }

  return {
    /** R-FLOW-03: the application goes to the liaison centre with a case number, or is refused with reasons. */
    async submit(user: CaseUser, caseId: string, locale: Locale, meta: RequestMeta): Promise<SubmitResponse> {
      const profile = await deps.profiles.current();
      const submitted = await db.transaction(async (tx) => {
        const row = await ownCaseForUpdate(tx, user, caseId);
        commandOrRefuse(row, 'submit');
        const application = completeApplication(row.application);
        const now = clock.now();
        const asOf = calendarDateIn(now, profile.timeZone);
        const assessment = assessApplication(application, profile, asOf);
        const reasons = assessment.reasons.map((reason) => ({
          code: reason.code,
          rule: reason.rule,
          message: reasonMessage(locale, reason.code, profile),
        }));
        if (refuses(assessment)) {
          throw new RuleRefusedError('ineligible', caseMessages.ineligible, { reasons });
        }
        const held = new Set((await listDocuments(tx, caseId)).map((document) => document.checklistItem));
        const missing = missingDocuments(assessment.requiredDocuments, held);
        if (missing.length > 0) {
          throw new RuleRefusedError('documents_missing', caseMessages.documentsMissing, {
            missing: missing.map((code) => ({ code, title: documentTitle(locale, code) })),
          });
        }
        // The number comes from a sequence in the same statement: two submissions never share one.
        const [numbered] = await tx
          .update(cases)
          .set({
            status: 'submitted',
            caseNumber: sql`${caseNumberPrefix(asOf)} || lpad(nextval(${caseNumberSequence.seqName})::text, 5, '0')`,
            submittedAt: now,
            updatedAt: now,
            departmentCode: application.consultation.department,
            application,
            eligibility: {
              outcome: assessment.outcome,
              reasons: assessment.reasons.map((reason) => reason.code),
            },
          })
          .where(eq(cases.id, caseId))
          .returning({ caseNumber: cases.caseNumber });
        const caseNumber = numbered?.caseNumber;
        if (!caseNumber) throw new Error('case number not issued');
        await appendCaseEvent(tx, {
          caseId,
          at: now,
          actorKind: 'patient',
          actorUserId: user.id,
          type: 'submit',
          fromStatus: 'draft',
          toStatus: 'submitted',
          details: { outcome: assessment.outcome },
        });
        await audit.record(
          {
            actor: { userId: user.id, role: user.role },
            action: 'case.submit',
            outcome: 'success',
            target: { type: 'case', id: caseId },
            patientUserId: user.id,
            ip: meta.ip,
            requestId: meta.requestId,
            details: { outcome: assessment.outcome },
          },
          tx,
        );
        return {
          caseNumber,
          outcome: assessment.outcome === 'needs_review' ? 'needs_review' : 'eligible',
          reasons,
        } as const;
      });
      // After the commit, in the patient's own language; the mail says only that something happened.
      const patient = await findUserById(db, user.id);
      if (patient) {
        await deps.mailer.send({
          to: patient.email,
          template: 'case_event',
          locale: patient.locale,
          data: {
            link: `${deps.publicUrl}/applications/${caseId}`,
            eventLabel: caseMessages.submittedLabel[patient.locale],
          },
        });
      }
      return { ...submitted, status: 'submitted' };
    },

    /** Before the consultation the applicant may withdraw (SPEC §3); it cannot be undone. */
    async withdraw(user: CaseUser, caseId: string, meta: RequestMeta): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await ownCaseForUpdate(tx, user, caseId);
        commandOrRefuse(row, 'withdraw');
        const now = clock.now();
        await tx.update(cases).set({ status: 'withdrawn', updatedAt: now }).where(eq(cases.id, caseId));
        await appendCaseEvent(tx, {
          caseId,
          at: now,
          actorKind: 'patient',
          actorUserId: user.id,
          type: 'withdraw',
          fromStatus: row.status,
          toStatus: 'withdrawn',
        });
        await audit.record(
          {
            actor: { userId: user.id, role: user.role },
            action: 'case.withdraw',
            outcome: 'success',
            target: { type: 'case', id: caseId },
            patientUserId: row.patientUserId,
            ip: meta.ip,
            requestId: meta.requestId,
          },
          tx,
        );
      });
    },

    async status(user: CaseUser, caseId: string, locale: Locale, meta: RequestMeta): Promise<CaseStatusView> {
      const actor = await caseActorOf(db, user);
      const row = await loadVisibleCase(db, actor, caseId);
      const events = await listCaseEvents(db, caseId);
      await audit.record({
        actor: { userId: user.id, role: user.role },
        action: 'case.status.read',
        outcome: 'success',
        target: { type: 'case', id: caseId },
        patientUserId: row.patientUserId,
        ip: meta.ip,
        requestId: meta.requestId,
      });
      return presentStatusView(row, events, locale);
    },
  };
}
