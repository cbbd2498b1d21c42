import type { DocumentCode, HospitalProfile } from '../../../shared/contracts/profile.js';
import { liaisonCommands, type LiaisonCommand } from '../../../shared/contracts/liaison.js';
import { calendarDateIn } from '../../../shared/domain/calendar.js';
import { checklistFor } from '../../../shared/domain/case-documents.js';
import {
  availableCaseCommands,
  type CaseActorRole,
  type CaseStatus,
} from '../../../shared/domain/case-status.js';
import type { DbExecutor } from '../../db/client.js';
import type { CaseRow } from '../cases/case.repository.js';
import { storedApplication } from '../cases/case.presenter.js';
import { missingDocuments } from '../cases/case-submission.js';
import { addRequiredDocuments } from './liaison-case.repository.js';

/**
 * What a case must hold before screening ends: the checklist of the application as submitted (on the
 * submission date, JST), less what submission itself does not ask for — the forms filled in online and
 * the patient's identity document, registered before the consultation (R-FLOW-05).
 */
export function screeningChecklist(row: CaseRow, profile: HospitalProfile, now: Date): DocumentCode[] {
  const asOf = calendarDateIn(row.submittedAt ?? now, profile.timeZone);
  return missingDocuments(checklistFor(storedApplication(row), profile, asOf), new Set());
}

/** Records the checklist (and items asked for) on the case, for the queue's missing_documents flag. */
export function recordRequirements(
  db: DbExecutor,
  row: CaseRow,
  profile: HospitalProfile,
  now: Date,
  requested: readonly DocumentCode[] = [],
): Promise<void> {
  return addRequiredDocuments(db, row.id, [...screeningChecklist(row, profile, now), ...requested], now);
}

const isLiaisonCommand = (command: string): command is LiaisonCommand =>
  (liaisonCommands as readonly string[]).includes(command);

/** The commands of the console this role may use now (the state machine decides, never the UI). */
export function consoleCommands(status: CaseStatus, role: CaseActorRole): LiaisonCommand[] {
  return availableCaseCommands(status, role).filter(isLiaisonCommand);
}
