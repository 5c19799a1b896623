import type { Scenario } from '../model';
import type { SchemaProblem } from '../model/schema';
import { canonicalScenario } from './canonical';
import { initialScenarioFromLocation } from './initialScenario';
import { browserStore, restoreSaved, type KeyValueStore } from './persist';
import { scenarioFromHash } from './shareLink';

/**
 * Why something could not be opened at start: a shared link or the saved work, and the first problem the
 * decoder found, as data the UI words in the reader's language (problemText with PROBLEM_PHRASES).
 */
export interface StartupNotice {
  kind: 'link' | 'saved';
  problem: SchemaProblem;
}

/** What the app opens with, and a notice to show once when something could not be restored. */
export interface Startup {
  scenario: Scenario;
  step: number;
  notice: StartupNotice | null;
}

/**
 * Decides what to open: a shared link wins, then a preset named in the query, then the autosaved work,
 * then the Alice example. A broken link or corrupt saved data never breaks the app: it says why. Pure
 * apart from reading the store it is given.
 */
export function decideStartup(search: string, hash: string, store: KeyValueStore | null): Startup {
  const shared = scenarioFromHash(hash);
  if (shared?.ok) return { scenario: canonicalScenario(shared.scenario), step: shared.step, notice: null };
  const linkProblem: StartupNotice | null =
    shared && !shared.ok ? { kind: 'link', problem: shared.problems[0] ?? { code: 'incomplete' } } : null;
  if (new URLSearchParams(search).has('preset')) {
    return { scenario: initialScenarioFromLocation(search), step: 0, notice: linkProblem };
  }
  const saved = restoreSaved(store);
  if (saved.kind === 'restored') return { scenario: saved.scenario, step: saved.step, notice: linkProblem };
  const savedProblem: StartupNotice | null = saved.kind === 'failed' ? { kind: 'saved', problem: saved.problem } : null;
  return { scenario: initialScenarioFromLocation(search), step: 0, notice: linkProblem ?? savedProblem };
}

/** The startup for this page: reads window.location and localStorage (the only place that does both). */
export function readStartup(): Startup {
  if (typeof window === 'undefined') return decideStartup('', '', null);
  return decideStartup(window.location.search, window.location.hash, browserStore());
}
