import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_TAGS, type Language } from '../../i18n';
import { browserStore, readPreference, savePreference } from '../../state';
import { isTheme, type ThemeName } from './themes';

function search(): string {
  return typeof window === 'undefined' ? '' : window.location.search;
}

/** The language to open in: a link's ?lang=, then the remembered choice, then the browser's language. */
function initialLanguage(): Language {
  const chosen = readPreference('language', search(), browserStore());
  if (isLanguage(chosen)) return chosen;
  const browser = typeof navigator === 'undefined' ? '' : navigator.language;
  return browser.toLowerCase().startsWith('zh') ? 'zh' : DEFAULT_LANGUAGE;
}

/** The theme to open in: a link's ?theme=, then the remembered choice, then the system's preferences. */
function initialTheme(): ThemeName {
  const chosen = readPreference('theme', search(), browserStore());
  if (isTheme(chosen)) return chosen;
  if (typeof window === 'undefined' || !window.matchMedia) return 'light';
  if (window.matchMedia('(prefers-contrast: more)').matches) return 'contrast';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * The interface language and colour theme: read once at start, applied to <html lang> and
 * <html data-theme>, and remembered when the user changes them.
 */
export function useDisplayPreferences() {
  const [language, setLanguageState] = useState(initialLanguage);
  const [theme, setThemeState] = useState(initialTheme);
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[language];
  }, [language]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    savePreference('language', next, browserStore());
  }, []);
  const setTheme = useCallback((next: ThemeName) => {
    setThemeState(next);
    savePreference('theme', next, browserStore());
  }, []);
  return { language, setLanguage, theme, setTheme };
}
