import { useEffect, useRef } from 'react';
import { shortcutOf, type QueueShortcut } from './shortcuts.js';

type Handlers = Partial<Record<QueueShortcut, () => void>>;

/**
 * Listens for the queue's shortcuts on the whole page while `enabled` (off while a dialog is open).
 * Only the intents given are handled; the latest handlers are used without re-binding the listener.
 */
export function useQueueShortcuts(handlers: Handlers, enabled: boolean): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const intent = shortcutOf({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        isComposing: event.isComposing,
        target: target
          ? {
              tagName: target.tagName,
              isContentEditable: target.isContentEditable,
              role: target.getAttribute('role'),
            }
          : null,
      });
      const handler = intent ? latest.current[intent] : undefined;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
