import { alicePreset, tokenize, withCell, type CellKind, type Scenario } from '../model';
import { applyEdit, EDIT_ACTION_TYPES, type EditAction } from './editActions';
import { EMPTY_HISTORY, recordEdit, redoEdit, undoEdit, type EditHistory } from './history';

/** What the user is looking at: the scenario, the current time step (0-based) and the player. */
export interface ExplainerState {
  scenario: Scenario;
  step: number;
  /** true while the player advances through the sentence by itself */
  playing: boolean;
  /** animation speed multiplier, one of SPEEDS */
  speed: number;
  /** how the current step was reached: stepping on with Next or the player plays it; a jump does not */
  lastMove: 'next' | 'jump';
  /** the preset or loaded scenario that "reset" returns to */
  origin: Scenario;
  history: EditHistory;
}

/** The speeds offered by the player. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

/** Plain actions; the UI dispatches these and never edits state directly. */
export type ExplainerAction =
  | { type: 'nextStep' }
  | { type: 'previousStep' }
  | { type: 'firstStep' }
  | { type: 'lastStep' }
  | { type: 'setStep'; step: number }
  /** start or stop playing; starting at the last word restarts from the first */
  | { type: 'togglePlay' }
  /** the player's own advance: one step on, stopping at the end */
  | { type: 'playTick' }
  | { type: 'setSpeed'; speed: number }
  | EditAction
  | { type: 'undo' }
  | { type: 'redo' }
  /**
   * replace the scenario (a preset, a link, a file); undoable; `asOrigin` makes it what reset returns to;
   * `cell` opens it in that cell (converted as setCell does), while reset still returns to it as given
   */
  | { type: 'loadScenario'; scenario: Scenario; step?: number; asOrigin?: boolean; cell?: CellKind }
  | { type: 'resetToOrigin' };

/** The state the app opens with: the Alice example at its first word. */
export const initialExplainerState: ExplainerState = {
  scenario: alicePreset,
  step: 0,
  playing: false,
  speed: 1,
  lastMove: 'jump',
  origin: alicePreset,
  history: EMPTY_HISTORY,
};

/** Number of time steps of a scenario: one per token of its sentence. Pure. */
export function stepCountOf(scenario: Scenario): number {
  return tokenize(scenario.sentence).length;
}

/** Clamps a step into [0, stepCount − 1] (0 for an empty sentence). Pure. */
export function clampStep(step: number, stepCount: number): number {
  if (stepCount <= 0 || !Number.isFinite(step)) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), stepCount - 1);
}

/** Applies one action; returns the same object when nothing changes. Pure. */
export function explainerReducer(state: ExplainerState, action: ExplainerAction): ExplainerState {
  if (EDIT_ACTION_TYPES.has(action.type)) {
    const edit = action as EditAction;
    return withScenario(state, applyEdit(state.scenario, edit), edit.group ?? null);
  }
  const last = stepCountOf(state.scenario) - 1;
  switch (action.type) {
    case 'nextStep':
      return moveTo(state, state.step + 1, state.playing, 'next');
    case 'previousStep':
      return moveTo(state, state.step - 1, false, 'jump');
    case 'firstStep':
      return moveTo(state, 0, false, 'jump');
    case 'lastStep':
      return moveTo(state, last, false, 'jump');
    case 'setStep':
      return moveTo(state, action.step, false, 'jump');
    case 'togglePlay':
      if (state.playing) return { ...state, playing: false };
      if (last <= 0) return state;
      return state.step >= last ? { ...state, playing: true, step: 0, lastMove: 'jump' } : { ...state, playing: true };
    case 'playTick':
      if (!state.playing) return state;
      return state.step >= last ? { ...state, playing: false } : moveTo(state, state.step + 1, true, 'next');
    case 'setSpeed':
      return SPEEDS.includes(action.speed as (typeof SPEEDS)[number]) && action.speed !== state.speed
        ? { ...state, speed: action.speed }
        : state;
    case 'undo':
    case 'redo': {
      const result = (action.type === 'undo' ? undoEdit : redoEdit)(state.history, state.scenario);
      if (!result) return state;
      return { ...withStepClamped(state, result.scenario, state.step), history: result.history };
    }
    case 'loadScenario': {
      const scenario = action.cell ? withCell(action.scenario, action.cell) : action.scenario;
      const loaded = withScenario(state, scenario, null, action.step ?? 0);
      return action.asOrigin ? { ...loaded, origin: action.scenario } : loaded;
    }
    case 'resetToOrigin':
      return state.scenario === state.origin ? state : withScenario(state, state.origin, null);
    default:
      return state;
  }
}

/** The state showing another scenario, with the old one on the undo stack and the step kept in range. */
function withScenario(state: ExplainerState, scenario: Scenario, group: string | null, step = state.step): ExplainerState {
  if (scenario === state.scenario) return state;
  return { ...withStepClamped(state, scenario, step), history: recordEdit(state.history, state.scenario, group) };
}

function withStepClamped(state: ExplainerState, scenario: Scenario, step: number): ExplainerState {
  return { ...state, scenario, step: clampStep(step, stepCountOf(scenario)), playing: false, lastMove: 'jump' };
}

/** The state at another step (clamped), remembering how it was reached; a manual move stops the player. */
function moveTo(state: ExplainerState, target: number, playing: boolean, move: ExplainerState['lastMove']): ExplainerState {
  const step = clampStep(target, stepCountOf(state.scenario));
  if (step === state.step && playing === state.playing) return state;
  return { ...state, step, playing, lastMove: move };
}
