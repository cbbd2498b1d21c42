import { describe, expect, it } from 'vitest';
import { caseStatuses, type CaseStatus } from '../../../shared/domain/case-status.js';
import { canViewCase } from '../cases/case.policy.js';
import type { CaseRow } from '../cases/case.repository.js';
import { coordinatorQueueStatuses, doctorQueueStatuses } from './liaison-scope.js';

const rowIn = (status: CaseStatus): CaseRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  patientUserId: '00000000-0000-4000-8000-000000000002',
  status,
  caseNumber: '2026-00001',
  departmentCode: 'geriatrics',
  application: {},
  eligibility: null,
  revision: 1,
  submittedAt: new Date(),
  createdAt: new Date(),
  updatedAt: new Date(),
  searchName: null,
  searchPhone: null,
});

describe('the queue’s statuses', () => {
  it('are the statuses case.policy lets each role see', () => {
    const coordinator = { userId: 'c', role: 'coordinator' as const, departments: [] };
    const doctor = { userId: 'd', role: 'doctor' as const, departments: ['geriatrics'] };
    expect(coordinatorQueueStatuses).toEqual(
      caseStatuses.filter((status) => canViewCase(coordinator, rowIn(status))),
    );
    expect(doctorQueueStatuses).toEqual(caseStatuses.filter((status) => canViewCase(doctor, rowIn(status))));
  });
});
