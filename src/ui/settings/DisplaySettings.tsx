import { LANGUAGES, useLanguage, useT, type Language } from '../../i18n';
import { THEMES, type ThemeName } from './themes';
import styles from './DisplaySettings.module.css';

interface DisplaySettingsProps {
  theme: ThemeName;
  onTheme: (theme: ThemeName) => void;
}

/** The language and theme switches; both choices are remembered. */
export function DisplaySettings({ theme, onTheme }: DisplaySettingsProps) {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  return (
    <div className={styles.settings} role="group" aria-label={t.app.settings.label}>
      <label className={styles.field}>
        <span>{t.app.settings.language}</span>
        <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
          {LANGUAGES.map((option) => (
            // Each language is named in itself, so a reader of either can find their own.
            <option key={option} value={option} lang={option === 'zh' ? 'zh-Hans' : 'en'}>
              {t.app.settings.languages[option]}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field}>
        <span>{t.app.settings.theme}</span>
        <select value={theme} onChange={(event) => onTheme(event.target.value as ThemeName)}>
          {THEMES.map((option) => (
            <option key={option} value={option}>
              {t.app.settings.themes[option]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
