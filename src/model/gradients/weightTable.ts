import type { SimpleRnnGradients } from '../../core';
import type { CellKind } from '../scenario';
import type { ParameterGradient } from './cellBackprop';

/** One entry of a gradient matrix: row (hidden unit), column (h_{t−1} unit or input feature) and value. */
export interface GradientEntry {
  row: number;
  column: number;
  value: number;
}

/** The gradient of L with respect to one parameter matrix or bias, summarised. */
export interface WeightGradientSummary {
  /** the parameter's name in the core: Wf, bz, pf … of the cell, or W, b of the RNN */
  name: string;
  /** the cell it belongs to, or 'rnn' */
  cell: CellKind | 'rnn';
  /** Frobenius norm of the whole gradient */
  norm: number;
  /** the `count` entries with the largest magnitude, largest first (ties keep reading order) */
  largest: GradientEntry[];
}

/** The `count` largest-magnitude entries of a matrix, largest first. Pure. */
export function largestEntries(matrix: readonly (readonly number[])[], count: number): GradientEntry[] {
  const entries = matrix.flatMap((row, r) => row.map((value, column) => ({ row: r, column, value })));
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => Math.abs(b.entry.value) - Math.abs(a.entry.value) || a.order - b.order)
    .slice(0, count)
    .map(({ entry }) => entry);
}

function summary(name: string, cell: CellKind | 'rnn', gradient: readonly number[][] | readonly number[], count: number): WeightGradientSummary {
  // Biases and peepholes as one-column matrices.
  const matrix = gradient.map((row) => (Array.isArray(row) ? row : [row]));
  const norm = Math.sqrt(matrix.reduce((sum, row) => sum + row.reduce((rowSum, value) => rowSum + value * value, 0), 0));
  return { name, cell, norm, largest: largestEntries(matrix, count) };
}

/**
 * ∂L/∂W and ∂L/∂b of the cell (in its own order, peepholes last) and of the RNN, each with its norm and
 * largest entries. Pure.
 */
export function weightGradientTable(
  flow: { cell: CellKind; backprop: { parameters: readonly ParameterGradient[] }; rnn: SimpleRnnGradients },
  count = 3,
): WeightGradientSummary[] {
  return [
    ...flow.backprop.parameters.map((parameter) => summary(parameter.name, flow.cell, parameter.gradient, count)),
    summary('W', 'rnn', flow.rnn.dW, count),
    summary('b', 'rnn', flow.rnn.db, count),
  ];
}
