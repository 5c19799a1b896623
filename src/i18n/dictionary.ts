import type { Language } from './language';
import { a11y } from './messages/a11y';
import { about } from './messages/about';
import { app } from './messages/app';
import { belt } from './messages/belt';
import { cells } from './messages/cells';
import { compare } from './messages/compare';
import { equations } from './messages/equations';
import { fields } from './messages/fields';
import { gradients } from './messages/gradients';
import { lesson } from './messages/lesson';
import { narration } from './messages/narration';
import { note } from './messages/note';
import { player } from './messages/player';
import { plots } from './messages/plots';
import { presenter } from './messages/presenter';
import { presets } from './messages/presets';
import { scenario } from './messages/scenario';
import { share } from './messages/share';
import { timeline } from './messages/timeline';
import { tokens } from './messages/tokens';
import { training } from './messages/training';
import { values } from './messages/values';
import { weights } from './messages/weights';

/** Every namespace of the interface's text, each holding both languages. */
export const NAMESPACES = {
  a11y,
  about,
  app,
  belt,
  cells,
  compare,
  equations,
  fields,
  gradients,
  lesson,
  narration,
  note,
  player,
  plots,
  presenter,
  presets,
  scenario,
  share,
  timeline,
  tokens,
  training,
  values,
  weights,
};

type Namespaces = typeof NAMESPACES;

/** All the interface's text in one language, namespace by namespace: `t.player.next`. */
export type Dictionary = { readonly [N in keyof Namespaces]: Namespaces[N]['en'] };

function dictionaryFor(language: Language): Dictionary {
  const entries = Object.entries(NAMESPACES).map(([name, messages]) => [name, messages[language]]);
  return Object.fromEntries(entries) as Dictionary;
}

/** The dictionaries of both languages, built once. */
export const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { en: dictionaryFor('en'), zh: dictionaryFor('zh') };
