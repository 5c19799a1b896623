import type { CellKind, CellParams } from '../scenario';

/** A weight matrix of any cell: H rows over [h_{t-1}, x_t] (the GRU's Wh over [r ⊙ h_{t-1}, x_t]). */
export type WeightName = 'Wf' | 'Wi' | 'Wc' | 'Wo' | 'Wz' | 'Wr' | 'Wh';

/**
 * A parameter vector with one entry per hidden unit: a bias of any cell, or a peephole weight of the
 * peephole LSTM (pf, pi, po). One name type for both so one edit action serves every vector.
 */
export type BiasName = 'bf' | 'bi' | 'bc' | 'bo' | 'bz' | 'br' | 'bh' | PeepholeName;

/** The peephole LSTM's per-unit weights on the cell state: f and i see C_{t-1}, o sees C_t. */
export type PeepholeName = 'pf' | 'pi' | 'po';

/** Each cell's parameter names: its matrices and its H-entry vectors (biases, then peepholes), in display order. */
export const CELL_PARAMETERS: { readonly [K in CellKind]: { weights: readonly WeightName[]; vectors: readonly BiasName[] } } = {
  lstm: { weights: ['Wf', 'Wi', 'Wc', 'Wo'], vectors: ['bf', 'bi', 'bc', 'bo'] },
  peephole: { weights: ['Wf', 'Wi', 'Wc', 'Wo'], vectors: ['bf', 'bi', 'bc', 'bo', 'pf', 'pi', 'po'] },
  coupled: { weights: ['Wf', 'Wc', 'Wo'], vectors: ['bf', 'bc', 'bo'] },
  gru: { weights: ['Wz', 'Wr', 'Wh'], vectors: ['bz', 'br', 'bh'] },
};

/** Every parameter name of a cell, matrices first. */
export function parameterNames(kind: CellKind): string[] {
  const { weights, vectors } = CELL_PARAMETERS[kind];
  return [...weights, ...vectors];
}

// The parameters as a name → value record: every cell's params are plain objects of matrices and vectors,
// so one reading serves edits, copies and comparisons without a switch per cell.
type ParameterRecord = Record<string, number[][] | number[] | undefined>;

/** A matrix of the params by name, or undefined when this cell has none by that name. Pure. */
export function matrixOf(params: CellParams, name: string): number[][] | undefined {
  const value = (params as unknown as ParameterRecord)[name];
  return Array.isArray(value) && Array.isArray(value[0]) ? (value as number[][]) : undefined;
}

/** A vector of the params by name, or undefined when this cell has none by that name. Pure. */
export function vectorOf(params: CellParams, name: string): number[] | undefined {
  const value = (params as unknown as ParameterRecord)[name];
  return Array.isArray(value) && !Array.isArray(value[0]) ? (value as number[]) : undefined;
}

/**
 * Params of the given kind rebuilt name by name: each matrix row and each vector through the given
 * functions (fresh arrays throughout, fields in the kind's order). Never mutates its input. Pure.
 */
export function mapParameters<P extends CellParams>(
  kind: CellKind,
  params: P,
  row: (values: number[], name: WeightName, index: number) => number[] = (values) => [...values],
  vector: (values: number[], name: BiasName) => number[] = (values) => [...values],
): P {
  const { weights, vectors } = CELL_PARAMETERS[kind];
  const result: ParameterRecord = {};
  for (const name of weights) result[name] = (matrixOf(params, name) ?? []).map((values, index) => row(values, name, index));
  for (const name of vectors) result[name] = vector(vectorOf(params, name) ?? [], name);
  return result as unknown as P;
}
