import type { LstmGradients, SimpleRnnGradients } from '../../core';

/** One entry of a gradient matrix: row (hidden unit), column (h_{t−1} unit or input feature) and value. */
export interface GradientEntry {
  row: number;
  column: number;
  value: number;
}

/** The gradient of L with respect to one parameter matrix or bias, summarised. */
export interface WeightGradientSummary {
  /** the parameter's name in the core: Wf, Wi, Wc, Wo, bf, bi, bc, bo (LSTM) or W, b (RNN) */
  name: string;
  cell: 'lstm' | 'rnn';
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

function summary(name: string, cell: 'lstm' | 'rnn', matrix: number[][], count: number): WeightGradientSummary {
  const norm = Math.sqrt(matrix.reduce((sum, row) => sum + row.reduce((rowSum, value) => rowSum + value * value, 0), 0));
  return { name, cell, norm, largest: largestEntries(matrix, count) };
}

/** ∂L/∂W and ∂L/∂b of both cells, each with its norm and largest entries (biases as one-column matrices). Pure. */
export function weightGradientTable(lstm: LstmGradients, rnn: SimpleRnnGradients, count = 3): WeightGradientSummary[] {
  const column = (bias: number[]) => bias.map((value) => [value]);
  return [
    summary('Wf', 'lstm', lstm.dWf, count),
    summary('Wi', 'lstm', lstm.dWi, count),
    summary('Wc', 'lstm', lstm.dWc, count),
    summary('Wo', 'lstm', lstm.dWo, count),
    summary('bf', 'lstm', column(lstm.dbf), count),
    summary('bi', 'lstm', column(lstm.dbi), count),
    summary('bc', 'lstm', column(lstm.dbc), count),
    summary('bo', 'lstm', column(lstm.dbo), count),
    summary('W', 'rnn', rnn.dW, count),
    summary('b', 'rnn', column(rnn.db), count),
  ];
}
