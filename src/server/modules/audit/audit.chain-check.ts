import { chainHash, GENESIS_HASH, type ChainedFields } from './audit.chain.js';

export type ChainRow = ChainedFields & { prevHash: string; hash: string };

export type ChainProblem = {
  /** The first row found wrong; for a deletion, the row right after the hole. */
  firstBadId: number;
  /**
   * altered: the row's content no longer matches its own hash.
   * inserted: the rows on either side of it link to each other, so it was slipped in between.
   * deleted: the row links to a hash no remaining row has, and ids are missing before it.
   * broken_link: the row links to a hash no remaining row has, with no id missing: the row before it
   *   was rewritten together with its hash.
   * The kind is a best reading of the evidence (a row rewritten just before a legitimate id gap reads
   * as deleted); any problem at all means the trail was tampered with.
   */
  problem: 'altered' | 'inserted' | 'deleted' | 'broken_link';
};

/**
 * Walks the chain in id order, one row at a time. A verdict about a row waits for the next row, because
 * only the next row shows whether the suspect was slipped in (the next one links past it).
 *
 * Not detectable from the table alone: removing the newest rows, or rewriting every row from some point
 * on with freshly computed hashes (the algorithm is public). Anchoring the latest hash outside the
 * database (a periodic export, a log line) closes both gaps.
 */
export function createChainChecker(): {
  push(row: ChainRow): ChainProblem | null;
  finish(): ChainProblem | null;
} {
  let before: ChainRow | undefined;
  let last: ChainRow | undefined;
  let suspect: ChainProblem | null = null;
  const hashOf = (row: ChainRow | undefined) => row?.hash ?? GENESIS_HASH;

  return {
    push(row) {
      if (last && row.prevHash !== last.hash && row.prevHash === hashOf(before)) {
        return { firstBadId: last.id, problem: 'inserted' };
      }
      if (suspect) return suspect;

      const sealed = chainHash(row.prevHash, row) === row.hash;
      const linked = row.prevHash === hashOf(last);
      // Ids of rolled-back transactions are never reused, so a gap alone is normal; with a broken link it
      // means rows went missing. Before the first row, the missing ids are unknown: count it as a gap.
      const gap = last === undefined || row.id !== last.id + 1;
      if (!sealed) suspect = { firstBadId: row.id, problem: 'altered' };
      else if (!linked) suspect = { firstBadId: row.id, problem: gap ? 'deleted' : 'broken_link' };

      before = last;
      last = row;
      return null;
    },
    finish() {
      return suspect;
    },
  };
}
