import { describe, expect, it } from 'vitest';
import { movedSelection, shortcutOf, type KeyPress } from './shortcuts.js';

const press = (
  key: string,
  target: Partial<NonNullable<KeyPress['target']>> = {},
  extra: Partial<KeyPress> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  target: { tagName: 'BODY', isContentEditable: false, role: null, ...target },
  ...extra,
});

describe('queue shortcuts', () => {
  it('maps the listed keys on the page', () => {
    expect(shortcutOf(press('/'))).toBe('focusSearch');
    expect(shortcutOf(press('j'))).toBe('next');
    expect(shortcutOf(press('k'))).toBe('previous');
    expect(shortcutOf(press('Enter'))).toBe('open');
    expect(shortcutOf(press('?'))).toBe('help');
    expect(shortcutOf(press('n'))).toBe('nextPage');
    expect(shortcutOf(press('p'))).toBe('previousPage');
    expect(shortcutOf(press('x'))).toBeNull();
  });

  it('never acts while typing, composing with an IME, or with a modifier', () => {
    expect(shortcutOf(press('j', { tagName: 'INPUT' }))).toBeNull();
    expect(shortcutOf(press('/', { tagName: 'TEXTAREA' }))).toBeNull();
    expect(shortcutOf(press('k', { tagName: 'DIV', isContentEditable: true }))).toBeNull();
    expect(shortcutOf(press('j', {}, { isComposing: true }))).toBeNull();
    expect(shortcutOf(press('k', {}, { ctrlKey: true }))).toBeNull();
    expect(shortcutOf(press('/', {}, { metaKey: true }))).toBeNull();
  });

  it('leaves Enter to links and buttons, which act on it themselves', () => {
    expect(shortcutOf(press('Enter', { tagName: 'A' }))).toBeNull();
    expect(shortcutOf(press('Enter', { tagName: 'BUTTON' }))).toBeNull();
    expect(shortcutOf(press('Enter', { tagName: 'DIV', role: 'checkbox' }))).toBeNull();
    // A row link has the focus after j/k: j keeps working from there.
    expect(shortcutOf(press('j', { tagName: 'A' }))).toBe('next');
  });
});

describe('row selection', () => {
  it('starts at the first row going down and at the last going up', () => {
    expect(movedSelection(null, 1, 5)).toBe(0);
    expect(movedSelection(null, -1, 5)).toBe(4);
  });

  it('stays within the rows', () => {
    expect(movedSelection(4, 1, 5)).toBe(4);
    expect(movedSelection(0, -1, 5)).toBe(0);
    expect(movedSelection(2, 1, 5)).toBe(3);
    expect(movedSelection(null, 1, 0)).toBeNull();
  });
});
