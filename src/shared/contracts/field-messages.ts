import type { LocalizedText } from './profile.js';

/**
 * Custom refinements in the contracts use these keys as their message; the server words them in the
 * caller's language and the web forms do the same, so both say the same thing.
 */
export const fieldMessageCatalogue: Record<string, LocalizedText | undefined> = {
  calendar_date: {
    ja: '実在する日付を YYYY-MM-DD の形で入力してください',
    en: 'Enter a real date as YYYY-MM-DD',
  },
};
