import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { isWeekdayReachablePhone } from '../../../shared/domain/application-answers.js';
import { DASHES } from './postal-code.js';

/**
 * The applicant's contact phone (R-DOC-07): a Japanese number the liaison centre can call on weekday
 * daytime. Hyphens are optional; full-width digits and dash look-alikes are what a Japanese keyboard gives.
 * Whether a number qualifies is the shared rule the server applies at submission (a real fixed or
 * mobile number; a free-dial 0120 number cannot be called back), so the form never accepts what the
 * submission refuses.
 */

/** Full-width digits → ASCII, dash look-alikes → "-", spaces tidied. */
export function normalisePhone(raw: string): string {
  return raw.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
}

/** Only what the contract's phone field takes: digits, +, -, parentheses and spaces. */
const phoneCharacters = /^[0-9+\-() ]+$/;

function parsed(raw: string) {
  const text = normalisePhone(raw);
  if (!phoneCharacters.test(text)) return undefined;
  const number = parsePhoneNumberFromString(text, 'JP');
  return number?.isValid() && number.country === 'JP' ? number : undefined;
}

export function isJapanesePhone(raw: string): boolean {
  const text = normalisePhone(raw);
  return phoneCharacters.test(text) && isWeekdayReachablePhone(text);
}

/** A valid number in the usual national form (03-5800-8630, 090-1234-5678); anything else tidied only. */
export function formatPhone(raw: string): string {
  return parsed(raw)?.formatNational() ?? normalisePhone(raw);
}
