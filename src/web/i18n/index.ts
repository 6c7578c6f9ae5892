import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

// Chinese by default; English when the user switches (remembered in localStorage). The words
// are not kept here: each area (the app shell, an audience, a feature, ui) registers its own
// messages when it loads, so this layer imports none of the layers above it.
const saved = typeof localStorage !== 'undefined' ? localStorage.getItem('ow.lang') : null;
void i18n.use(initReactI18next).init({
  resources: { zh: { translation: {} }, en: { translation: {} } },
  lng: saved === 'en' ? 'en' : 'zh',
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
  // Screens already shown re-render when an area loaded later adds its words.
  react: { bindI18nStore: 'added' },
});

export interface Messages<T extends object = object> {
  zh: T;
  en: T;
}

/**
 * Adds an area's words in both languages, mounted under `under` (`kiosk` → t('kiosk.…')) or at
 * the root when `under` is null. Returns the messages so a messages module can export them too.
 */
export function registerMessages<M extends Messages>(under: string | null, messages: M): M {
  for (const lang of ['zh', 'en'] as const) {
    i18n.addResourceBundle(lang, 'translation', under ? { [under]: messages[lang] } : messages[lang], true, true);
  }
  return messages;
}

export function setLanguage(lang: 'zh' | 'en') {
  localStorage.setItem('ow.lang', lang);
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

export default i18n;
