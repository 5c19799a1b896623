import { runLstm, runSimpleRnn, type LstmParams, type SimpleRnnParams } from '../core';
import { requireStandardLstm } from './comparison/standardLstm';
import { encodeSentence } from './encode';
import type { Scenario } from './scenario';

/** How much of the first word's effect is still there at each word, for the LSTM's cell and a simple RNN. */
export interface FirstWordSignal {
  tokens: string[];
  /** |ΔC_t| / |ΔC_w|: the share of the tracked word's effect on the LSTM's cell state left at step t */
  lstm: number[];
  /** |Δh_t| / |Δh_w|: the same for the simple RNN's hidden state */
  rnn: number[];
  /** the 0-based index w of the word whose effect is followed (0 for the first word) */
  word: number;
}

/** Which word to follow, and which simple RNN to compare with (the candidate layer unless given). */
export interface WordSignalOptions {
  /** 0-based index of the word whose features are zeroed in the second run; default 0 */
  word?: number;
  /** the simple RNN's weights; default rnnFromCandidateLayer(scenario.params) */
  rnn?: SimpleRnnParams;
}

/**
 * The simple RNN the lesson compares with: the LSTM's candidate layer on its own, h = tanh(W_c·[h, x] + b_c),
 * so both cells see the same weights on the same inputs and differ only in the gates and the belt. Pure.
 */
export function rnnFromCandidateLayer(params: LstmParams): SimpleRnnParams {
  return { W: params.Wc, b: params.bc };
}

/** Euclidean distance between two equally long vectors. Pure. */
export function distance(a: readonly number[], b: readonly number[]): number {
  return Math.sqrt(a.reduce((sum, value, k) => sum + (value - b[k]) ** 2, 0));
}

/**
 * Runs the inputs twice, as given and with word w's features zeroed, and measures how far apart the two
 * runs stay at every step, relative to the gap at w itself: the word's signal. Steps before w are 0 (the
 * runs agree there); a cell that forgets drives it to 0; all zeros when the word has no effect at all. Pure.
 */
export function signalShares(
  params: LstmParams,
  rnn: SimpleRnnParams,
  inputs: readonly number[][],
  word: number,
  init: { h0?: number[]; c0?: number[] } = {},
): { lstm: number[]; rnn: number[] } {
  const given = inputs.map((vector) => [...vector]);
  const without = inputs.map((vector, index) => (index === word ? vector.map(() => 0) : [...vector]));
  const lstmWith = runLstm(params, given, init);
  const lstmWithout = runLstm(params, without, init);
  const rnnWith = runSimpleRnn(rnn, given, { h0: init.h0 });
  const rnnWithout = runSimpleRnn(rnn, without, { h0: init.h0 });
  const relative = (gaps: number[]) => (gaps[word] > 0 ? gaps.map((gap) => gap / gaps[word]) : gaps.map(() => 0));
  return {
    lstm: relative(lstmWith.map((step, t) => distance(step.c, lstmWithout[t].c))),
    rnn: relative(rnnWith.map((step, t) => distance(step.h, rnnWithout[t].h))),
  };
}

/** The signal of word `options.word` (default the first) through the scenario's sentence, in both cells. Throws unless it runs the standard LSTM. Pure. */
export function wordSignal(scenario: Scenario, options: WordSignalOptions = {}): FirstWordSignal {
  const tokens = encodeSentence(scenario);
  const word = options.word ?? 0;
  if (tokens.length === 0) return { tokens: [], lstm: [], rnn: [], word };
  if (!Number.isInteger(word) || word < 0 || word >= tokens.length) {
    throw new Error(`word ${word} is outside the sentence's ${tokens.length} words`);
  }
  const params = requireStandardLstm(scenario);
  const shares = signalShares(
    params,
    options.rnn ?? rnnFromCandidateLayer(params),
    tokens.map((token) => token.vector),
    word,
    { h0: scenario.h0, c0: scenario.c0 },
  );
  return { tokens: tokens.map((token) => token.text), ...shares, word };
}

/**
 * Runs the sentence twice, with the first word's features and with them zeroed, and measures how far
 * apart the two runs stay: the first word's signal, relative to its size at the first step. A cell that
 * forgets drives it to 0. All zeros when the first word has no effect at all. Pure.
 */
export function firstWordSignal(scenario: Scenario): FirstWordSignal {
  return wordSignal(scenario, { word: 0 });
}
