import { DEFAULT_LANGUAGE, type Language } from '../../../i18n';
import type { PresetId } from '../../../model';
import { PREFERENCES } from '../../../state';

/**
 * The relative link that opens a built-in example (the app reads `?preset=<id>` at start), in the reader's
 * language when it is not the default: a language picked from a link is not remembered, so the link
 * carries it on. Pure.
 */
export function presetLink(id: PresetId, language: Language = DEFAULT_LANGUAGE): string {
  const query = new URLSearchParams({ preset: id });
  if (language !== DEFAULT_LANGUAGE) query.set(PREFERENCES.language.queryParam, language);
  return `?${query.toString()}`;
}
