import { runSimpleRnn, type SimpleRnnParams, type SimpleRnnStep } from '../../core';
import { encodeSentence } from '../encode';
import { distance } from '../firstWordSignal';
import { cellOf, type CellKind, type Scenario } from '../scenario';
import { candidateRnn, runCellStates } from './cellRun';

/** The scenario's cell and the simple RNN run side by side on its sentence, with one word's signal in each. */
export interface CellComparison {
  /** the cell compared with the RNN */
  cell: CellKind;
  tokens: string[];
  /** the cell's memory per step: C_t in the LSTM family, h_t in the GRU (which has no separate cell state) */
  memory: number[][];
  /** the cell's hidden state h_t per step (the same arrays as `memory` in the GRU) */
  hidden: number[][];
  /** the simple RNN's trace: h_t = tanh(W·[h_{t−1}, x_t] + b) */
  rnn: SimpleRnnStep[];
  /** the RNN's weights: the cell's candidate layer (Wc, bc; Wh, bh in the GRU) */
  rnnParams: SimpleRnnParams;
  /** the followed word (0 = the first) */
  word: number;
  /** |Δmemory_t| / |Δmemory_w| in the cell and |Δh_t| / |Δh_w| in the RNN when word w is zeroed (0 before w) */
  share: { cell: number[]; rnn: number[] };
}

/**
 * Runs the scenario's cell (any of the four) and the simple RNN built from its candidate layer on the
 * scenario's words from its initial state (the RNN starts from h0 and has no C), so the only difference
 * is the gates and the belt, and follows word `word` (default the first; clamped to the sentence). Pure.
 */
export function compareCells(scenario: Scenario, word = 0): CellComparison {
  const tokens = encodeSentence(scenario);
  const inputs = tokens.map((token) => token.vector);
  const rnnParams = candidateRnn(scenario);
  const cell = cellOf(scenario);
  if (inputs.length === 0) return { cell, tokens: [], memory: [], hidden: [], rnn: [], rnnParams, word: 0, share: { cell: [], rnn: [] } };
  const followed = Math.min(inputs.length - 1, Math.max(0, Math.trunc(word)));
  const given = runCellStates(scenario, inputs);
  const rnn = runSimpleRnn(rnnParams, inputs.map((x) => [...x]), { h0: scenario.h0 });
  const withoutInputs = inputs.map((x, t) => (t === followed ? x.map(() => 0) : [...x]));
  const without = runCellStates(scenario, withoutInputs);
  const rnnWithout = runSimpleRnn(rnnParams, withoutInputs, { h0: scenario.h0 });
  return {
    cell,
    tokens: tokens.map((token) => token.text),
    memory: given.memory,
    hidden: given.hidden,
    rnn,
    rnnParams,
    word: followed,
    share: {
      cell: relativeGaps(given.memory.map((m, t) => distance(m, without.memory[t])), followed),
      rnn: relativeGaps(rnn.map((step, t) => distance(step.h, rnnWithout[t].h)), followed),
    },
  };
}

/** Each gap relative to the gap at the followed word; all zeros when the word changes nothing. */
function relativeGaps(gaps: number[], word: number): number[] {
  return gaps[word] > 0 ? gaps.map((gap) => gap / gaps[word]) : gaps.map(() => 0);
}
