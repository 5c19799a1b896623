import type { KeyValueStore } from './persist';

/** The remembered display choices: the interface language and the colour theme. */
export type PreferenceName = 'language' | 'theme';

/** Where each choice is stored, and the query parameter that picks it from a link (`?lang=zh`). */
export const PREFERENCES: Readonly<Record<PreferenceName, { storageKey: string; queryParam: string }>> = {
  language: { storageKey: 'lstm-explainer:language', queryParam: 'lang' },
  theme: { storageKey: 'lstm-explainer:theme', queryParam: 'theme' },
};

/**
 * A display choice as text: a link's query parameter wins over the stored choice, so a shared
 * `?lang=zh` opens in Chinese. The caller validates the text. Pure apart from reading the store.
 */
export function readPreference(name: PreferenceName, search: string, store: KeyValueStore | null): string | null {
  const { storageKey, queryParam } = PREFERENCES[name];
  const fromLink = new URLSearchParams(search).get(queryParam);
  if (fromLink) return fromLink;
  try {
    return store?.getItem(storageKey) ?? null;
  } catch {
    return null;
  }
}

/** Remembers a display choice; storage that refuses (full, blocked) only means it is not remembered. */
export function savePreference(name: PreferenceName, value: string, store: KeyValueStore | null): void {
  try {
    store?.setItem(PREFERENCES[name].storageKey, value);
  } catch {
    // Nothing to lose: the choice still applies to this visit.
  }
}
