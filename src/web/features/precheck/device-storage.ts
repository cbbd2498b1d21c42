/**
 * The two places the pre-check keeps answers on this device. Nothing else of the pre-check is stored,
 * and none of it goes into the URL (addresses end up in history, logs and Referer headers).
 */
export const savedPrecheckKey = 'consilium.precheck.v1';
export const precheckDraftKey = 'consilium.precheck.draft.v1';

/** Health answers should not linger on a shared device longer than an application plausibly takes. */
export const precheckMaxAgeMs = 30 * 24 * 60 * 60 * 1000;

/** True when `savedAt` is unreadable or older than the limit. */
export function isExpired(savedAt: string, now: Date): boolean {
  const age = now.getTime() - Date.parse(savedAt);
  return !Number.isFinite(age) || age > precheckMaxAgeMs;
}

/**
 * The stored value as unknown JSON, for the caller to parse: undefined when nothing is stored (or
 * storage is blocked), null when what is stored is not JSON (so the caller's parse refuses it).
 */
export function readJson(key: string): unknown {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(key);
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

export function writeJson(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or full storage: the page still works, only what survives a reload is lost.
  }
}

export function removeKey(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing could have been kept either.
  }
}
