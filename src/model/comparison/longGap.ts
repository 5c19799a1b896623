import { runLstm, runSimpleRnn, type SimpleRnnParams } from '../../core';
import { withCell } from '../cells';
import { encodeSentence } from '../encode';
import { distance } from '../firstWordSignal';
import { longGapPreset } from '../presets/longGap';
import type { CellKind, Scenario } from '../scenario';
import { runCellStates } from './cellRun';
import { requireStandardLstm, standardLstmParams } from './standardLstm';

/** The fewest and most filler words the long-gap experiment puts between “France” and “I speak fluent French”. */
export const LONG_GAP_MIN = 1;
export const LONG_GAP_MAX = 100;

const OPENING = ['I', 'grew', 'up', 'in', 'France'];
// Seed 001's “… years went by, many things happened …”, repeated as often as the gap asks.
const FILLERS = ['years', 'went', 'by', 'many', 'things', 'happened'];
const CLOSING = ['I', 'speak', 'fluent', 'French'];

/** Index of “France”, the word whose signal the experiment follows. */
export const LONG_GAP_WORD = OPENING.length - 1;

/** The experiment's filler words for a gap of `gap` words (seed 001's filler phrase, repeated). Pure. */
export function fillerWords(gap: number): string[] {
  return Array.from({ length: gap }, (_, k) => FILLERS[k % FILLERS.length]);
}

/**
 * The scenario the experiment builds on: the one given when it is a standard-LSTM long-gap example (same
 * features, so the user's own weights and vocabulary count), otherwise the built-in long-gap example. Pure.
 */
export function longGapBase(scenario?: Scenario): Scenario {
  const same =
    scenario !== undefined &&
    standardLstmParams(scenario) !== null &&
    scenario.features.length === longGapPreset.features.length &&
    scenario.features.every((name, k) => name === longGapPreset.features[k]);
  return same ? scenario : longGapPreset;
}

/** Whether the experiment uses this scenario's own weights (it is a long-gap example) rather than the built-in ones. Pure. */
export function usesOwnWeights(scenario: Scenario): boolean {
  return longGapBase(scenario) === scenario;
}

/** Whether the experiment runs on weights or words that differ from the built-in long-gap example's. Pure. */
export function longGapEdited(scenario: Scenario): boolean {
  const base = longGapBase(scenario);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return !same(base.params, longGapPreset.params) || !same(base.vocabulary, longGapPreset.vocabulary) || !same(base.h0, longGapPreset.h0) || !same(base.c0, longGapPreset.c0);
}

/**
 * The word a sentence's memory is about: “France” in a long-gap example (when the sentence has it),
 * otherwise the first word. Pure.
 */
export function keyWordOf(scenario: Scenario): number {
  if (!usesOwnWeights(scenario)) return 0;
  const france = encodeSentence(scenario).findIndex((token) => token.text.toLocaleLowerCase() === 'france');
  return Math.max(0, france);
}

/**
 * “I grew up in France” + `gap` filler words + “I speak fluent French” on the base's weights and
 * vocabulary. Throws when gap is not a whole number in [LONG_GAP_MIN, LONG_GAP_MAX]. Pure.
 */
export function longGapScenario(gap: number, base: Scenario = longGapPreset): Scenario {
  if (!Number.isInteger(gap) || gap < LONG_GAP_MIN || gap > LONG_GAP_MAX) {
    throw new Error(`gap must be a whole number from ${LONG_GAP_MIN} to ${LONG_GAP_MAX}, got ${gap}`);
  }
  const sentence = `${OPENING.join(' ')}, ${fillerWords(gap).join(' ')} … ${CLOSING.join(' ')}.`;
  return { ...base, sentence, sourceFigures: undefined };
}

/**
 * Each unit's forget gate at a filler word from a zero state, σ(W_f·[0, x_filler] + b_f): the share of
 * its cell the LSTM keeps per filler word (σ(5) ≈ 0.993 for unit 1 of the built-in example). Pure.
 */
export function fillerKeepRates(base: Scenario = longGapPreset): number[] {
  const params = requireStandardLstm(base);
  const filler = encodeSentence({ ...base, sentence: FILLERS[0] })[0].vector;
  const zeros = new Array<number>(params.Wf.length).fill(0);
  return runLstm(params, [filler], { h0: zeros, c0: zeros })[0].f;
}

/**
 * The simple RNN of the experiment: the LSTM's candidate layer reads the words (same input weights and
 * bias, so “France” writes the same tanh value), and since that layer's recurrent weights are not what
 * keeps France in the LSTM (its belt does), each unit feeds back only its own h, with the weight the
 * LSTM's forget gate keeps per filler word. Same keep rate per word; the RNN also squashes with tanh. Pure.
 */
export function longGapRnn(base: Scenario = longGapPreset): SimpleRnnParams {
  const params = requireStandardLstm(base);
  const keep = fillerKeepRates(base);
  const H = keep.length;
  return {
    W: params.Wc.map((row, k) => row.map((value, column) => (column < H ? (column === k ? keep[k] : 0) : value))),
    b: [...params.bc],
  };
}

/** The share of France's signal left at the last word, for every gap of the experiment. */
export interface LongGapCurve {
  /** the cell the example was converted to (the curve of `cell` is its memory) */
  kind: CellKind;
  /** LONG_GAP_MIN … LONG_GAP_MAX */
  gaps: number[];
  /** |Δmemory_T| / |Δmemory_France| at “French”: the cell state C in the LSTM family, h in the GRU */
  cell: number[];
  /** |Δh_T| / |Δh_France| in the RNN at “French” */
  rnn: number[];
}

/**
 * France's remaining signal at the end of the sentence for one gap: in the memory of `kind` (the long-gap
 * example converted to it the way the cell switch converts, which keeps the candidate layer and the
 * share the forget gate keeps) and in the RNN. Pure.
 */
export function longGapShareAt(
  gap: number,
  base: Scenario = longGapPreset,
  rnn: SimpleRnnParams = longGapRnn(base),
  kind: CellKind = 'lstm',
): { cell: number; rnn: number } {
  const scenario = withCell(longGapScenario(gap, base), kind);
  const inputs = encodeSentence(scenario).map((token) => token.vector);
  const without = inputs.map((x, t) => (t === LONG_GAP_WORD ? x.map(() => 0) : [...x]));
  const last = inputs.length - 1;
  const memoryWith = runCellStates(scenario, inputs).memory;
  const memoryWithout = runCellStates(scenario, without).memory;
  const rnnWith = runSimpleRnn(rnn, inputs.map((x) => [...x]), { h0: scenario.h0 });
  const rnnWithout = runSimpleRnn(rnn, without, { h0: scenario.h0 });
  const share = (at: (t: number) => number) => (at(LONG_GAP_WORD) > 0 ? at(last) / at(LONG_GAP_WORD) : 0);
  return {
    cell: share((t) => distance(memoryWith[t], memoryWithout[t])),
    rnn: share((t) => distance(rnnWith[t].h, rnnWithout[t].h)),
  };
}

/** The whole curve over every gap in cell `kind` (≈ 100 short runs of both cells; a few milliseconds). Pure. */
export function longGapCurve(base: Scenario = longGapPreset, kind: CellKind = 'lstm'): LongGapCurve {
  const rnn = longGapRnn(base);
  const gaps = Array.from({ length: LONG_GAP_MAX - LONG_GAP_MIN + 1 }, (_, k) => LONG_GAP_MIN + k);
  const points = gaps.map((gap) => longGapShareAt(gap, base, rnn, kind));
  return { kind, gaps, cell: points.map((point) => point.cell), rnn: points.map((point) => point.rnn) };
}
