import { caseStatuses, type CaseStatus } from '../../../shared/domain/case-status.js';
import type { CaseActor } from '../cases/case.policy.js';

/**
 * case.policy.ts's canViewCase as sets of statuses, for the queue's SQL: coordinators see every
 * submitted case, doctors their departments' cases once the centre has sent them for review. A test
 * (liaison-scope.test.ts) holds these lists to canViewCase for every status.
 */

const DOCTOR_HIDDEN: ReadonlySet<CaseStatus> = new Set<CaseStatus>([
  'draft',
  'submitted',
  'screening',
  'awaiting_information',
]);

export const coordinatorQueueStatuses: readonly CaseStatus[] = caseStatuses.filter(
  (status) => status !== 'draft',
);
export const doctorQueueStatuses: readonly CaseStatus[] = caseStatuses.filter(
  (status) => !DOCTOR_HIDDEN.has(status),
);

/** Who the queue is for; anyone else sees an empty queue. */
export type QueueScope =
  { role: 'coordinator' } | { role: 'doctor'; departments: readonly string[] } | { role: 'none' };

export function queueScopeOf(actor: CaseActor): QueueScope {
  if (actor.role === 'coordinator') return { role: 'coordinator' };
  if (actor.role === 'doctor' && actor.departments.length > 0) {
    return { role: 'doctor', departments: actor.departments };
  }
  return { role: 'none' };
}

export function queueStatusesOf(scope: QueueScope): readonly CaseStatus[] {
  if (scope.role === 'coordinator') return coordinatorQueueStatuses;
  if (scope.role === 'doctor') return doctorQueueStatuses;
  return [];
}

/** The signed-in user as the liaison services need it: who, in which role, and the name staff sign with. */
export type LiaisonUser = { id: string; role: CaseActor['role']; displayName: string };
