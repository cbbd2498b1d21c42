import { eq } from 'drizzle-orm';
import type { UserRole } from '../../../shared/contracts/auth.js';
import { canAddDocuments, canRemoveDocuments } from '../../../shared/domain/case-documents.js';
import { availableCaseCommands, type CaseCommand } from '../../../shared/domain/case-status.js';
import type { DbExecutor } from '../../db/client.js';
import { staffDepartments } from '../../db/schema/index.js';
import { NotFoundError } from '../../errors.js';
import { findCase, type CaseRow } from './case.repository.js';

/**
 * Who may see and act on a case. A case someone may not see answers 404 like a missing one, so its
 * existence is not revealed. Drafts are the patient's own until submitted; admins manage the hospital,
 * not cases (separation of duties), and read what happened through the audit trail.
 */

export type CaseActor = { userId: string; role: UserRole; departments: readonly string[] };

/** Doctors see their department's cases once the liaison centre has sent them for review. */
const DOCTOR_HIDDEN = new Set(['draft', 'submitted', 'screening', 'awaiting_information']);

export function canViewCase(actor: CaseActor, row: CaseRow): boolean {
  switch (actor.role) {
    case 'patient':
      return row.patientUserId === actor.userId;
    case 'coordinator':
      return row.status !== 'draft';
    case 'doctor':
      return (
        !DOCTOR_HIDDEN.has(row.status) &&
        row.departmentCode !== null &&
        actor.departments.includes(row.departmentCode)
      );
    case 'admin':
      return false;
  }
}

export type CaseAbilities = {
  editApplication: boolean;
  addDocuments: boolean;
  removeDocuments: boolean;
  commands: CaseCommand[];
};

export function caseAbilities(actor: CaseActor, row: CaseRow): CaseAbilities {
  const owner = actor.role === 'patient' && row.patientUserId === actor.userId;
  const staffMayAdd = actor.role === 'coordinator';
  return {
    editApplication: owner && row.status === 'draft',
    addDocuments: (owner || staffMayAdd) && canAddDocuments(row.status),
    removeDocuments: owner && canRemoveDocuments(row.status),
    commands: actor.role === 'admin' ? [] : availableCaseCommands(row.status, actor.role),
  };
}

export async function caseActorOf(db: DbExecutor, user: { id: string; role: UserRole }): Promise<CaseActor> {
  if (user.role !== 'doctor') return { userId: user.id, role: user.role, departments: [] };
  const rows = await db
    .select({ code: staffDepartments.departmentCode })
    .from(staffDepartments)
    .where(eq(staffDepartments.userId, user.id));
  return { userId: user.id, role: user.role, departments: rows.map((row) => row.code) };
}

/** The case if this actor may see it; otherwise 404, exactly like a case that does not exist. */
export async function loadVisibleCase(db: DbExecutor, actor: CaseActor, caseId: string): Promise<CaseRow> {
  const row = await findCase(db, caseId);
  if (!row || !canViewCase(actor, row)) throw new NotFoundError('case');
  return row;
}
