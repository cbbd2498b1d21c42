import type { QueueRow } from '../../../shared/contracts/liaison.js';
import type { QueueRecord } from './liaison-queue.repository.js';

/** A queue row shows who and how long, never the medical content of the application. */

const DAY_MS = 86_400_000;

const joined = (family: string | null, given: string | null) =>
  [family, given].filter((part): part is string => Boolean(part)).join(' ');

export function presentQueueRow(record: QueueRecord, now: Date): QueueRow {
  // The queue selects submitted cases only; a missing number or date would be a broken invariant.
  if (!record.caseNumber || !record.submittedAt) throw new Error('queue row without submission');
  return {
    id: record.id,
    caseNumber: record.caseNumber,
    status: record.status,
    departmentCode: record.departmentCode,
    patient: {
      name: joined(record.familyName, record.givenName),
      nameKana: joined(record.familyNameKana, record.givenNameKana),
    },
    submittedAt: record.submittedAt.toISOString(),
    waitingDays: Math.max(0, Math.floor((now.getTime() - record.submittedAt.getTime()) / DAY_MS)),
    updatedAt: record.updatedAt.toISOString(),
    flags: {
      needsReview: record.needsReview,
      identityMismatch: record.identityMismatch,
      missingDocuments: record.missingDocuments,
      infectedFile: record.infectedFile,
      unreadMessages: record.unreadMessages > 0,
    },
    unreadMessages: record.unreadMessages,
    identityVerified: record.identityVerified,
  };
}
