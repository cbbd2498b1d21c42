import { z } from 'zod';
import { formDraftSchema, type FormDraft } from './form-draft.js';

/**
 * What was typed but could not be saved yet (half a phone number, a family member without a name),
 * kept in this tab's session storage so a reload loses nothing. Session storage, not local: it ends
 * with the tab, so health details do not linger on a shared device. It is tied to the server revision it
 * was typed on: once another device saved a newer one, the server's answers win.
 */
const keyOf = (caseId: string) => `consilium.application.${caseId}.v1`;

const storedSchema = z.object({ revision: z.number().int().positive(), draft: formDraftSchema });

export function readLocalCopy(caseId: string, revision: number): FormDraft | undefined {
  try {
    const raw = window.sessionStorage.getItem(keyOf(caseId));
    if (raw === null) return undefined;
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.revision === revision ? parsed.data.draft : undefined;
  } catch {
    // Blocked storage or broken JSON: the server's draft is the answer.
    return undefined;
  }
}

export function writeLocalCopy(caseId: string, revision: number, draft: FormDraft): void {
  try {
    window.sessionStorage.setItem(keyOf(caseId), JSON.stringify({ revision, draft }));
  } catch {
    // Private mode or full storage: only the unsaved part could be lost on a reload.
  }
}

export function clearLocalCopy(caseId: string): void {
  try {
    window.sessionStorage.removeItem(keyOf(caseId));
  } catch {
    // Nothing was kept either.
  }
}
