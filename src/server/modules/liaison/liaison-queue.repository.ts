import { and, asc, desc, eq, gte, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { QueueFlag } from '../../../shared/contracts/liaison.js';
import type { CaseStatus } from '../../../shared/domain/case-status.js';
import type { DbExecutor } from '../../db/client.js';
import {
  caseLiaison,
  caseMessages,
  caseStatusCounts,
  cases,
  dicomInstances,
  dicomSeries,
  dicomStudies,
  documents,
  documentVersions,
} from '../../db/schema/index.js';
import { queueStatusesOf, type QueueScope } from './liaison-scope.js';
import { containsPattern, type SearchTerms } from './liaison-search.js';

/**
 * The work queue in two statements whatever the number of cases: counts per status, and one page with
 * every flag. Counts of the plain views (department and status filters) come from case_status_counts,
 * kept by triggers; with other filters they are one aggregate over the matching cases. Flags are
 * computed from the tables that own the facts (documents, versions, DICOM instances, messages) by
 * correlated EXISTS on their case indexes, so no other module has to keep a copy up to date; the page's
 * flags are evaluated after the sort and limit, for its rows only.
 */

export type QueueCriteria = {
  scope: QueueScope;
  department?: string;
  statuses?: readonly CaseStatus[];
  submittedAfter?: Date;
  submittedBefore?: Date;
  flags: readonly QueueFlag[];
  search?: SearchTerms;
  sort: 'waiting_longest' | 'waiting_shortest';
  limit: number;
  /** Position after the previous page: submitted_at as PostgreSQL wrote it (microseconds kept), id. */
  after?: { submittedAt: string; id: string };
};

const flagConditions: Record<QueueFlag, SQL> = {
  needs_review: sql`(${cases.eligibility} ->> 'outcome') = 'needs_review'`,
  identity_mismatch: sql`exists (
    select 1 from ${dicomStudies}
    join ${dicomSeries} on ${dicomSeries.studyId} = ${dicomStudies.id}
    join ${dicomInstances} on ${dicomInstances.seriesId} = ${dicomSeries.id}
    where ${dicomStudies.caseId} = ${cases.id} and ${dicomInstances.identityStatus} = 'mismatch')`,
  // Required items come from case_liaison (left-joined); a case without a row holds all it needs.
  missing_documents: sql`exists (
    select 1 from unnest(${caseLiaison.requiredDocuments}) as required(code)
    where not exists (
      select 1 from ${documents}
      where ${documents.caseId} = ${cases.id} and ${documents.checklistItem} = required.code
        and ${documents.review} in ('received', 'accepted')))`,
  infected_file: sql`exists (
    select 1 from ${documentVersions}
    join ${documents} on ${documents.id} = ${documentVersions.documentId}
    where ${documents.caseId} = ${cases.id} and ${documentVersions.scanState} = 'infected')`,
  unread_messages: sql`exists (
    select 1 from ${caseMessages}
    where ${caseMessages.caseId} = ${cases.id} and ${caseMessages.authorKind} = 'patient'
      and ${caseMessages.readAt} is null)`,
};

const unreadCount = sql<number>`(
  select count(*) from ${caseMessages}
  where ${caseMessages.caseId} = ${cases.id} and ${caseMessages.authorKind} = 'patient'
    and ${caseMessages.readAt} is null)::int`;

function searchCondition(terms: SearchTerms): SQL | undefined {
  const matches: SQL[] = [];
  if (terms.nameKey) matches.push(sql`${cases.searchName} like ${containsPattern(terms.nameKey)}`);
  if (terms.caseNumber) matches.push(sql`${cases.caseNumber} like ${containsPattern(terms.caseNumber)}`);
  if (terms.phoneDigits) matches.push(sql`${cases.searchPhone} like ${containsPattern(terms.phoneDigits)}`);
  // Nothing searchable in the text: nothing matches (rather than everything).
  return matches.length > 0 ? or(...matches) : sql`false`;
}

/** Everything but the status filter and the page position: the counts use exactly these. */
function scopeAndFilters(criteria: QueueCriteria): SQL | undefined {
  const { scope } = criteria;
  const conditions: (SQL | undefined)[] = [
    // Only submitted cases: a draft, or a draft given up (withdrawn unsubmitted), is no work for anyone.
    isNotNull(cases.submittedAt),
    // Coordinators see every submitted case; doctors theirs from department review on.
    scope.role === 'coordinator' ? undefined : inArray(cases.status, [...queueStatusesOf(scope)]),
    scope.role === 'doctor' ? inArray(cases.departmentCode, [...scope.departments]) : undefined,
    criteria.department ? eq(cases.departmentCode, criteria.department) : undefined,
    criteria.submittedAfter ? gte(cases.submittedAt, criteria.submittedAfter) : undefined,
    criteria.submittedBefore ? lt(cases.submittedAt, criteria.submittedBefore) : undefined,
    ...criteria.flags.map((flag) => flagConditions[flag]),
    criteria.search ? searchCondition(criteria.search) : undefined,
  ];
  return and(...conditions);
}

/** Counts of a view filtered on department (and status) only: read from the kept counts, not the cases. */
function countsOnly(criteria: QueueCriteria): boolean {
  return (
    !criteria.search && !criteria.submittedAfter && !criteria.submittedBefore && criteria.flags.length === 0
  );
}

export async function countQueueByStatus(
  db: DbExecutor,
  criteria: QueueCriteria,
): Promise<{ status: CaseStatus; count: number }[]> {
  const { scope } = criteria;
  if (countsOnly(criteria)) {
    return db
      .select({ status: caseStatusCounts.status, count: sql<number>`sum(${caseStatusCounts.cases})::int` })
      .from(caseStatusCounts)
      .where(
        and(
          scope.role === 'coordinator'
            ? undefined
            : inArray(caseStatusCounts.status, [...queueStatusesOf(scope)]),
          scope.role === 'doctor'
            ? inArray(caseStatusCounts.departmentCode, [...scope.departments])
            : undefined,
          criteria.department ? eq(caseStatusCounts.departmentCode, criteria.department) : undefined,
        ),
      )
      .groupBy(caseStatusCounts.status);
  }
  return db
    .select({ status: cases.status, count: sql<number>`count(*)::int` })
    .from(cases)
    .leftJoin(caseLiaison, eq(caseLiaison.caseId, cases.id))
    .where(scopeAndFilters(criteria))
    .groupBy(cases.status);
}

export type QueueRecord = Awaited<ReturnType<typeof selectQueuePage>>[number];

/**
 * One page (limit rows, or limit + 1 asked by the caller to learn whether another page follows). The
 * inner query finds the page's ids; the flags are computed by the outer one for those rows only.
 */
export function selectQueuePage(db: DbExecutor, criteria: QueueCriteria) {
  const oldestFirst = criteria.sort === 'waiting_longest';
  const position = criteria.after
    ? oldestFirst
      ? sql`(${cases.submittedAt}, ${cases.id}) > (${criteria.after.submittedAt}::timestamptz, ${criteria.after.id}::uuid)`
      : sql`(${cases.submittedAt}, ${cases.id}) < (${criteria.after.submittedAt}::timestamptz, ${criteria.after.id}::uuid)`
    : undefined;
  const statuses = criteria.statuses?.length ? inArray(cases.status, [...criteria.statuses]) : undefined;
  const order = oldestFirst ? asc : desc;
  const page = db
    .select({ pageId: sql<string>`${cases.id}`.as('page_id') })
    .from(cases)
    .leftJoin(caseLiaison, eq(caseLiaison.caseId, cases.id))
    .where(and(scopeAndFilters(criteria), statuses, position))
    .orderBy(order(cases.submittedAt), order(cases.id))
    .limit(criteria.limit)
    .as('page');
  const flag = (name: QueueFlag) => sql<boolean>`${flagConditions[name]}`;
  return db
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      status: cases.status,
      departmentCode: cases.departmentCode,
      submittedAt: cases.submittedAt,
      submittedAtKey: sql<string>`${cases.submittedAt}::text`,
      updatedAt: cases.updatedAt,
      familyName: sql<string | null>`${cases.application} #>> '{patient,name,familyName}'`,
      givenName: sql<string | null>`${cases.application} #>> '{patient,name,givenName}'`,
      familyNameKana: sql<string | null>`${cases.application} #>> '{patient,name,familyNameKana}'`,
      givenNameKana: sql<string | null>`${cases.application} #>> '{patient,name,givenNameKana}'`,
      needsReview: sql<boolean>`coalesce(${flagConditions.needs_review}, false)`,
      identityMismatch: flag('identity_mismatch'),
      missingDocuments: flag('missing_documents'),
      infectedFile: flag('infected_file'),
      unreadMessages: unreadCount,
      identityVerified: sql<boolean>`${caseLiaison.identityVerifiedAt} is not null`,
    })
    .from(page)
    .innerJoin(cases, eq(cases.id, page.pageId))
    .leftJoin(caseLiaison, eq(caseLiaison.caseId, cases.id))
    .orderBy(order(cases.submittedAt), order(cases.id));
}
