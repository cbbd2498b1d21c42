import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../shared/contracts/profile.js';
import { defaultLocale, isLocale, type Locale } from '../../shared/i18n/locale.js';

/** The current language, and a picker for the hospital's bilingual texts. */
export function useLocale(): { locale: Locale; pick: (text: LocalizedText) => string } {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : defaultLocale;
  return { locale, pick: (text) => text[locale] };
}
