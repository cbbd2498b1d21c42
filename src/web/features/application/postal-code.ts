/**
 * Japanese postal codes: 7 digits, written 113-8655. A Japanese keyboard gives full-width digits and one
 * of several dash-like characters (including the long-vowel mark ー); all of them mean the hyphen.
 */

/** Hyphen look-alikes a person may type between the digits (NFKC already turned － into -). */
export const DASHES = /[\u2010-\u2015\u2212\u30fc\uff70]/g;

/** "１１３ー８６５５", "〒113 8655" or "1138655" → "113-8655"; anything else is returned tidied, not guessed. */
export function normalisePostalCode(raw: string): string {
  const text = raw
    .normalize('NFKC')
    .replace(DASHES, '-')
    .replace(/[\s〒]/g, '');
  const match = /^(\d{3})-?(\d{4})$/.exec(text);
  return match ? `${match[1]}-${match[2]}` : text;
}

export function isPostalCode(raw: string): boolean {
  return /^\d{3}-\d{4}$/.test(normalisePostalCode(raw));
}
