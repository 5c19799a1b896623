/** Dictionaries of the interface's text (English and Simplified Chinese) and the hooks that look them up. */
export { LANGUAGES, DEFAULT_LANGUAGE, LANGUAGE_TAGS, isLanguage, type Language } from './language';
export { DICTIONARIES, NAMESPACES, type Dictionary } from './dictionary';
export { LanguageProvider, useLanguage, useT } from './LanguageContext';
export { fill, placeholdersOf, splitTemplate } from './format';
export type { MessageTree, Translation } from './messages/define';
