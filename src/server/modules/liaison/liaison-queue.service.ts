import { z } from 'zod';
import type { QueueFilter, QueuePage } from '../../../shared/contracts/liaison.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/client.js';
import { RequestValidationError } from '../../errors.js';
import { caseActorOf } from '../cases/case.policy.js';
import type { CaseUser } from '../cases/case.service.js';
import { presentQueueRow } from './liaison-queue.presenter.js';
import { countQueueByStatus, selectQueuePage, type QueueCriteria } from './liaison-queue.repository.js';
import { queueScopeOf, queueStatusesOf } from './liaison-scope.js';
import { searchTermsOf } from './liaison-search.js';

export type LiaisonQueueService = ReturnType<typeof createLiaisonQueueService>;

const DAY_MS = 86_400_000;

const cursorSchema = z.tuple([z.string().min(1).max(60), z.uuid()]);

function encodeCursor(submittedAtKey: string, id: string): string {
  return Buffer.from(JSON.stringify([submittedAtKey, id])).toString('base64url');
}

function decodeCursor(cursor: string): { submittedAt: string; id: string } {
  try {
    const [submittedAt, id] = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString()));
    return { submittedAt, id };
  } catch {
    throw new RequestValidationError('querystring', [{ field: 'cursor', code: 'format' }]);
  }
}

/** The earlier of two optional instants. */
function earlier(a: Date | undefined, b: Date | undefined): Date | undefined {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

/**
 * The coordinators' all-day work list, and the doctors' list of their departments' cases. At most three
 * statements: the doctor's departments (doctors only), the counts, the page — whatever the filters and
 * however many cases there are (liaison-queue.int.test.ts counts them with 10,000 cases).
 */
export function createLiaisonQueueService(deps: { db: Database; clock: Clock }) {
  const { db, clock } = deps;

  return {
    async page(user: CaseUser, filter: QueueFilter, searchText?: string): Promise<QueuePage> {
      const actor = await caseActorOf(db, user);
      const scope = queueScopeOf(actor);
      const now = clock.now();
      const waitingCutoff =
        filter.waitingMoreThanDays === undefined
          ? undefined
          : new Date(now.getTime() - filter.waitingMoreThanDays * DAY_MS);
      const criteria: QueueCriteria = {
        scope,
        department: filter.department,
        statuses: filter.status,
        submittedAfter: filter.submittedAfter ? new Date(filter.submittedAfter) : undefined,
        submittedBefore: earlier(
          filter.submittedBefore ? new Date(filter.submittedBefore) : undefined,
          waitingCutoff,
        ),
        flags: filter.flags ?? [],
        search: searchText === undefined ? undefined : searchTermsOf(searchText),
        sort: filter.sort,
        // One more than shown tells whether another page follows, without counting.
        limit: filter.limit + 1,
        after: filter.cursor ? decodeCursor(filter.cursor) : undefined,
      };
      const visible = queueStatusesOf(scope);
      if (visible.length === 0) {
        return { counts: [], total: 0, cases: [], nextCursor: null };
      }
      const [counted, records] = await Promise.all([
        countQueueByStatus(db, criteria),
        selectQueuePage(db, criteria),
      ]);
      const byStatus = new Map(counted.map((row) => [row.status, row.count]));
      const selected = new Set(filter.status?.length ? filter.status : visible);
      const shown = records.slice(0, filter.limit);
      const last = shown.at(-1);
      return {
        counts: visible.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
        total: visible.reduce(
          (sum, status) => sum + (selected.has(status) ? (byStatus.get(status) ?? 0) : 0),
          0,
        ),
        cases: shown.map((record) => presentQueueRow(record, now)),
        nextCursor: records.length > filter.limit && last ? encodeCursor(last.submittedAtKey, last.id) : null,
      };
    },
  };
}
