import { alicePreset, tokenize, type Scenario } from '../model';

/** What the user is looking at: the scenario and the current time step (0-based). */
export interface ExplainerState {
  scenario: Scenario;
  step: number;
}

/** Plain actions; the UI dispatches these and never edits state directly. */
export type ExplainerAction =
  | { type: 'nextStep' }
  | { type: 'previousStep' }
  | { type: 'firstStep' }
  | { type: 'lastStep' }
  | { type: 'setStep'; step: number };

/** The state the app opens with: the Alice example at its first word. */
export const initialExplainerState: ExplainerState = { scenario: alicePreset, step: 0 };

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
  const stepCount = stepCountOf(state.scenario);
  const target = (() => {
    switch (action.type) {
      case 'nextStep':
        return state.step + 1;
      case 'previousStep':
        return state.step - 1;
      case 'firstStep':
        return 0;
      case 'lastStep':
        return stepCount - 1;
      case 'setStep':
        return action.step;
    }
  })();
  const step = clampStep(target, stepCount);
  return step === state.step ? state : { ...state, step };
}
