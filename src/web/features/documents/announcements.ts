import type { UploadState } from './upload-state.js';

/**
 * What the screen reader says when a file's sending ends. Files chosen one by one are announced each;
 * an imaging CD once, when none of its files is still on its way — thousands of lines help no one.
 */

export type Announcement =
  | { readonly seq: number; readonly kind: 'received' | 'refused' | 'failed'; readonly fileName: string }
  | { readonly seq: number; readonly kind: 'cdDone'; readonly received: number; readonly problems: number };

type Unnumbered<T> = T extends unknown ? Omit<T, 'seq'> : never;
export type NewAnnouncement = Unnumbered<Announcement>;

const stillOnItsWay = new Set(['queued', 'hashing', 'uploading', 'paused', 'finalizing']);

/** The announcement due now that this file's attempt ended, or null (a CD with files still going). */
export function announcementFor(state: UploadState, entryId: string): NewAnnouncement | null {
  const entry = state.entries[entryId];
  const group = state.groups.find((candidate) => candidate.id === entry?.groupId);
  if (!entry || !group) return null;
  if (group.kind === 'files') {
    if (entry.phase === 'received' || entry.phase === 'refused')
      return { kind: entry.phase, fileName: entry.fileName };
    return entry.phase === 'failed' ? { kind: 'failed', fileName: entry.fileName } : null;
  }
  const entries = group.entryIds.flatMap((id) => state.entries[id] ?? []);
  if (entries.some((file) => stillOnItsWay.has(file.phase))) return null;
  const received = entries.filter((file) => file.phase === 'received' || file.phase === 'skipped').length;
  return { kind: 'cdDone', received, problems: entries.length - received };
}
