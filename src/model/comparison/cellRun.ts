import { runCoupledLstm, runGru, runLstm, runPeepholeLstm, type SimpleRnnParams } from '../../core';
import { cellOf, type CellKind, type Scenario } from '../scenario';

/** Each step's memory (the belt: C_t in the LSTM family, h_t in the GRU) and hidden state h_t. */
export interface CellStates {
  cell: CellKind;
  memory: number[][];
  hidden: number[][];
}

/**
 * Runs the scenario's own cell on the inputs from its initial state (the GRU has no C, so it starts from
 * h0 only and its memory is its h). Throws the core's shape errors. Pure.
 */
export function runCellStates(scenario: Scenario, inputs: readonly number[][]): CellStates {
  const xs = inputs.map((x) => [...x]);
  const init = { h0: scenario.h0, c0: scenario.c0 };
  const cell = cellOf(scenario);
  const lstmFamily = (steps: { c: number[]; h: number[] }[]): CellStates => ({ cell, memory: steps.map((s) => s.c), hidden: steps.map((s) => s.h) });
  switch (scenario.cell) {
    case 'peephole':
      return lstmFamily(runPeepholeLstm(scenario.params, xs, init));
    case 'coupled':
      return lstmFamily(runCoupledLstm(scenario.params, xs, init));
    case 'gru': {
      const hs = runGru(scenario.params, xs, { h0: scenario.h0 }).map((step) => step.h);
      return { cell, memory: hs, hidden: hs };
    }
    default:
      return lstmFamily(runLstm(scenario.params, xs, init));
  }
}

/**
 * The simple RNN built from the cell's candidate layer, h = tanh(W·[h, x] + b): Wc, bc in the LSTM family,
 * Wh, bh in the GRU (whose own candidate sees r ⊙ h_{t−1}: the RNN is that layer with the reset gate
 * held open). The arrays are the scenario's own: never mutate them. Pure.
 */
export function candidateRnn(scenario: Scenario): SimpleRnnParams {
  return scenario.cell === 'gru' ? { W: scenario.params.Wh, b: scenario.params.bh } : { W: scenario.params.Wc, b: scenario.params.bc };
}
