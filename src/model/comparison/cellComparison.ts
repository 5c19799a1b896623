import { runLstm, runSimpleRnn, type LstmStep, type SimpleRnnParams, type SimpleRnnStep } from '../../core';
import { encodeSentence } from '../encode';
import { rnnFromCandidateLayer, signalShares } from '../firstWordSignal';
import type { Scenario } from '../scenario';
import { requireStandardLstm } from './standardLstm';

/** The LSTM and the simple RNN run side by side on one scenario's sentence, with the first word's signal in each. */
export interface CellComparison {
  tokens: string[];
  /** the LSTM's full trace (C_t is `c`, h_t is `h`) */
  lstm: LstmStep[];
  /** the simple RNN's trace: h_t = tanh(W·[h_{t−1}, x_t] + b) */
  rnn: SimpleRnnStep[];
  /** the RNN's weights: the LSTM's candidate layer */
  rnnParams: SimpleRnnParams;
  /** the followed word (0 = the first) */
  word: number;
  /** |ΔC_t| / |ΔC_w| in the LSTM and |Δh_t| / |Δh_w| in the RNN when word w is zeroed (0 before w) */
  share: { lstm: number[]; rnn: number[] };
}

/**
 * Runs both cells on the scenario's words from its initial state (the RNN starts from h0 and has no C),
 * the RNN with the LSTM's candidate-layer weights, so the only difference is the gates and the belt, and
 * follows word `word` (default the first; clamped to the sentence). Throws unless the scenario runs the
 * standard LSTM. Pure.
 */
export function compareCells(scenario: Scenario, word = 0): CellComparison {
  const tokens = encodeSentence(scenario);
  const inputs = tokens.map((token) => token.vector);
  const params = requireStandardLstm(scenario);
  const rnnParams = rnnFromCandidateLayer(params);
  if (inputs.length === 0) return { tokens: [], lstm: [], rnn: [], rnnParams, word: 0, share: { lstm: [], rnn: [] } };
  const followed = Math.min(inputs.length - 1, Math.max(0, Math.trunc(word)));
  const init = { h0: scenario.h0, c0: scenario.c0 };
  return {
    tokens: tokens.map((token) => token.text),
    lstm: runLstm(params, inputs, init),
    rnn: runSimpleRnn(rnnParams, inputs, { h0: scenario.h0 }),
    rnnParams,
    word: followed,
    share: signalShares(params, rnnParams, inputs, followed, init),
  };
}
