import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../i18n';

/** Switches between 中文 and English; each option is written in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => setLanguage(lang === 'en' ? 'zh-CN' : 'en')}
      aria-label={t('shell.switchLanguage')}
      data-testid="language-switch"
      lang={lang === 'en' ? 'zh-CN' : 'en'}
    >
      {lang === 'en' ? '中文' : 'English'}
    </button>
  );
}
