import { runCoupledLstm, runGru, runLstm, runPeepholeLstm, type GruStep, type LstmStep } from '../core';
import { encodeSentence, type EncodedToken } from './encode';
import { cellOf, hiddenSizeOf, type CellKind, type Scenario } from './scenario';

/**
 * One step of any cell at full precision: the LSTM family's LstmStep (for the coupled LSTM zi = −zf,
 * so σ(zi) = 1 − f is its input gate) or the GRU's GruStep. Both have x, hPrev and h.
 */
export type CellStep = LstmStep | GruStep;

/** The encoded tokens of a scenario with the cell's step for each. */
export interface ScenarioTrace {
  /** the cell that ran */
  cell: CellKind;
  tokens: EncodedToken[];
  /**
   * The LSTM family's steps (standard, peephole, coupled), one per token, as before the cell switch.
   * Empty for a GRU trace, which has no forget gate or cell state to offer: read `cellSteps` there.
   */
  steps: LstmStep[];
  /** every cell's steps, one per token: the same objects as `steps` for the LSTM family, GruSteps for the GRU */
  cellSteps: CellStep[];
  hiddenSize: number;
}

/** Encodes the sentence and runs the scenario's cell over it. Throws the core's named shape errors. Pure. */
export function traceScenario(scenario: Scenario): ScenarioTrace {
  const tokens = encodeSentence(scenario);
  const inputs = tokens.map((token) => token.vector);
  const init = { h0: scenario.h0, c0: scenario.c0 };
  const hiddenSize = hiddenSizeOf(scenario);
  const cell = cellOf(scenario);
  if (scenario.cell === 'gru') {
    return { cell, tokens, steps: [], cellSteps: runGru(scenario.params, inputs, { h0: scenario.h0 }), hiddenSize };
  }
  let steps: LstmStep[];
  if (scenario.cell === 'peephole') steps = runPeepholeLstm(scenario.params, inputs, init);
  else if (scenario.cell === 'coupled') {
    steps = runCoupledLstm(scenario.params, inputs, init).map((step) => ({ ...step, zi: step.zf.map((z) => 0 - z) }));
  } else steps = runLstm(scenario.params, inputs, init);
  return { cell, tokens, steps, cellSteps: steps, hiddenSize };
}

/** True when the step is a GRU's. Pure. */
export function isGruStep(step: CellStep): step is GruStep {
  return 'z' in step;
}

/** A quantity's values at a step by its key (f, cTilde, z, hTilde, …), or undefined when the step has none. Pure. */
export function stepValues(step: CellStep, key: string): number[] | undefined {
  const value = (step as unknown as Record<string, unknown>)[key];
  return Array.isArray(value) ? (value as number[]) : undefined;
}

/** The memory a step carries on: C_t for the LSTM family, h_t for the GRU, and the value before it. Pure. */
export function memoryOf(step: CellStep): { now: number[]; before: number[] } {
  return isGruStep(step) ? { now: step.h, before: step.hPrev } : { now: step.c, before: step.cPrev };
}
