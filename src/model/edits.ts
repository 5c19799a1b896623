import { CELL_PARAMETERS, mapParameters, matrixOf, vectorOf, type BiasName, type WeightName } from './cells/parameters';
import { randomCellParams } from './cells/random';
import { cellOf, hiddenSizeOf, vocabularyKey, vocabularyVector, type CellParams, type Scenario } from './scenario';

export type { WeightName, BiasName } from './cells/parameters';

// Every function here returns a new scenario and leaves its input untouched, so undo can keep the old one.

/** The scenario with other parameters of its own cell (the params must be of the scenario's kind). Pure. */
function withParams<S extends Scenario>(scenario: S, params: CellParams): S {
  // The caller rebuilt params from scenario.params by name, so they are of the scenario's own kind.
  return { ...scenario, params } as unknown as S;
}

/** The scenario with one weight changed; unchanged when its cell has no matrix of that name. Pure. */
export function withWeight<S extends Scenario>(scenario: S, name: WeightName, row: number, column: number, value: number): S {
  const matrix = matrixOf(scenario.params, name);
  if (!matrix) return scenario;
  const changed = matrix.map((weights, r) => (r === row ? weights.map((w, c) => (c === column ? value : w)) : weights));
  // Spreading keeps every other parameter (and the field order) as it was.
  return withParams(scenario, { ...scenario.params, [name]: changed } as CellParams);
}

/** The scenario with one entry of a bias or peephole vector changed; unchanged when its cell has none of that name. Pure. */
export function withBias<S extends Scenario>(scenario: S, name: BiasName, row: number, value: number): S {
  const vector = vectorOf(scenario.params, name);
  if (!vector) return scenario;
  return withParams(scenario, { ...scenario.params, [name]: vector.map((b, r) => (r === row ? value : b)) } as CellParams);
}

/** The scenario reading another sentence (tokens missing from the vocabulary are flagged, not added). Pure. */
export function withSentence<S extends Scenario>(scenario: S, sentence: string): S {
  return { ...scenario, sentence };
}

/** The scenario with one feature value of one vocabulary entry changed. Pure. */
export function withVocabularyValue<S extends Scenario>(scenario: S, token: string, feature: number, value: number): S {
  const key = vocabularyKey(token);
  const vector = vocabularyVector(scenario.vocabulary, key) ?? new Array<number>(scenario.features.length).fill(0);
  return { ...scenario, vocabulary: { ...scenario.vocabulary, [key]: vector.map((v, k) => (k === feature ? value : v)) } };
}

/** The scenario with a token added to the vocabulary as a zero vector (unchanged if it is there). Pure. */
export function withVocabularyToken<S extends Scenario>(scenario: S, token: string): S {
  const key = vocabularyKey(token);
  if (vocabularyVector(scenario.vocabulary, key)) return scenario;
  return { ...scenario, vocabulary: { ...scenario.vocabulary, [key]: new Array<number>(scenario.features.length).fill(0) } };
}

/**
 * The scenario with a new input feature: every vocabulary vector gets a 0 for it and every weight matrix a
 * column of zeros, so nothing the cell computes changes until the user gives the feature weight. Pure.
 */
export function withFeatureAdded<S extends Scenario>(scenario: S, name: string): S {
  return {
    ...withParams(scenario, mapParameters(cellOf(scenario), scenario.params, (row) => [...row, 0])),
    features: [...scenario.features, name],
    vocabulary: mapVocabulary(scenario, (vector) => [...vector, 0]),
  };
}

/** The scenario with a feature renamed. Pure. */
export function withFeatureRenamed<S extends Scenario>(scenario: S, index: number, name: string): S {
  return { ...scenario, features: scenario.features.map((feature, k) => (k === index ? name : feature)) };
}

/** The scenario without one feature: its vocabulary entries and its weight column go with it. Pure. */
export function withFeatureRemoved<S extends Scenario>(scenario: S, index: number): S {
  const hiddenSize = hiddenSizeOf(scenario);
  return {
    ...withParams(scenario, mapParameters(cellOf(scenario), scenario.params, (row) => row.filter((_, k) => k !== hiddenSize + index))),
    features: scenario.features.filter((_, k) => k !== index),
    vocabulary: mapVocabulary(scenario, (vector) => vector.filter((_, k) => k !== index)),
  };
}

/**
 * The scenario with another hidden size. Weights between units that exist in both keep their values;
 * every new weight and bias comes from `seed`, so the same seed always gives the same cell (a new unit's
 * peepholes start at 0, as a switch to the peephole cell does). Pure.
 */
export function withHiddenSize<S extends Scenario>(scenario: S, hiddenSize: number, seed: number): S {
  const kind = cellOf(scenario);
  const oldSize = hiddenSizeOf(scenario);
  const fresh = randomCellParams(kind, hiddenSize, scenario.features.length, seed);
  // Old column of a new column index: h columns map unit to unit, x columns shift with H.
  const oldColumn = (column: number) => (column < hiddenSize ? (column < oldSize ? column : -1) : column - hiddenSize + oldSize);
  const record: Record<string, number[][] | number[]> = {};
  for (const name of CELL_PARAMETERS[kind].weights) {
    const old = matrixOf(scenario.params, name) ?? [];
    record[name] = (matrixOf(fresh, name) ?? []).map((row, r) =>
      row.map((value, c) => {
        const source = oldColumn(c);
        return r < oldSize && source >= 0 ? old[r][source] : value;
      }),
    );
  }
  for (const name of CELL_PARAMETERS[kind].vectors) {
    const old = vectorOf(scenario.params, name) ?? [];
    record[name] = (vectorOf(fresh, name) ?? []).map((value, r) => (r < oldSize ? old[r] : value));
  }
  const resizeState = (state: number[] | undefined) =>
    state ? Array.from({ length: hiddenSize }, (_, k) => state[k] ?? 0) : undefined;
  const resized = withParams(scenario, record as unknown as CellParams);
  return { ...resized, h0: resizeState(scenario.h0), c0: resizeState(scenario.c0) };
}

function mapVocabulary(scenario: Scenario, change: (vector: number[]) => number[]): Record<string, number[]> {
  return Object.fromEntries(Object.entries(scenario.vocabulary).map(([token, vector]) => [token, change(vector)]));
}
