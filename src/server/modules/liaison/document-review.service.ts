import type { DocumentReviewRequest } from '../../../shared/contracts/liaison.js';
import { canAddDocuments } from '../../../shared/domain/case-documents.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/client.js';
import { NotFoundError } from '../../errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { RequestMeta } from '../auth/session.service.js';
import { canViewCase, caseActorOf } from '../cases/case.policy.js';
import { appendCaseEvent, findCaseForUpdate } from '../cases/case.repository.js';
import type { CaseUser } from '../cases/case.service.js';
import { findDocument, listVersions } from '../documents/records/document.repository.js';
import type { ProfileService } from '../profile/profile.service.js';
import type { LiaisonNotifier } from './liaison-notify.js';
import { saveDocumentReview } from './liaison-case.repository.js';
import { recordRequirements } from './liaison-requirements.js';
import { liaisonRefusals, mailLabels } from './liaison-texts.js';

export type DocumentReviewService = ReturnType<typeof createDocumentReviewService>;

/**
 * Staff accept or reject a document of the case. A rejection reason is shown to the applicant with the
 * checklist item and on their status page (they are mailed that something needs them); a new version
 * of the document sends it back to "received" (document.repository insertNextVersion).
 */
export function createDocumentReviewService(deps: {
  db: Database;
  clock: Clock;
  audit: AuditService;
  profiles: ProfileService;
  notifier: LiaisonNotifier;
}) {
  const { db, clock, audit } = deps;

  return {
    async review(
      user: CaseUser,
      caseId: string,
      documentId: string,
      request: DocumentReviewRequest,
      meta: RequestMeta,
    ) {
      const actor = await caseActorOf(db, user);
      const profile = await deps.profiles.current();
      const reviewed = await db.transaction(async (tx) => {
        // The case lock orders this with uploads of new versions, which reset the review.
        const row = await findCaseForUpdate(tx, caseId);
        if (!row || !canViewCase(actor, row)) throw new NotFoundError('case');
        const document = await findDocument(tx, caseId, documentId);
        if (!document) throw new NotFoundError('document');
        if (row.status === 'draft' || !canAddDocuments(row.status)) throw liaisonRefusals.reviewClosed();
        const [latest] = await listVersions(tx, [document.id]);
        if (request.decision === 'accepted' && latest?.scanState === 'infected') {
          throw liaisonRefusals.infectedDocument();
        }
        const now = clock.now();
        const rejectionReason = request.decision === 'rejected' ? request.reason : null;
        await saveDocumentReview(tx, documentId, {
          review: request.decision,
          rejectionReason,
          at: now,
          by: user.id,
        });
        // A rejected item may leave the case short of what it needs: the queue's flag reads this.
        await recordRequirements(tx, row, profile, now);
        await appendCaseEvent(tx, {
          caseId,
          at: now,
          actorKind: actor.role,
          actorUserId: user.id,
          type: 'document_reviewed',
          details: {
            documentId,
            checklistItem: document.checklistItem,
            decision: request.decision,
            version: latest?.version ?? null,
            ...(rejectionReason ? { note: rejectionReason } : {}),
          },
        });
        await audit.record(
          {
            actor: { userId: user.id, role: user.role },
            action: 'document.review',
            outcome: 'success',
            target: { type: 'document', id: documentId },
            patientUserId: row.patientUserId,
            ip: meta.ip,
            requestId: meta.requestId,
            details: { caseId, decision: request.decision, version: latest?.version ?? null },
          },
          tx,
        );
        return { patientUserId: row.patientUserId, rejectionReason, at: now };
      });
      if (request.decision === 'rejected') {
        await deps.notifier.patientEvent(caseId, reviewed.patientUserId, mailLabels.documentRejected);
      }
      return {
        documentId,
        review: request.decision,
        rejectionReason: reviewed.rejectionReason,
        reviewedAt: reviewed.at.toISOString(),
      };
    },
  };
}
