import { LanguageProvider } from '../i18n';
import { App } from './App';
import { useDisplayPreferences } from './settings/useDisplayPreferences';

/** The app inside its display preferences: the chosen language for every panel, the theme on <html>. */
export function Root() {
  const { language, setLanguage, theme, setTheme } = useDisplayPreferences();
  return (
    <LanguageProvider language={language} onChange={setLanguage}>
      <App theme={theme} onTheme={setTheme} />
    </LanguageProvider>
  );
}
