import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zh from './zh.ts';
import en from './en.ts';

// Chinese by default; English when the user switches (remembered in localStorage).
const saved = typeof localStorage !== 'undefined' ? localStorage.getItem('ow.lang') : null;
void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: saved === 'en' ? 'en' : 'zh',
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
});

export function setLanguage(lang: 'zh' | 'en') {
  localStorage.setItem('ow.lang', lang);
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

export default i18n;
