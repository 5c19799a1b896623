import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { DICTIONARIES, type Dictionary } from './dictionary';
import { DEFAULT_LANGUAGE, type Language } from './language';

interface LanguageChoice {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageChoice>({ language: DEFAULT_LANGUAGE, setLanguage: () => {} });

/** Gives every component below it the chosen language; the owner keeps the choice and stores it. */
export function LanguageProvider({ language, onChange, children }: { language: Language; onChange: (language: Language) => void; children: ReactNode }) {
  const choice = useMemo(() => ({ language, setLanguage: onChange }), [language, onChange]);
  return <LanguageContext.Provider value={choice}>{children}</LanguageContext.Provider>;
}

/** The current language and a way to change it. */
export function useLanguage(): LanguageChoice {
  return useContext(LanguageContext);
}

/** The interface's text in the current language: `const t = useT(); t.player.next`. */
export function useT(): Dictionary {
  return DICTIONARIES[useContext(LanguageContext).language];
}
