import { useEffect, useRef } from 'react';

/**
 * A new screen in place of the last one: bring the reader (and the screen reader) to its heading, at
 * the top of the page. Only when the person moved; a first load leaves focus where the browser put it.
 */
export function useFocusHeading<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!enabled) return;
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, [enabled]);
  return ref;
}
