import type { Database } from '../../db/client.js';
import { createChainChecker, type ChainProblem } from './audit.chain-check.js';
import { streamAuditEvents } from './audit.repository.js';

export type AuditVerification = { ok: true; count: number } | ({ ok: false; count: number } & ChainProblem);

const BATCH_SIZE = 1000;

/** Recomputes every hash in id order; stops at the first problem. count = rows read so far. */
export async function verifyAuditChain(db: Database): Promise<AuditVerification> {
  const checker = createChainChecker();
  let count = 0;
  for await (const row of streamAuditEvents(db, BATCH_SIZE)) {
    count += 1;
    const problem = checker.push(row);
    if (problem) return { ok: false, count, ...problem };
  }
  const problem = checker.finish();
  return problem ? { ok: false, count, ...problem } : { ok: true, count };
}
