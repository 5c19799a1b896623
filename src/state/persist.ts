import { encodeScenarioDocument, parseScenarioJson, type Scenario } from '../model';
import type { SchemaProblem } from '../model/schema';
import { canonicalScenario } from './canonical';

/** The localStorage key of the autosaved work; the version lives inside the document. */
export const STORAGE_KEY = 'lstm-explainer:autosave';

/** What was restored from storage: the scenario and step, or why nothing could be (the first problem found). */
export type RestoreResult =
  | { kind: 'restored'; scenario: Scenario; step: number }
  | { kind: 'empty' }
  | { kind: 'failed'; problem: SchemaProblem };

/** Storage as the app uses it; window.localStorage in the browser, a map in tests. */
export interface KeyValueStore {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
  removeItem: (key: string) => void;
}

/** The browser's localStorage, or null where it is missing or blocked (private modes, file:// in some browsers). */
export function browserStore(): KeyValueStore | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** Reads the autosaved work; corrupt or outdated data gives a reason and is removed so it is reported once. */
export function restoreSaved(store: KeyValueStore | null): RestoreResult {
  if (!store) return { kind: 'empty' };
  let text: string | null;
  try {
    text = store.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'empty' };
  }
  if (text === null) return { kind: 'empty' };
  const result = parseScenarioJson(text);
  if (result.ok) return { kind: 'restored', scenario: canonicalScenario(result.scenario), step: result.step };
  try {
    store.removeItem(STORAGE_KEY);
  } catch {
    // Nothing more to do: the next save overwrites it anyway.
  }
  return { kind: 'failed', problem: result.problems[0] ?? { code: 'incomplete' } };
}

/** Saves the scenario and step; returns false when storage refused (full, blocked). */
export function saveWork(store: KeyValueStore | null, scenario: Scenario, step: number): boolean {
  if (!store) return false;
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(encodeScenarioDocument(scenario, step)));
    return true;
  } catch {
    return false;
  }
}
