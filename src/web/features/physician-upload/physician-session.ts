import { z } from 'zod';
import { scanStateSchema } from '../../../shared/contracts/documents.js';
import { documentCodeSchema } from '../../../shared/contracts/profile.js';
import type { UploadState } from '../documents/upload-state.js';

/**
 * The physician's visit in this tab: the link's token and the receipts of what was sent. The token
 * arrives in the address's fragment (never sent to a server, so never in logs or a Referer), is taken
 * out of the address bar at once, and is kept in sessionStorage so a reload of this tab keeps working
 * while a bookmark, the history or another tab never holds it. The receipts live beside it: the
 * physician cannot list the patient's documents, so this is their only record of what arrived.
 */

export const SESSION_KEY = 'consilium.physicianUpload';
/** The server's own pattern for a link token (document.routes.ts); anything else is no token. */
const tokenPattern = /^[A-Za-z0-9_-]{20,200}$/;

export const sentReceiptSchema = z.object({
  /** The content and where it went: the same file sent twice to one item is one receipt. */
  key: z.string(),
  checklistItem: documentCodeSchema,
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
  /** Part of an imaging CD: summed up in one line instead of a line per file. */
  imagingCd: z.boolean(),
  scanState: scanStateSchema,
});
export type SentReceipt = z.infer<typeof sentReceiptSchema>;

const sessionSchema = z.object({
  token: z.string().regex(tokenPattern),
  receipts: z.array(sentReceiptSchema),
});
export type PhysicianSession = z.infer<typeof sessionSchema>;

export type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where the token is read from and removed: the window's, or a stand-in in tests. */
export type LinkPlace = {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
  readonly storage: SessionStore | null;
};

export function browserPlace(): LinkPlace {
  let storage: SessionStore | null = null;
  try {
    storage = window.sessionStorage;
  } catch {
    // Storage switched off: the link works until the tab is reloaded.
  }
  return { location: window.location, history: window.history, storage };
}

function read(storage: SessionStore | null): PhysicianSession | null {
  try {
    const raw = storage?.getItem(SESSION_KEY);
    const parsed = sessionSchema.safeParse(raw ? JSON.parse(raw) : null);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveSession(storage: SessionStore | null, session: PhysicianSession): void {
  try {
    storage?.setItem(SESSION_KEY, JSON.stringify(session));
  } catch {
    // Full or switched off: the page still works, a reload forgets the receipts.
  }
}

export function forgetSession(storage: SessionStore | null): void {
  try {
    storage?.removeItem(SESSION_KEY);
  } catch {
    // Nothing was kept.
  }
}

/**
 * The session of the link just opened, or of the one this tab already holds. A fragment always wins (a
 * new link starts a new session, without the receipts of the last one) and is removed from the address
 * bar whatever it held. Null: no usable token, which the page words as a link that cannot be used.
 */
export function claimSession(place: LinkPlace): PhysicianSession | null {
  const { location, history, storage } = place;
  // Read before the address changes: the location is live, and replaceState empties its hash.
  const fromLink = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (location.hash) {
    history.replaceState(history.state, '', location.pathname + location.search);
  }
  const kept = read(storage);
  if (fromLink === null) return kept;
  if (!tokenPattern.test(fromLink)) return null;
  if (kept?.token === fromLink) return kept;
  const fresh = { token: fromLink, receipts: [] };
  saveSession(storage, fresh);
  return fresh;
}

/** What the server confirmed in this state: every received file, one receipt per content and item. */
export function receiptsOf(state: UploadState): SentReceipt[] {
  const kinds = new Map(state.groups.map((group) => [group.id, group.kind]));
  return Object.values(state.entries).flatMap((entry) =>
    entry.phase === 'received' && entry.sha256 !== null && entry.scanState !== null
      ? [
          {
            key: `${entry.checklistItem}:${entry.sha256}`,
            checklistItem: entry.checklistItem,
            fileName: entry.fileName,
            bytes: entry.bytes,
            imagingCd: kinds.get(entry.groupId) === 'imagingCd',
            scanState: entry.scanState,
          },
        ]
      : [],
  );
}

/** The kept receipts with any new ones after them; the same list (not a copy) when nothing is new. */
export function withReceipts(
  kept: readonly SentReceipt[],
  fresh: readonly SentReceipt[],
): readonly SentReceipt[] {
  const known = new Set(kept.map((receipt) => receipt.key));
  const added: SentReceipt[] = [];
  for (const receipt of fresh) {
    if (known.has(receipt.key)) continue;
    known.add(receipt.key);
    added.push(receipt);
  }
  return added.length === 0 ? kept : [...kept, ...added];
}
