import type { Scenario } from '../model';

/** Undo and redo stacks of whole scenarios, and the group the newest edit belongs to. */
export interface EditHistory {
  undo: Scenario[];
  redo: Scenario[];
  /** edits with the same non-null group (one drag, one typing session) make a single undo step */
  group: string | null;
}

/** How many undo steps are kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

/** An empty history. */
export const EMPTY_HISTORY: EditHistory = { undo: [], redo: [], group: null };

/**
 * The history after replacing `before` by a new scenario: a new undo step unless the edit continues the
 * current group. Redo is cleared, as in every editor. Pure.
 */
export function recordEdit(history: EditHistory, before: Scenario, group: string | null): EditHistory {
  if (group !== null && group === history.group) return { ...history, redo: [] };
  return { undo: [...history.undo, before].slice(-HISTORY_LIMIT), redo: [], group };
}

/** Steps back: the scenario to show and the history after it, or null when there is nothing to undo. Pure. */
export function undoEdit(history: EditHistory, current: Scenario): { scenario: Scenario; history: EditHistory } | null {
  const previous = history.undo[history.undo.length - 1];
  if (!previous) return null;
  return { scenario: previous, history: { undo: history.undo.slice(0, -1), redo: [...history.redo, current], group: null } };
}

/** Steps forward again after an undo, or null when there is nothing to redo. Pure. */
export function redoEdit(history: EditHistory, current: Scenario): { scenario: Scenario; history: EditHistory } | null {
  const next = history.redo[history.redo.length - 1];
  if (!next) return null;
  return { scenario: next, history: { undo: [...history.undo, current], redo: history.redo.slice(0, -1), group: null } };
}
