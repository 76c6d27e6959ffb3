/**
 * i18next set up for the two languages of the app: zh-CN (the default) and English. The choice is
 * remembered in localStorage.
 *
 * @example
 *   const { t } = useTranslation();
 *   t('shell.logout');
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-cn';

export type Language = 'zh-CN' | 'en';
const KEY = 'jingzhun.lang';

function initialLanguage(): Language {
  try {
    const saved = globalThis.localStorage?.getItem(KEY);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    // no storage: the default applies
  }
  return 'zh-CN';
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export function setLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(KEY, lang);
  } catch {
    // the choice lasts for this page only
  }
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang).then(() => {
    document.title = i18n.t('app.name');
  });
}

/** Picks the text of a `{zh, en}` pair for the current language, falling back to Chinese. */
export function localized(text: { zh: string; en: string } | null | undefined, lang: Language = currentLanguage()): string {
  if (!text) return '';
  return lang === 'en' ? text.en || text.zh : text.zh || text.en;
}
