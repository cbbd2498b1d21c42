import { describe, expect, it } from 'vitest';
import { chainHash, GENESIS_HASH } from './audit.chain.js';
import { createChainChecker, type ChainProblem, type ChainRow } from './audit.chain-check.js';

/** A well-formed chain with the given ids (gaps allowed, as left by rolled-back transactions). */
function chain(ids: number[]): ChainRow[] {
  const rows: ChainRow[] = [];
  for (const id of ids) {
    const prevHash = rows.at(-1)?.hash ?? GENESIS_HASH;
    const fields = {
      id,
      occurredAt: new Date(Date.UTC(2026, 11, 1, 0, 0, id)),
      actorUserId: null,
      actorRole: null,
      action: 'auth.sign_in',
      outcome: 'failure',
      targetType: null,
      targetId: null,
      patientUserId: null,
      ip: '192.0.2.1',
      requestId: `req-${id}`,
      details: { attempt: id },
    };
    rows.push({ ...fields, prevHash, hash: chainHash(prevHash, fields) });
  }
  return rows;
}

function check(rows: ChainRow[]): ChainProblem | null {
  const checker = createChainChecker();
  for (const row of rows) {
    const problem = checker.push(row);
    if (problem) return problem;
  }
  return checker.finish();
}

const sealed = (row: ChainRow): ChainRow => ({ ...row, hash: chainHash(row.prevHash, row) });

describe('chain check', () => {
  it('accepts an empty chain, a whole chain, and one with id gaps', () => {
    expect(check([])).toBeNull();
    expect(check(chain([1, 2, 3, 4]))).toBeNull();
    expect(check(chain([2, 3, 7, 8]))).toBeNull();
  });

  it('finds an altered row, also the last one', () => {
    const rows = chain([1, 2, 3, 4]);
    rows[1] = { ...rows[1]!, ip: '198.51.100.9' };
    expect(check(rows)).toEqual({ firstBadId: 2, problem: 'altered' });
    const tail = chain([1, 2, 3]);
    tail[2] = { ...tail[2]!, details: { attempt: 99 } };
    expect(check(tail)).toEqual({ firstBadId: 3, problem: 'altered' });
  });

  it('finds a deleted row by the hole it leaves, also the first row', () => {
    const rows = chain([1, 2, 3, 4]);
    expect(check([rows[0]!, rows[2]!, rows[3]!])).toEqual({ firstBadId: 3, problem: 'deleted' });
    expect(check(rows.slice(1))).toEqual({ firstBadId: 2, problem: 'deleted' });
  });

  it('finds a row rewritten together with its hash', () => {
    const rows = chain([1, 2, 3, 4]);
    rows[1] = sealed({ ...rows[1]!, outcome: 'success' });
    expect(check(rows)).toEqual({ firstBadId: 3, problem: 'broken_link' });
  });

  it('finds an inserted row, whether its hashes are junk or correctly computed', () => {
    const rows = chain([1, 2, 4, 5]);
    const junk = { ...rows[1]!, id: 3, prevHash: 'a'.repeat(64), hash: 'b'.repeat(64) };
    expect(check([rows[0]!, rows[1]!, junk, rows[2]!, rows[3]!])).toEqual({
      firstBadId: 3,
      problem: 'inserted',
    });
    const forged = sealed({ ...rows[1]!, id: 3, prevHash: rows[1]!.hash, action: 'case.read' });
    expect(check([rows[0]!, rows[1]!, forged, rows[2]!, rows[3]!])).toEqual({
      firstBadId: 3,
      problem: 'inserted',
    });
    const first = sealed({ ...rows[0]!, id: 0, prevHash: GENESIS_HASH, action: 'case.read' });
    expect(check([first, ...rows])).toEqual({ firstBadId: 0, problem: 'inserted' });
  });
});
