import { runLstm, runSimpleRnn, type LstmParams } from '../core';
import { encodeSentence } from './encode';
import type { Scenario } from './scenario';

/** How much of the first word's effect is still there at each word, for the LSTM's cell and a simple RNN. */
export interface FirstWordSignal {
  tokens: string[];
  /** |ΔC_t| / |ΔC_0|: the share of the first word's effect on the LSTM's cell state left at step t */
  lstm: number[];
  /** |Δh_t| / |Δh_0|: the same for the simple RNN's hidden state */
  rnn: number[];
}

/**
 * The simple RNN the lesson compares with: the LSTM's candidate layer on its own, h = tanh(W_c·[h, x] + b_c),
 * so both cells see the same weights on the same inputs and differ only in the gates and the belt. Pure.
 */
export function rnnFromCandidateLayer(params: LstmParams): { W: number[][]; b: number[] } {
  return { W: params.Wc, b: params.bc };
}

function distance(a: readonly number[], b: readonly number[]): number {
  return Math.sqrt(a.reduce((sum, value, k) => sum + (value - b[k]) ** 2, 0));
}

/**
 * Runs the sentence twice, with the first word's features and with them zeroed, and measures how far
 * apart the two runs stay: the first word's signal, relative to its size at the first step. A cell that
 * forgets drives it to 0. All zeros when the first word has no effect at all. Pure.
 */
export function firstWordSignal(scenario: Scenario): FirstWordSignal {
  const tokens = encodeSentence(scenario);
  const inputs = tokens.map((token) => token.vector);
  const withoutFirst = inputs.map((vector, index) => (index === 0 ? vector.map(() => 0) : vector));
  const init = { h0: scenario.h0, c0: scenario.c0 };
  const lstmWith = runLstm(scenario.params, inputs, init);
  const lstmWithout = runLstm(scenario.params, withoutFirst, init);
  const rnn = rnnFromCandidateLayer(scenario.params);
  const rnnWith = runSimpleRnn(rnn, inputs, { h0: scenario.h0 });
  const rnnWithout = runSimpleRnn(rnn, withoutFirst, { h0: scenario.h0 });
  const relative = (gaps: number[]) => (gaps[0] > 0 ? gaps.map((gap) => gap / gaps[0]) : gaps.map(() => 0));
  return {
    tokens: tokens.map((token) => token.text),
    lstm: relative(lstmWith.map((step, t) => distance(step.c, lstmWithout[t].c))),
    rnn: relative(rnnWith.map((step, t) => distance(step.h, rnnWithout[t].h))),
  };
}
