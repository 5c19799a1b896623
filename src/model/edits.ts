import { LSTM_BIAS_NAMES, LSTM_WEIGHT_NAMES, type LstmParams } from '../core';
import { randomLstmParams } from './random';
import { vocabularyKey, vocabularyVector, type Scenario } from './scenario';

/** One of the four weight matrices. */
export type WeightName = (typeof LSTM_WEIGHT_NAMES)[number];
/** One of the four bias vectors. */
export type BiasName = (typeof LSTM_BIAS_NAMES)[number];

// Every function here returns a new scenario and leaves its input untouched, so undo can keep the old one.

/** The scenario with one weight changed. Pure. */
export function withWeight(scenario: Scenario, name: WeightName, row: number, column: number, value: number): Scenario {
  const matrix = scenario.params[name].map((weights, r) => (r === row ? weights.map((w, c) => (c === column ? value : w)) : weights));
  return { ...scenario, params: { ...scenario.params, [name]: matrix } };
}

/** The scenario with one bias changed. Pure. */
export function withBias(scenario: Scenario, name: BiasName, row: number, value: number): Scenario {
  const biases = scenario.params[name].map((b, r) => (r === row ? value : b));
  return { ...scenario, params: { ...scenario.params, [name]: biases } };
}

/** The scenario reading another sentence (tokens missing from the vocabulary are flagged, not added). Pure. */
export function withSentence(scenario: Scenario, sentence: string): Scenario {
  return { ...scenario, sentence };
}

/** The scenario with one feature value of one vocabulary entry changed. Pure. */
export function withVocabularyValue(scenario: Scenario, token: string, feature: number, value: number): Scenario {
  const key = vocabularyKey(token);
  const vector = vocabularyVector(scenario.vocabulary, key) ?? new Array<number>(scenario.features.length).fill(0);
  return { ...scenario, vocabulary: { ...scenario.vocabulary, [key]: vector.map((v, k) => (k === feature ? value : v)) } };
}

/** The scenario with a token added to the vocabulary as a zero vector (unchanged if it is there). Pure. */
export function withVocabularyToken(scenario: Scenario, token: string): Scenario {
  const key = vocabularyKey(token);
  if (vocabularyVector(scenario.vocabulary, key)) return scenario;
  return { ...scenario, vocabulary: { ...scenario.vocabulary, [key]: new Array<number>(scenario.features.length).fill(0) } };
}

/**
 * The scenario with a new input feature: every vocabulary vector gets a 0 for it and every weight matrix a
 * column of zeros, so nothing the cell computes changes until the user gives the feature weight. Pure.
 */
export function withFeatureAdded(scenario: Scenario, name: string): Scenario {
  return {
    ...scenario,
    features: [...scenario.features, name],
    vocabulary: mapVocabulary(scenario, (vector) => [...vector, 0]),
    params: mapMatrices(scenario.params, (row) => [...row, 0]),
  };
}

/** The scenario with a feature renamed. Pure. */
export function withFeatureRenamed(scenario: Scenario, index: number, name: string): Scenario {
  return { ...scenario, features: scenario.features.map((feature, k) => (k === index ? name : feature)) };
}

/** The scenario without one feature: its vocabulary entries and its weight column go with it. Pure. */
export function withFeatureRemoved(scenario: Scenario, index: number): Scenario {
  const hiddenSize = scenario.params.Wf.length;
  return {
    ...scenario,
    features: scenario.features.filter((_, k) => k !== index),
    vocabulary: mapVocabulary(scenario, (vector) => vector.filter((_, k) => k !== index)),
    params: mapMatrices(scenario.params, (row) => row.filter((_, k) => k !== hiddenSize + index)),
  };
}

/**
 * The scenario with another hidden size. Weights between units that exist in both keep their values;
 * every new weight and bias comes from `seed`, so the same seed always gives the same cell. Pure.
 */
export function withHiddenSize(scenario: Scenario, hiddenSize: number, seed: number): Scenario {
  const oldSize = scenario.params.Wf.length;
  const inputSize = scenario.features.length;
  const fresh = randomLstmParams(hiddenSize, inputSize, seed);
  // Old column of a new column index: h columns map unit to unit, x columns shift with H.
  const oldColumn = (column: number) => (column < hiddenSize ? (column < oldSize ? column : -1) : column - hiddenSize + oldSize);
  const resizeMatrix = (name: WeightName) =>
    fresh[name].map((row, r) =>
      row.map((value, c) => {
        const source = oldColumn(c);
        return r < oldSize && source >= 0 ? scenario.params[name][r][source] : value;
      }),
    );
  const resizeBias = (name: BiasName) => fresh[name].map((value, r) => (r < oldSize ? scenario.params[name][r] : value));
  const resizeState = (state: number[] | undefined) =>
    state ? Array.from({ length: hiddenSize }, (_, k) => state[k] ?? 0) : undefined;
  const params = {
    ...Object.fromEntries(LSTM_WEIGHT_NAMES.map((name) => [name, resizeMatrix(name)])),
    ...Object.fromEntries(LSTM_BIAS_NAMES.map((name) => [name, resizeBias(name)])),
  } as unknown as LstmParams;
  return { ...scenario, params, h0: resizeState(scenario.h0), c0: resizeState(scenario.c0) };
}

function mapVocabulary(scenario: Scenario, change: (vector: number[]) => number[]): Record<string, number[]> {
  return Object.fromEntries(Object.entries(scenario.vocabulary).map(([token, vector]) => [token, change(vector)]));
}

function mapMatrices(params: LstmParams, change: (row: number[]) => number[]): LstmParams {
  const next = { ...params };
  for (const name of LSTM_WEIGHT_NAMES) next[name] = params[name].map(change);
  return next;
}
