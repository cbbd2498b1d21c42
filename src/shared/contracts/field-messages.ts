import type { LocalizedText } from './profile.js';

/**
 * Custom refinements in the contracts use these keys as their message; the server words them in the
 * caller's language and the web forms do the same, so both say the same thing.
 */
export const fieldMessageCatalogue: Record<string, LocalizedText | undefined> = {
  birth_date_in_future: {
    ja: '生年月日が判定日より後になっています。生年月日を確かめてください',
    en: 'The birth date is after the assessment date. Please check it',
  },
  family_member_required: {
    ja: '一緒に相談するご家族を1人以上入力してください',
    en: 'Add at least one family member who will attend',
  },
  non_negative_integer: {
    ja: '0 以上の整数で指定してください',
    en: 'Use a whole number, 0 or more',
  },
  calendar_date: {
    ja: '実在する日付を YYYY-MM-DD の形で入力してください',
    en: 'Enter a real date as YYYY-MM-DD',
  },
};
