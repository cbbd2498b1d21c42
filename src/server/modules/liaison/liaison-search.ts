import { normalizeKana } from '../../../shared/domain/japanese-name.js';

/**
 * What a coordinator types in the one search box: a name in kanji or kana (any spacing, half-width
 * kana), a case number or part of it, or phone digits. Each is compared with its own key of the case.
 */
export type SearchTerms = {
  /** Compared with cases.search_name (db/schema/case-search.ts computes the same key in SQL). */
  nameKey: string | null;
  caseNumber: string | null;
  phoneDigits: string | null;
};

/** The name key of case-search.ts: normalizeKana, then no separators at all. */
export function nameSearchKey(text: string): string {
  return normalizeKana(text).replace(/ /g, '');
}

/** Fewer digits match too many numbers to be a phone search. */
const MIN_PHONE_DIGITS = 4;

export function searchTermsOf(text: string): SearchTerms {
  const typed = text.normalize('NFKC').trim();
  const nameKey = nameSearchKey(typed);
  const looksNumeric = /^[0-9+\-() ]+$/.test(typed) && /\d/.test(typed);
  const digits = typed.replace(/\D/g, '');
  return {
    // A number typed alone is not a name: skip the name comparison for it.
    nameKey: nameKey !== '' && !looksNumeric ? nameKey : null,
    caseNumber: /^[0-9-]+$/.test(typed) && /\d/.test(typed) ? typed : null,
    phoneDigits: looksNumeric && digits.length >= MIN_PHONE_DIGITS ? digits : null,
  };
}

/** For LIKE: the typed text matches itself, never as a pattern. */
export function containsPattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
