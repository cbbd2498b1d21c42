import type { CaseDetail, CaseSummary, SaveDraftRequest } from '../../../shared/contracts/cases.js';
import type { UserRole } from '../../../shared/contracts/auth.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/client.js';
import { NotFoundError, RuleRefusedError } from '../../errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { RequestMeta } from '../auth/session.service.js';
import { caseAbilities, caseActorOf, loadVisibleCase } from './case.policy.js';
import { presentCaseDetail, presentCaseSummary } from './case.presenter.js';
import {
  appendCaseEvent,
  findCase,
  insertDraftCase,
  listCasesOfPatient,
  saveDraftApplication,
} from './case.repository.js';

export type CaseUser = { id: string; role: UserRole };

export type CaseService = ReturnType<typeof createCaseService>;

const staleDraft = new RuleRefusedError('stale_draft', {
  ja: 'ほかの端末で先に保存されました。画面を読み込み直して、最新の内容から続けてください',
  en: 'This application was saved on another device first. Reload to continue from the latest version',
});

const notDraft = new RuleRefusedError('application_submitted', {
  ja: '申し込みはすでに送信されています。内容を変えたいときは地域医療連携センターにご連絡ください',
  en: 'The application has already been sent. To change it, please contact the liaison centre',
});

export function createCaseService(deps: { db: Database; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;
  const auditActor = (user: CaseUser) => ({ userId: user.id, role: user.role });

  return {
    /** A new application, as a draft of the patient's own account (R-ACC-02). */
    async createDraft(user: CaseUser, meta: RequestMeta): Promise<CaseDetail> {
      return db.transaction(async (tx) => {
        const now = clock.now();
        const row = await insertDraftCase(tx, user.id, now);
        await appendCaseEvent(tx, {
          caseId: row.id,
          at: now,
          actorKind: 'patient',
          actorUserId: user.id,
          type: 'created',
          toStatus: 'draft',
        });
        await audit.record(
          {
            actor: auditActor(user),
            action: 'case.create',
            outcome: 'success',
            target: { type: 'case', id: row.id },
            patientUserId: user.id,
            ip: meta.ip,
            requestId: meta.requestId,
          },
          tx,
        );
        const actor = await caseActorOf(tx, user);
        return presentCaseDetail(row, caseAbilities(actor, row));
      });
    },

    async listOwn(user: CaseUser): Promise<CaseSummary[]> {
      const rows = await listCasesOfPatient(db, user.id);
      return rows.map(presentCaseSummary);
    },

    /** Every read of a case is written to the audit trail (who looked at whose record). */
    async get(user: CaseUser, caseId: string, meta: RequestMeta): Promise<CaseDetail> {
      const actor = await caseActorOf(db, user);
      const row = await loadVisibleCase(db, actor, caseId);
      await audit.record({
        actor: auditActor(user),
        action: 'case.read',
        outcome: 'success',
        target: { type: 'case', id: row.id },
        patientUserId: row.patientUserId,
        ip: meta.ip,
        requestId: meta.requestId,
      });
      return presentCaseDetail(row, caseAbilities(actor, row));
    },

    async saveDraft(
      user: CaseUser,
      caseId: string,
      request: SaveDraftRequest,
      meta: RequestMeta,
    ): Promise<{ revision: number; updatedAt: string }> {
      return db.transaction(async (tx) => {
        const actor = await caseActorOf(tx, user);
        const row = await loadVisibleCase(tx, actor, caseId);
        if (!caseAbilities(actor, row).editApplication) {
          throw row.patientUserId === user.id ? notDraft : new NotFoundError('case');
        }
        const departmentCode = request.application.consultation?.department ?? null;
        const saved = await saveDraftApplication(
          tx,
          caseId,
          request.revision,
          request.application,
          departmentCode,
          clock.now(),
        );
        if (!saved) {
          const current = await findCase(tx, caseId);
          throw current?.status === 'draft' ? staleDraft : notDraft;
        }
        await audit.record(
          {
            actor: auditActor(user),
            action: 'case.draft_save',
            outcome: 'success',
            target: { type: 'case', id: caseId },
            patientUserId: saved.patientUserId,
            ip: meta.ip,
            requestId: meta.requestId,
          },
          tx,
        );
        return { revision: saved.revision, updatedAt: saved.updatedAt.toISOString() };
      });
    },
  };
}
