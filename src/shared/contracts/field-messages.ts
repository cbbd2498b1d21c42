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
  postal_code: {
    ja: '郵便番号は7桁の数字で入力してください（例：113-8655）',
    en: 'Enter the postal code as 7 digits (for example 113-8655)',
  },
  phone_number: {
    ja: '電話番号を数字で入力してください（例：03-5800-8630）',
    en: 'Enter the phone number in digits (for example 03-5800-8630)',
  },
  weekday_daytime_phone: {
    ja: '平日の日中につながる日本の電話番号を入力してください',
    en: 'Enter a Japanese phone number that can be reached on weekdays in the daytime',
  },
  privacy_consent_required: {
    ja: '個人情報の取り扱いに同意いただけない場合、相談をお受けできません',
    en: 'Without your agreement to the privacy policy we cannot hold the consultation',
  },
  in_japan_required: {
    ja: 'この相談は日本国内からのみ受けられます',
    en: 'The consultation can only be joined from inside Japan',
  },
};
