/**
 * The queue's keyboard shortcuts, as a pure mapping from a key press to an intent, so the rules (never
 * while typing, never with a modifier, Enter left to links and buttons) are tested without a browser.
 */

export type QueueShortcut =
  'focusSearch' | 'next' | 'previous' | 'open' | 'help' | 'nextPage' | 'previousPage';

/** The keys as the help dialog lists them, in this order. */
export const queueShortcutKeys: readonly { keys: string; action: QueueShortcut }[] = [
  { keys: '/', action: 'focusSearch' },
  { keys: 'j', action: 'next' },
  { keys: 'k', action: 'previous' },
  { keys: 'Enter', action: 'open' },
  { keys: 'n', action: 'nextPage' },
  { keys: 'p', action: 'previousPage' },
  { keys: '?', action: 'help' },
];

export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** An IME is composing: the key belongs to the text being written. */
  isComposing: boolean;
  /** Where the key was pressed. */
  target: { tagName: string; isContentEditable: boolean; role: string | null } | null;
};

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Elements that act on Enter themselves: the shortcut must not act a second time. */
const ACTING_TAGS = new Set(['A', 'BUTTON', 'SUMMARY']);
const ACTING_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'tab', 'menuitem', 'option', 'switch']);

const byKey: Record<string, QueueShortcut> = {
  '/': 'focusSearch',
  j: 'next',
  k: 'previous',
  n: 'nextPage',
  p: 'previousPage',
  '?': 'help',
};

export function shortcutOf(press: KeyPress): QueueShortcut | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.isComposing) return null;
  const target = press.target;
  if (target && (TYPING_TAGS.has(target.tagName) || target.isContentEditable)) return null;
  if (press.key === 'Enter') {
    const acts = target && (ACTING_TAGS.has(target.tagName) || ACTING_ROLES.has(target.role ?? ''));
    return acts ? null : 'open';
  }
  return byKey[press.key] ?? null;
}

/** The row selected after moving by `delta`: stays within the rows, starts at the first. */
export function movedSelection(current: number | null, delta: 1 | -1, rows: number): number | null {
  if (rows === 0) return null;
  if (current === null) return delta === 1 ? 0 : rows - 1;
  return Math.min(rows - 1, Math.max(0, current + delta));
}
