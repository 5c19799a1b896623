import { runLstm, type LstmStep } from '../core';
import { encodeSentence, type EncodedToken } from './encode';
import type { Scenario } from './scenario';

/** The encoded tokens of a scenario with the cell's step for each. */
export interface ScenarioTrace {
  tokens: EncodedToken[];
  steps: LstmStep[];
  hiddenSize: number;
}

/** Encodes the sentence and runs the core over it. Throws the core's named shape errors. Pure. */
export function traceScenario(scenario: Scenario): ScenarioTrace {
  const tokens = encodeSentence(scenario);
  const steps = runLstm(
    scenario.params,
    tokens.map((token) => token.vector),
    { h0: scenario.h0, c0: scenario.c0 },
  );
  return { tokens, steps, hiddenSize: scenario.params.Wf.length };
}
