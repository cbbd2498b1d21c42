import type { CaseDocumentsResponse } from '../../../shared/contracts/documents.js';

/**
 * The case's limits, checked in the browser before a byte is sent: a phone should not spend an hour
 * sending a file the server will refuse at the end. The server checks again; these checks only spare
 * the sender the wait and say plainly what to do.
 */

export type Limits = CaseDocumentsResponse['limits'];

export type LocalRefusal =
  | { readonly code: 'empty' }
  | { readonly code: 'tooLarge'; readonly maxFileBytes: number }
  | { readonly code: 'caseFull'; readonly remainingBytes: number };

export type SizedGroup = { readonly kind: 'files' | 'imagingCd'; readonly sizes: readonly number[] };

/** More files than this in one choice is a whole disk, not a CD (a full CD holds a few thousand). */
export const MAX_FILES_PER_SELECTION = 20_000;

/** Room left in the case: what the server counted, less what this page is still sending. */
export function remainingBytes(limits: Limits, pendingBytes: number): number {
  return Math.max(0, limits.maxCaseBytes - limits.usedBytes - pendingBytes);
}

function fileRefusal(bytes: number, limits: Limits): LocalRefusal | null {
  if (bytes <= 0) return { code: 'empty' };
  if (bytes > limits.maxFileBytes) return { code: 'tooLarge', maxFileBytes: limits.maxFileBytes };
  return null;
}

/**
 * A verdict per file (null: send it), group by group in the order chosen. Ordinary files take the room
 * left one after another; an imaging CD fits as a whole or not at all, because half a CD is of no use to
 * the doctor and would only fill the case.
 */
export function checkLimits(
  groups: readonly SizedGroup[],
  limits: Limits,
  pendingBytes: number,
): (LocalRefusal | null)[][] {
  let room = remainingBytes(limits, pendingBytes);
  return groups.map((group) => {
    const verdicts = group.sizes.map((bytes) => fileRefusal(bytes, limits));
    if (group.kind === 'imagingCd') {
      const total = group.sizes.reduce((sum, bytes, index) => (verdicts[index] ? sum : sum + bytes), 0);
      if (total > room) {
        const full: LocalRefusal = { code: 'caseFull', remainingBytes: room };
        return verdicts.map((verdict) => verdict ?? full);
      }
      room -= total;
      return verdicts;
    }
    return verdicts.map((verdict, index) => {
      if (verdict) return verdict;
      const bytes = group.sizes[index] ?? 0;
      if (bytes > room) return { code: 'caseFull', remainingBytes: room };
      room -= bytes;
      return null;
    });
  });
}
