import { sameJapaneseName } from './japanese-name.js';

/**
 * The identity cross-check of uploaded imaging against the application (SPEC §5): images of another
 * patient in a case are a safety and privacy incident, so a coordinator sees every disagreement.
 */

export interface NameGroup {
  family: string;
  given: string;
}

export interface DicomIdentity {
  name: { alphabetic: NameGroup | null; ideographic: NameGroup | null; phonetic: NameGroup | null };
  /** YYYY-MM-DD (YYYYMMDD is accepted too). */
  birthDate: string | null;
}

export interface ApplicationIdentity {
  nameKanji: string;
  nameKana: string;
  birthDate: string;
}

export type IdentityReason =
  'name_mismatch' | 'name_partly_differs' | 'birth_date_mismatch' | 'name_missing' | 'birth_date_missing';

export interface IdentityMatch {
  /** match: name and birth date agree; mismatch: something disagrees; unknown: nothing disagrees but something is missing. */
  status: 'match' | 'mismatch' | 'unknown';
  reasons: IdentityReason[];
}

const JAPANESE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const textOf = (group: NameGroup | null): string | null => {
  const text = group ? `${group.family} ${group.given}`.trim() : '';
  return text === '' ? null : text;
};

const isoDate = (date: string): string => date.trim().replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');

/**
 * How the names compare, null when DICOM has no name in Japanese script. 'partly' when one group agrees
 * and another does not (伊藤 and 伊東 share the reading いとう): a person must look.
 */
function compareName(
  application: ApplicationIdentity,
  dicom: DicomIdentity,
): 'same' | 'different' | 'partly' | null {
  const kanji = application.nameKanji.trim() === '' ? null : application.nameKanji;
  const kana = application.nameKana.trim() === '' ? null : application.nameKana;
  const comparisons: boolean[] = [];
  const ideographic = textOf(dicom.name.ideographic);
  const phonetic = textOf(dicom.name.phonetic);
  if (ideographic !== null && kanji !== null) comparisons.push(sameJapaneseName(ideographic, kanji));
  if (phonetic !== null && kana !== null) comparisons.push(sameJapaneseName(phonetic, kana));
  // Many Japanese modalities write one group only, in kanji or kana, where the alphabetic group goes.
  const alphabetic = textOf(dicom.name.alphabetic);
  if (alphabetic !== null && JAPANESE_SCRIPT.test(alphabetic)) {
    comparisons.push(
      (kanji !== null && sameJapaneseName(alphabetic, kanji)) ||
        (kana !== null && sameJapaneseName(alphabetic, kana)),
    );
  }
  if (comparisons.length === 0) return null;
  if (comparisons.every(Boolean)) return 'same';
  return comparisons.some(Boolean) ? 'partly' : 'different';
}

/**
 * The name matches when every comparable group agrees (ideographic with the kanji name, phonetic with
 * the kana reading, after normalizeKana); when only some agree the result is unknown for a person to
 * check. A romaji-only name cannot be compared and counts as missing.
 */
export function matchDicomIdentity(application: ApplicationIdentity, dicom: DicomIdentity): IdentityMatch {
  const reasons: IdentityReason[] = [];
  const name = compareName(application, dicom);
  if (name === null) reasons.push('name_missing');
  else if (name === 'different') reasons.push('name_mismatch');
  else if (name === 'partly') reasons.push('name_partly_differs');

  const birthDate =
    dicom.birthDate === null || dicom.birthDate.trim() === '' ? null : isoDate(dicom.birthDate);
  if (birthDate === null) reasons.push('birth_date_missing');
  else if (birthDate !== isoDate(application.birthDate)) reasons.push('birth_date_mismatch');

  const status = reasons.some((reason) => reason.endsWith('_mismatch'))
    ? 'mismatch'
    : reasons.length > 0
      ? 'unknown'
      : 'match';
  return { status, reasons };
}
