import { z } from 'zod';
import type { InformationRequestView } from '../../../shared/contracts/liaison.js';
import { documentCodeSchema } from '../../../shared/contracts/profile.js';
import { checklistState } from '../../../shared/domain/case-documents.js';
import { applyCaseCommand, type CaseStatus } from '../../../shared/domain/case-status.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { documentTitle } from '../../../shared/i18n/rules-messages.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/client.js';
import { NotFoundError } from '../../errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { RequestMeta } from '../auth/session.service.js';
import { caseActorOf, loadVisibleCase } from '../cases/case.policy.js';
import { appendCaseEvent, findCaseForUpdate } from '../cases/case.repository.js';
import type { CaseUser } from '../cases/case.service.js';
import {
  documentsAddedAfter,
  heldItems,
  lastInformationRequest,
  setCaseStatus,
} from './liaison-case.repository.js';
import { liaisonRefusals } from './liaison-texts.js';

export type InformationRequestService = ReturnType<typeof createInformationRequestService>;

const requestDetails = z
  .object({
    items: z.array(documentCodeSchema).catch([]),
    note: z.union([z.string(), z.object({ ja: z.string(), en: z.string() })]).optional(),
  })
  .catch({ items: [] });

/**
 * The applicant's way back from "awaiting information": see what the centre asked for, send it, then
 * say so ("資料を送りました"), which applies provideInformation and returns the case to screening.
 */
export function createInformationRequestService(deps: { db: Database; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;

  return {
    async view(
      user: CaseUser,
      caseId: string,
      locale: Locale,
      meta: RequestMeta,
    ): Promise<InformationRequestView> {
      const actor = await caseActorOf(db, user);
      const row = await loadVisibleCase(db, actor, caseId);
      const open = row.status === 'awaiting_information';
      const last = await lastInformationRequest(db, caseId);
      await audit.record({
        actor: { userId: user.id, role: user.role },
        action: 'case.information_request.read',
        outcome: 'success',
        target: { type: 'case', id: caseId },
        patientUserId: row.patientUserId,
        ip: meta.ip,
        requestId: meta.requestId,
      });
      if (!last) {
        return {
          open,
          requestedAt: null,
          message: null,
          items: [],
          documentsSinceRequest: 0,
          canConfirm: false,
        };
      }
      const details = requestDetails.parse(last.details);
      const [held, documentsSinceRequest] = await Promise.all([
        heldItems(db, caseId),
        documentsAddedAfter(db, caseId, last.seq),
      ]);
      const note = details.note;
      return {
        open,
        requestedAt: last.at.toISOString(),
        message: note === undefined ? null : typeof note === 'string' ? note : note[locale],
        items: details.items.map((code) => ({
          code,
          title: documentTitle(locale, code),
          state: checklistState(held.get(code) ?? []),
        })),
        documentsSinceRequest,
        canConfirm: open && documentsSinceRequest > 0,
      };
    },

    /** "資料を送りました": only once something has arrived since the request (otherwise a plain 409). */
    async confirmProvided(
      user: CaseUser,
      caseId: string,
      meta: RequestMeta,
    ): Promise<{ status: CaseStatus }> {
      return db.transaction(async (tx) => {
        const row = await findCaseForUpdate(tx, caseId);
        if (!row || row.patientUserId !== user.id) throw new NotFoundError('case');
        const result = applyCaseCommand(row.status, 'provideInformation', 'patient');
        if (!result.ok) throw liaisonRefusals.illegalTransition('provideInformation', row.status);
        const last = await lastInformationRequest(tx, caseId);
        const arrived = last ? await documentsAddedAfter(tx, caseId, last.seq) : 0;
        if (arrived === 0) throw liaisonRefusals.nothingProvided();
        const now = clock.now();
        await setCaseStatus(tx, caseId, result.status, now);
        await appendCaseEvent(tx, {
          caseId,
          at: now,
          actorKind: 'patient',
          actorUserId: user.id,
          type: 'provideInformation',
          fromStatus: row.status,
          toStatus: result.status,
          details: { channel: 'upload' },
        });
        await audit.record(
          {
            actor: { userId: user.id, role: user.role },
            action: 'case.provide_information',
            outcome: 'success',
            target: { type: 'case', id: caseId },
            patientUserId: row.patientUserId,
            ip: meta.ip,
            requestId: meta.requestId,
            details: { from: row.status, to: result.status, documents: arrived },
          },
          tx,
        );
        return { status: result.status };
      });
    },
  };
}
