import { LSTM_BIAS_NAMES, LSTM_WEIGHT_NAMES, type LstmParams } from '../core';
import { isLstmScenario, type Scenario } from './scenario';
import type { ScenarioTrace } from './trace';

/** One rounded figure a source article prints for unit 0 of the cell at a step. */
export interface SourceFigure {
  step: number;
  quantity: 'c' | 'h';
  /** exactly as printed, e.g. "0.012"; its decimals are the article's rounding */
  printed: string;
  /** true when the article asserts the figure without working it out (a skipped step) */
  stated?: boolean;
}

/**
 * A source article's figures together with what it computed them from. The figures only describe a
 * trace with these parameters, these inputs at the figures' steps and this initial state.
 */
export interface SourceFigures {
  /** where the figures come from, e.g. "seeds/002" */
  source: string;
  params: LstmParams;
  /** x_0, x_1, … as the article fed them, at least up to the last figure's step */
  inputs: number[][];
  h0: number[];
  c0: number[];
  figures: SourceFigure[];
}

/** A printed figure next to the live exact value. */
export interface FigureComparison extends SourceFigure {
  article: number;
  /** decimals printed by the article */
  decimals: number;
  exact: number;
  /** the exact value is within FIGURE_TOLERANCE_UNITS units of the article's last printed digit */
  agrees: boolean;
}

/** Either the comparison, or why it no longer applies to what the user is looking at. */
export type FigureCheck =
  | { applies: true; comparisons: FigureComparison[] }
  | { applies: false; reason: 'parameters' | 'inputs' };

/**
 * How far, in units of the last printed digit, an exact value may sit from a printed one and still agree.
 * Final rounding accounts for half a unit; an article that carries rounded intermediate results (0.62 ×
 * 0.197 ≈ 0.122 where the exact C₀ is 0.12286) drifts by about one more, so 1.5 accepts rounding as you go
 * but not a wrong input.
 */
export const FIGURE_TOLERANCE_UNITS = 1.5;

/** Compares a scenario's source figures with its trace; null when the scenario has none. Pure. */
export function checkSourceFigures(scenario: Scenario, trace: ScenarioTrace): FigureCheck | null {
  const source = scenario.sourceFigures;
  if (!source) return null;
  // Figures of the standard LSTM say nothing about another cell, even one converted from the same weights.
  if (!isLstmScenario(scenario) || !sameParams(source.params, scenario.params)) return { applies: false, reason: 'parameters' };
  const lastStep = Math.max(...source.figures.map((figure) => figure.step));
  const first = trace.steps[0];
  const inputsMatch =
    first !== undefined &&
    sameVector(first.hPrev, source.h0) &&
    sameVector(first.cPrev, source.c0) &&
    source.figures.every((figure) => trace.steps[figure.step] !== undefined) &&
    trace.steps.slice(0, lastStep + 1).every((step, t) => source.inputs[t] !== undefined && sameVector(step.x, source.inputs[t]));
  if (!inputsMatch) return { applies: false, reason: 'inputs' };
  return { applies: true, comparisons: source.figures.map((figure) => compare(figure, trace)) };
}

function compare(figure: SourceFigure, trace: ScenarioTrace): FigureComparison {
  const article = Number(figure.printed);
  const decimals = figure.printed.split('.')[1]?.length ?? 0;
  const exact = trace.steps[figure.step][figure.quantity][0];
  const agrees = Math.abs(exact - article) <= FIGURE_TOLERANCE_UNITS * 10 ** -decimals;
  return { ...figure, article, decimals, exact, agrees };
}

function sameParams(a: LstmParams, b: LstmParams): boolean {
  return (
    LSTM_WEIGHT_NAMES.every((name) => a[name].length === b[name].length && a[name].every((row, r) => sameVector(row, b[name][r]))) &&
    LSTM_BIAS_NAMES.every((name) => sameVector(a[name], b[name]))
  );
}

function sameVector(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  return a.length === b.length && Array.from(a).every((value, k) => value === b[k]);
}
