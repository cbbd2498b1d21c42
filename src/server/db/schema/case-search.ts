import { sql, type SQL } from 'drizzle-orm';

/**
 * The liaison centre finds a case by the patient's name (kanji or kana, typed any way) or phone number.
 * The keys are generated columns of `cases`, computed by the database from the stored application, so
 * every writer of a case (draft saves, submission) keeps them right without knowing they exist.
 *
 * The name key is shared/domain/japanese-name.ts `normalizeKana` written in SQL — NFKC, katakana →
 * hiragana, separators (spaces, ^, ・) dropped — for the kanji name and the kana name, joined by one
 * space. A search term goes through the same steps in TypeScript (liaison-search.ts); a test compares
 * the two on awkward spellings (half-width kana, ideographic spaces, middle dots).
 */

const codePoints = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');
// ァ … ヶ and their hiragana ぁ … ゖ, as normalizeKana maps them.
const KATAKANA = codePoints(0x30a1, 0x30f6);
const HIRAGANA = codePoints(0x3041, 0x3096);

const field = (path: string) => `coalesce(application #>> '{${path}}', '')`;
const nameKey = (text: string) =>
  `regexp_replace(translate(normalize(${text}, NFKC), '${KATAKANA}', '${HIRAGANA}'), '[[:space:]^・]+', '', 'g')`;

export const searchNameExpression: SQL = sql.raw(
  `${nameKey(`${field('patient,name,familyName')} || ${field('patient,name,givenName')}`)} || ' ' || ${nameKey(
    `${field('patient,name,familyNameKana')} || ${field('patient,name,givenNameKana')}`,
  )}`,
);

/** Digits only: 03-3812-0000, (03) 3812 0000 and ０３３８１２００００ all become 0338120000. */
export const searchPhoneExpression: SQL = sql.raw(
  `regexp_replace(normalize(${field('patient,phone')}, NFKC), '[^0-9]', '', 'g')`,
);
