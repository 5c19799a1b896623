/** The languages the interface speaks. Numbers and equations are shared by both. */
export const LANGUAGES = ['en', 'zh'] as const;

/** One of LANGUAGES: English or Simplified Chinese. */
export type Language = (typeof LANGUAGES)[number];

/** The language the app starts in when nothing else chose one. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Whether a string (from a link or storage) names a language the app speaks. Pure. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The BCP 47 tag for the document's lang attribute, so screen readers and fonts pick the right voice. */
export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en', zh: 'zh-Hans' };
