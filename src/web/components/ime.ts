import type { KeyboardEvent } from 'react';

/** Enter that confirms an IME conversion (kanji, kana) must never submit the form. */
export function blockImeEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key === 'Enter' && (event.nativeEvent.isComposing || event.keyCode === 229)) {
    event.preventDefault();
  }
}
