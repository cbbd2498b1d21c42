import { z } from 'zod';
import {
  eligibilityRequestSchema,
  type EligibilityRequestInput,
} from '../../../shared/contracts/eligibility.js';
import {
  isExpired,
  precheckDraftKey,
  readJson,
  removeKey,
  savedPrecheckKey,
  writeJson,
} from './device-storage.js';

/**
 * The finished pre-check, kept on this device so the application can start from it after sign-up
 * (the person may have to create an account and confirm their e-mail first, in another tab).
 */
export type SavedPrecheck = { savedAt: string; answers: EligibilityRequestInput };

const storedSchema = z.object({
  savedAt: z.iso.datetime({ offset: true }),
  answers: eligibilityRequestSchema,
});

/** Keeps valid answers with the time they were saved; invalid answers are never written. */
export function savePrecheck(answers: EligibilityRequestInput, now: Date = new Date()): void {
  const parsed = eligibilityRequestSchema.safeParse(answers);
  if (!parsed.success) return;
  const stored: SavedPrecheck = { savedAt: now.toISOString(), answers: parsed.data };
  writeJson(savedPrecheckKey, stored);
}

/**
 * The saved answers, or null. What is read is parsed with the contract, because another version of the
 * app (or a person) may have written it; anything invalid or older than 30 days is removed.
 */
export function loadSavedPrecheck(now: Date = new Date()): SavedPrecheck | null {
  const stored = readJson(savedPrecheckKey);
  if (stored === undefined) return null;
  const parsed = storedSchema.safeParse(stored);
  if (!parsed.success || isExpired(parsed.data.savedAt, now)) {
    removeKey(savedPrecheckKey);
    return null;
  }
  return { savedAt: parsed.data.savedAt, answers: parsed.data.answers };
}

/** Forgets the pre-check on this device: the finished answers and the wizard's unfinished draft. */
export function clearSavedPrecheck(): void {
  removeKey(savedPrecheckKey);
  removeKey(precheckDraftKey);
}
