import type { Clock } from '../../clock.js';
import type { Database, DbExecutor } from '../../db/client.js';
import { AUDIT_CSV_HEADER, auditCsvLine, CSV_BOM } from './audit.csv.js';
import {
  AUDIT_PAGE_MAX,
  encodeAuditCursor,
  toAuditSearchQuery,
  type AuditSearchFilter,
} from './audit.filter.js';
import type { AuditEventInput } from './audit.input.js';
import {
  appendAuditEvent,
  recordAuditEvent,
  searchAuditEvents,
  type AuditEventRow,
} from './audit.repository.js';

export type AuditService = {
  /**
   * Records one event. Pass the use case's transaction so the event commits (or rolls back) with the
   * change it describes; record it last, as the chain lock is held until that transaction ends.
   * Without a transaction the event is written in one of its own.
   */
  record(input: AuditEventInput, tx?: DbExecutor): Promise<void>;
  /** One page, newest first; nextCursor is null on the last page. */
  search(filter: AuditSearchFilter): Promise<{ events: AuditEventRow[]; nextCursor: string | null }>;
  /** Every matching event (limit and cursor are ignored) as CSV text chunks: BOM and header first. */
  exportCsv(filter: Omit<AuditSearchFilter, 'limit' | 'cursor'>): AsyncIterable<string>;
};

export function createAuditService(deps: { db: Database; clock: Clock }): AuditService {
  const { db, clock } = deps;
  return {
    async record(input, tx) {
      if (tx) await appendAuditEvent(tx, input, clock.now());
      else await recordAuditEvent(db, input, clock.now());
    },

    async search(filter) {
      const { rows, next } = await searchAuditEvents(db, toAuditSearchQuery(filter));
      return { events: rows, nextCursor: next ? encodeAuditCursor(next) : null };
    },

    exportCsv(filter) {
      // Validate now, so a bad filter fails before the caller starts streaming a response.
      const first = toAuditSearchQuery({ ...filter, limit: AUDIT_PAGE_MAX });
      return (async function* () {
        yield CSV_BOM + AUDIT_CSV_HEADER;
        let query = first;
        for (;;) {
          const { rows, next } = await searchAuditEvents(db, query);
          if (rows.length > 0) yield rows.map(auditCsvLine).join('');
          if (!next) return;
          query = { ...query, after: next };
        }
      })();
    },
  };
}
