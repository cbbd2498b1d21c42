import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, isLocale, type Locale } from '../../shared/i18n/locale.js';
import { en } from './resources/en.js';
import { ja } from './resources/ja.js';

const storageKey = 'consilium.language';

function rememberedLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: rememberedLocale(),
  fallbackLng: defaultLocale,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  returnObjects: true,
});

function applyDocumentLanguage(language: string) {
  document.documentElement.lang = language;
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

/** Switches the language and remembers the choice on this device. */
export function changeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode: the choice lasts for this visit only.
  }
  void i18n.changeLanguage(locale);
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : defaultLocale;
}

export default i18n;
