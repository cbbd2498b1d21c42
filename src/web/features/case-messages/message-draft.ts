/**
 * The limits of a message to the liaison centre, as the server checks them (messageRequestSchema: the
 * trimmed text, 1 to 4000 UTF-16 units), so the page can say how much is left before anything is sent.
 */

export const messageMaxLength = 4000;

export type DraftCheck =
  { readonly ok: true; readonly body: string } | { readonly ok: false; readonly reason: 'empty' | 'tooLong' };

/** Characters still available; the spaces the server trims do not count, and it never goes below 0. */
export function charactersLeft(draft: string): number {
  return Math.max(0, messageMaxLength - draft.trim().length);
}

/** Whether the draft can be sent, and the text the server will keep. */
export function checkDraft(draft: string): DraftCheck {
  const body = draft.trim();
  if (body === '') return { ok: false, reason: 'empty' };
  if (body.length > messageMaxLength) return { ok: false, reason: 'tooLong' };
  return { ok: true, body };
}
