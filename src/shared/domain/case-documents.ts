import type { ApplicationDraft } from '../contracts/application.js';
import type { ChecklistState } from '../contracts/documents.js';
import type { DocumentCode, HospitalProfile } from '../contracts/profile.js';
import type { CaseStatus } from './case-status.js';
import { requiredDocuments } from './required-documents.js';

/** R-DOC-06 and the flow of SPEC §3: when material may be added to a case, and when removed. */

/** Material keeps coming until the consultation: requested items, corrections, the physician's data. */
const OPEN_FOR_DOCUMENTS: ReadonlySet<CaseStatus> = new Set<CaseStatus>([
  'draft',
  'submitted',
  'screening',
  'awaiting_information',
  'department_review',
  'accepted',
  'scheduling',
  'scheduled',
  'booked',
]);

export function canAddDocuments(status: CaseStatus): boolean {
  return OPEN_FOR_DOCUMENTS.has(status);
}

/** R-DOC-06: before submission a wrongly added file may be removed; afterwards it is kept for good. */
export function canRemoveDocuments(status: CaseStatus): boolean {
  return status === 'draft';
}

/** The application and consultation sheet are filled in online, never uploaded. */
export const FILLED_ONLINE: ReadonlySet<DocumentCode> = new Set<DocumentCode>([
  'APPLICATION_FORM',
  'CONSULTATION_SHEET',
]);

/**
 * The checklist of a case from its (possibly unfinished) application: until the answers that decide
 * it are given, the documents every application needs.
 */
export function checklistFor(
  draft: ApplicationDraft,
  profile: HospitalProfile,
  asOf: string,
): DocumentCode[] {
  const attendance = draft.attendance?.attendance;
  const birthDate = draft.patient?.birthDate;
  const department = draft.consultation?.department ?? '';
  return requiredDocuments(
    {
      attendance: attendance ?? 'patient',
      family: (draft.attendance?.family ?? []).map((member) => ({
        relationship: member.relationship,
        livesWithPatient: member.livesWithPatient,
      })),
      department,
      condition: draft.consultation?.condition,
      // Without a birth date the patient counts as an adult: the stricter list is shown until it is known.
      patient: { birthDate: birthDate ?? '1900-01-01' },
    },
    profile,
    asOf,
  );
}

/** One checklist item's state from the reviews of its documents: the best one counts. */
export function checklistState(reviews: readonly ('received' | 'accepted' | 'rejected')[]): ChecklistState {
  if (reviews.includes('accepted')) return 'accepted';
  if (reviews.includes('received')) return 'received';
  if (reviews.includes('rejected')) return 'rejected';
  return 'missing';
}
