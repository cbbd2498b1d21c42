import { and, desc, eq, gt, inArray, isNotNull, max, count, sql } from 'drizzle-orm';
import type { CaseStatus } from '../../../shared/domain/case-status.js';
import type { DbExecutor } from '../../db/client.js';
import {
  auditEvents,
  caseEvents,
  caseLiaison,
  caseMessages,
  cases,
  documents,
  staffDepartments,
  users,
} from '../../db/schema/index.js';

export type CaseLiaisonRow = typeof caseLiaison.$inferSelect;
type IdentityMethod = NonNullable<CaseLiaisonRow['identityVerificationMethod']>;

export async function findCaseLiaison(db: DbExecutor, caseId: string): Promise<CaseLiaisonRow | undefined> {
  const rows = await db.select().from(caseLiaison).where(eq(caseLiaison.caseId, caseId)).limit(1);
  return rows[0];
}

/** Adds to what the case must hold; the list never shrinks (an item once asked for stays asked for). */
export async function addRequiredDocuments(
  db: DbExecutor,
  caseId: string,
  codes: readonly string[],
  now: Date,
): Promise<void> {
  await db
    .insert(caseLiaison)
    .values({ caseId, requiredDocuments: [...codes], updatedAt: now })
    .onConflictDoUpdate({
      target: caseLiaison.caseId,
      set: {
        requiredDocuments: sql`array(
          select distinct code from unnest(${caseLiaison.requiredDocuments} || excluded.required_documents) as code
          order by code)`,
        updatedAt: now,
      },
    });
}

export async function setIdentityVerified(
  db: DbExecutor,
  caseId: string,
  verification: { by: string; method: IdentityMethod; at: Date },
): Promise<void> {
  const values = {
    identityVerifiedAt: verification.at,
    identityVerifiedBy: verification.by,
    identityVerificationMethod: verification.method,
    updatedAt: verification.at,
  };
  await db
    .insert(caseLiaison)
    .values({ caseId, ...values })
    .onConflictDoUpdate({ target: caseLiaison.caseId, set: values });
}

export async function setSpecialist(
  db: DbExecutor,
  caseId: string,
  userId: string,
  now: Date,
): Promise<void> {
  await db
    .insert(caseLiaison)
    .values({ caseId, specialistUserId: userId, updatedAt: now })
    .onConflictDoUpdate({ target: caseLiaison.caseId, set: { specialistUserId: userId, updatedAt: now } });
}

/** Writes the review columns, the only ones of a submitted document the retention trigger lets change. */
export async function saveDocumentReview(
  db: DbExecutor,
  documentId: string,
  review: { review: 'accepted' | 'rejected'; rejectionReason: string | null; at: Date; by: string },
): Promise<void> {
  await db
    .update(documents)
    .set({
      review: review.review,
      rejectionReason: review.rejectionReason,
      reviewedAt: review.at,
      reviewedBy: review.by,
    })
    .where(eq(documents.id, documentId));
}

/** The caller holds the case's row lock and has checked the transition. */
export async function setCaseStatus(
  db: DbExecutor,
  caseId: string,
  status: CaseStatus,
  now: Date,
): Promise<void> {
  await db.update(cases).set({ status, updatedAt: now }).where(eq(cases.id, caseId));
}

export type StaffUser = { id: string; name: string; role: string; email: string; locale: 'ja' | 'en' };

export async function usersByIds(db: DbExecutor, ids: readonly string[]): Promise<Map<string, StaffUser>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({
      id: users.id,
      name: users.displayName,
      role: users.role,
      email: users.email,
      locale: users.locale,
    })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(rows.map((row) => [row.id, row]));
}

/** An active doctor of the department (the specialist named on acceptance). */
export async function isActiveDoctorOf(
  db: DbExecutor,
  userId: string,
  departmentCode: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(staffDepartments, eq(staffDepartments.userId, users.id))
    .where(
      and(
        eq(users.id, userId),
        eq(users.role, 'doctor'),
        eq(users.status, 'active'),
        eq(staffDepartments.departmentCode, departmentCode),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** The active doctors of a department, by name: the specialists a case may be given, and whom to mail. */
export function activeDoctorsOf(db: DbExecutor, departmentCode: string): Promise<StaffUser[]> {
  return db
    .select({
      id: users.id,
      name: users.displayName,
      role: users.role,
      email: users.email,
      locale: users.locale,
    })
    .from(users)
    .innerJoin(staffDepartments, eq(staffDepartments.userId, users.id))
    .where(
      and(
        eq(users.role, 'doctor'),
        eq(users.status, 'active'),
        eq(staffDepartments.departmentCode, departmentCode),
      ),
    )
    .orderBy(users.displayName, users.id);
}

/** Who opened the case (the audit trail's reads of it), newest first. */
export function caseViewers(db: DbExecutor, caseId: string, patientUserId: string) {
  return db
    .select({
      userId: sql<string>`${auditEvents.actorUserId}`,
      role: max(auditEvents.actorRole),
      lastViewedAt: sql<Date>`max(${auditEvents.occurredAt})`.mapWith(auditEvents.occurredAt),
      views: sql<number>`count(*)::int`,
    })
    .from(auditEvents)
    .where(
      and(
        // The patient's index narrows the trail to this patient's events first.
        eq(auditEvents.patientUserId, patientUserId),
        eq(auditEvents.targetType, 'case'),
        eq(auditEvents.targetId, caseId),
        inArray(auditEvents.action, ['case.read', 'liaison.case.read']),
        eq(auditEvents.outcome, 'success'),
        isNotNull(auditEvents.actorUserId),
      ),
    )
    .groupBy(auditEvents.actorUserId)
    .orderBy(desc(sql`max(${auditEvents.occurredAt})`));
}

/** The newest request for information of the case, if any. */
export async function lastInformationRequest(db: DbExecutor, caseId: string) {
  const rows = await db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'requestInformation')))
    .orderBy(desc(caseEvents.seq))
    .limit(1);
  return rows[0];
}

/** Documents (new ones or corrections) that arrived after the timeline position `seq`. */
export async function documentsAddedAfter(db: DbExecutor, caseId: string, seq: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(caseEvents)
    .where(
      and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'document_added'), gt(caseEvents.seq, seq)),
    );
  return row?.n ?? 0;
}

/** Checklist items that hold a document not rejected, for the applicant's view of a request. */
export async function heldItems(
  db: DbExecutor,
  caseId: string,
): Promise<Map<string, (typeof documents.$inferSelect)['review'][]>> {
  const rows = await db
    .select({ item: documents.checklistItem, review: documents.review })
    .from(documents)
    .where(eq(documents.caseId, caseId));
  const held = new Map<string, (typeof documents.$inferSelect)['review'][]>();
  for (const row of rows) held.set(row.item, [...(held.get(row.item) ?? []), row.review]);
  return held;
}

export async function unreadPatientMessages(db: DbExecutor, caseId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(caseMessages)
    .where(
      and(
        eq(caseMessages.caseId, caseId),
        eq(caseMessages.authorKind, 'patient'),
        sql`${caseMessages.readAt} is null`,
      ),
    );
  return row?.n ?? 0;
}
