import type { CasePulse, LiaisonCaseView, SpecialistList } from '../../../shared/contracts/liaison.js';
import type { DocumentCode } from '../../../shared/contracts/profile.js';
import { documentCodeSchema } from '../../../shared/contracts/profile.js';
import { calendarDateIn } from '../../../shared/domain/calendar.js';
import { canAddDocuments, checklistFor } from '../../../shared/domain/case-documents.js';
import { caseCommandRules, isTerminalStatus } from '../../../shared/domain/case-status.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/client.js';
import { ForbiddenError } from '../../errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { RequestMeta } from '../auth/session.service.js';
import { caseActorOf, loadVisibleCase, type CaseActor } from '../cases/case.policy.js';
import { storedApplication } from '../cases/case.presenter.js';
import type { CaseRow } from '../cases/case.repository.js';
import type { CaseUser } from '../cases/case.service.js';
import { listCaseEvents } from '../cases/case-event.repository.js';
import { dicomSummaryByDocument } from '../documents/records/dicom-ingest.js';
import { presentChecklist, presentDocuments } from '../documents/records/document-presenter.js';
import { listDocuments, listVersions } from '../documents/records/document.repository.js';
import type { ProfileService } from '../profile/profile.service.js';
import { findUserById } from '../auth/user.repository.js';
import {
  activeDoctorsOf,
  caseViewers,
  findCaseLiaison,
  unreadPatientMessages,
  usersByIds,
} from './liaison-case.repository.js';
import { casePulseCounts } from './case-pulse.repository.js';
import { presentLiaisonCase } from './liaison-case.presenter.js';
import { identityFindings, imagingSeries } from './liaison-imaging.repository.js';
import { consoleCommands } from './liaison-requirements.js';

export type LiaisonCaseService = ReturnType<typeof createLiaisonCaseService>;

/** What the console lets this member of staff do on the case (sent to the UI, never re-implemented). */
export function consoleAbilities(actor: CaseActor, row: CaseRow): LiaisonCaseView['abilities'] {
  const staff = actor.role === 'coordinator' || actor.role === 'doctor';
  return {
    commands: staff ? consoleCommands(row.status, actor.role) : [],
    reviewDocuments: staff && row.status !== 'draft' && canAddDocuments(row.status),
    logCalls: actor.role === 'coordinator',
    verifyIdentity: actor.role === 'coordinator' && !isTerminalStatus(row.status),
    sendMessages: staff,
  };
}

/** The console's view of one case; every opening is in the audit trail as liaison.case.read. */
export function createLiaisonCaseService(deps: {
  db: Database;
  clock: Clock;
  audit: AuditService;
  profiles: ProfileService;
}) {
  const { db, clock, audit } = deps;

  return {
    /**
     * Whether anything happened on the case, for a console left open: the status and two counts, no
     * patient data, so not audited (the view it may trigger is).
     */
    async pulse(user: CaseUser, caseId: string): Promise<CasePulse> {
      const actor = await caseActorOf(db, user);
      const row = await loadVisibleCase(db, actor, caseId);
      return { status: row.status, ...(await casePulseCounts(db, caseId)) };
    },

    async view(user: CaseUser, caseId: string, locale: Locale, meta: RequestMeta): Promise<LiaisonCaseView> {
      const actor = await caseActorOf(db, user);
      const row = await loadVisibleCase(db, actor, caseId);
      // Counted before the rest is read: news landing meanwhile shows as a difference on the next pulse.
      const pulse = { status: row.status, ...(await casePulseCounts(db, caseId)) };
      const [profile, documentRows, dicom, events, liaison, series, findings, unreadMessages] =
        await Promise.all([
          deps.profiles.current(),
          listDocuments(db, caseId),
          dicomSummaryByDocument(db, caseId),
          listCaseEvents(db, caseId),
          findCaseLiaison(db, caseId),
          imagingSeries(db, caseId),
          identityFindings(db, caseId),
          unreadPatientMessages(db, caseId),
        ]);
      const versions = await listVersions(
        db,
        documentRows.map((document) => document.id),
      );
      await audit.record({
        actor: { userId: user.id, role: user.role },
        action: 'liaison.case.read',
        outcome: 'success',
        target: { type: 'case', id: caseId },
        patientUserId: row.patientUserId,
        ip: meta.ip,
        requestId: meta.requestId,
      });
      // After recording this opening, so the caller is among those who have viewed the case.
      const viewers = await caseViewers(db, caseId, row.patientUserId);
      const people = await usersByIds(db, [
        ...events.flatMap((event) => (event.actorUserId ? [event.actorUserId] : [])),
        ...viewers.map((viewer) => viewer.userId),
        ...(liaison?.identityVerifiedBy ? [liaison.identityVerifiedBy] : []),
        ...(liaison?.specialistUserId ? [liaison.specialistUserId] : []),
      ]);

      // The applicant's account address is for the coordinators who contact them, not for doctors.
      const applicant = actor.role === 'coordinator' ? await findUserById(db, row.patientUserId) : undefined;

      const documents = presentDocuments(documentRows, versions, dicom, false);
      const asOf = calendarDateIn(row.submittedAt ?? clock.now(), profile.timeZone);
      const requested = (liaison?.requiredDocuments ?? []).flatMap((code): DocumentCode[] => {
        const parsed = documentCodeSchema.safeParse(code);
        return parsed.success ? [parsed.data] : [];
      });
      const required = [...new Set([...checklistFor(storedApplication(row), profile, asOf), ...requested])];
      return presentLiaisonCase({
        row,
        profile,
        locale,
        checklist: presentChecklist(required, documents, locale),
        documents,
        series,
        findings,
        events,
        viewers,
        liaison,
        people,
        unreadMessages,
        pulse,
        applicantEmail: applicant?.email ?? null,
        abilities: consoleAbilities(actor, row),
      });
    },

    /**
     * The doctors who may be named specialist on acceptance (the active doctors of the case's
     * department). Only staff names leave, no patient data, so like the queue this read is not audited.
     */
    async specialists(user: CaseUser, caseId: string): Promise<SpecialistList> {
      const actor = await caseActorOf(db, user);
      // For those who may accept (they name the specialist): decided here too, not only at the route.
      if (actor.role === 'admin' || !caseCommandRules.accept.roles.includes(actor.role)) {
        throw new ForbiddenError();
      }
      const row = await loadVisibleCase(db, actor, caseId);
      const doctors = row.departmentCode ? await activeDoctorsOf(db, row.departmentCode) : [];
      return { specialists: doctors.map((doctor) => ({ id: doctor.id, name: doctor.name })) };
    },
  };
}
