import type { CoupledLstmParams, GruParams, LstmParams, PeepholeLstmParams } from '../core';
import type { SourceFigures } from './articleFigures';

/**
 * The recurrent cells the explainer can show: the standard LSTM, the LSTM with peephole connections,
 * the LSTM with coupled input and forget gates (i = 1 − f) and the gated recurrent unit (seed 001's
 * three variants).
 */
export type CellKind = 'lstm' | 'peephole' | 'coupled' | 'gru';

/** The cells in the order the switch offers them. */
export const CELL_KINDS: readonly CellKind[] = ['lstm', 'peephole', 'coupled', 'gru'];

/** What every scenario has, whatever its cell. */
export interface ScenarioBase {
  /** Short name shown in the header and the preset menu. */
  title: string;
  /** One sentence explaining what the example shows. */
  description: string;
  sentence: string;
  /** Names of the D input features, e.g. ["female", "verb", "pronoun"]. */
  features: string[];
  /** token (in the form produced by `vocabularyKey`) → feature vector of length D */
  vocabulary: Record<string, number[]>;
  h0?: number[];
  /** the initial cell state; only the LSTM family has one (a GRU scenario never carries c0) */
  c0?: number[];
  /** A source article's rounded figures for this example, so the UI can compare them with the exact trace. */
  sourceFigures?: SourceFigures;
}

/** A standard LSTM scenario. `cell` is absent (or 'lstm'), so every scenario written before the switch is one. */
export interface LstmScenario extends ScenarioBase {
  cell?: 'lstm';
  params: LstmParams;
}

/** An LSTM whose gates also look at the cell state through the peephole vectors pf, pi, po. */
export interface PeepholeScenario extends ScenarioBase {
  cell: 'peephole';
  params: PeepholeLstmParams;
}

/** An LSTM whose input gate is 1 − f: no Wi, no bi. */
export interface CoupledScenario extends ScenarioBase {
  cell: 'coupled';
  params: CoupledLstmParams;
}

/** A gated recurrent unit: update gate z, reset gate r, candidate h̃; h rides the belt and there is no c0. */
export interface GruScenario extends ScenarioBase {
  cell: 'gru';
  params: GruParams;
}

/**
 * Everything the explainer needs to run one example: a sentence, the names of the input features, the
 * vocabulary mapping each token to a feature vector, which cell runs, and that cell's parameters.
 */
export type Scenario = LstmScenario | PeepholeScenario | CoupledScenario | GruScenario;

/** The parameters of any cell. */
export type CellParams = Scenario['params'];

/** The cell a scenario runs ('lstm' when the field is absent). Pure. */
export function cellOf(scenario: Pick<Scenario, 'cell'>): CellKind {
  return scenario.cell ?? 'lstm';
}

/** True for a standard LSTM scenario, whose params are the core's LstmParams. Pure. */
export function isLstmScenario(scenario: Scenario): scenario is LstmScenario {
  return scenario.cell === undefined || scenario.cell === 'lstm';
}

/** Number of hidden units H of a scenario (rows of its first weight matrix). Pure. */
export function hiddenSizeOf(scenario: Scenario): number {
  return scenario.cell === 'gru' ? scenario.params.Wz.length : scenario.params.Wf.length;
}

/** Vocabulary lookups ignore case so "She" and "she" share one entry. Pure. */
export function vocabularyKey(token: string): string {
  return token.toLocaleLowerCase();
}

/**
 * The feature vector the vocabulary gives a token, or undefined. Looks at own entries only, so words like
 * "constructor" or "__proto__" are ordinary words and never reach Object.prototype. Pure.
 */
export function vocabularyVector(vocabulary: Record<string, number[]>, token: string): number[] | undefined {
  const key = vocabularyKey(token);
  return Object.hasOwn(vocabulary, key) ? vocabulary[key] : undefined;
}
