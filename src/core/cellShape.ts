import { checkMatrix, checkVector, hiddenSizeOf } from './validate';

/**
 * Shape checks shared by every recurrent cell (simple RNN, GRU, LSTM variants), in the style of
 * runLstm: H is the row count of the first weight matrix, D the length of the first input, and every
 * failure throws an Error naming the offending parameter.
 */

/** Names of a cell's parameters: H × (H + D) weight matrices and H-entry vectors (biases, peepholes). */
export interface CellSpec {
  weights: readonly string[];
  vectors: readonly string[];
}

/** Hidden size H, input size D and sequence length T of a validated call. */
export interface CellShape {
  H: number;
  D: number;
  T: number;
}

/**
 * Validates params against the spec and xs (an array of T inputs of equal length D) and returns the
 * shape. With an empty sequence D is read from the weights, so the parameters are still checked. Pure.
 */
export function checkCell(spec: CellSpec, params: unknown, xs: unknown): CellShape {
  if (params === null || typeof params !== 'object') throw new Error('params must be an object');
  const fields = params as Record<string, unknown>;
  const H = hiddenSizeOf(spec.weights[0], fields[spec.weights[0]]);
  if (!Array.isArray(xs)) throw new Error('xs must be an array of input vectors');
  let D: number;
  if (xs.length > 0) {
    const first: unknown = xs[0];
    D = isArrayLike(first) ? first.length : 0;
    checkInputAgainstWeights(spec, fields, H, 'x[0]', first);
  } else {
    const row = rowZero(fields[spec.weights[0]]);
    const columns = row ? row.length : 0;
    D = columns - H;
    if (D < 0) throw new Error(`${spec.weights[0]} row 0 has ${columns} columns, expected at least H=${H}`);
  }
  const why = `H=${H} + D=${D}`;
  for (const name of spec.weights) checkMatrix(name, fields[name], H, H + D, why);
  for (const name of spec.vectors) checkVector(name, fields[name], H);
  xs.forEach((x: unknown, t) => checkVector(`x[${t}]`, x, D));
  return { H, D, T: xs.length };
}

/** Validates the optional initial-state vectors (e.g. h0, c0) of an init object; each must have H entries. Pure. */
export function checkInit(init: unknown, names: readonly string[], H: number): void {
  if (init === undefined) return;
  if (init === null || typeof init !== 'object') throw new Error('init must be an object');
  const fields = init as Record<string, unknown>;
  for (const name of names) if (fields[name] !== undefined) checkVector(name, fields[name], H);
}

/** Validates upstream gradients `name` (e.g. dh): T vectors of H entries, named dh[t] in messages. Pure. */
export function checkUpstream(name: string, value: unknown, T: number, H: number): void {
  if (!Array.isArray(value)) throw new Error(`${name} must be an array of ${T} vectors (one per step)`);
  if (value.length !== T) throw new Error(`${name} has ${value.length} vectors, expected ${T} (one per step)`);
  value.forEach((row: unknown, t) => checkVector(`${name}[${t}]`, row, H));
}

/**
 * When row 0 of every weight matrix agrees on one width H + D' and the input is not D' long, the
 * input is the odd one out: name it rather than the first weight matrix (as runLstm does). Pure.
 */
function checkInputAgainstWeights(
  spec: CellSpec,
  fields: Record<string, unknown>,
  H: number,
  name: string,
  input: unknown,
): void {
  const widths = spec.weights.map((weightName) => rowZero(fields[weightName])?.length ?? -1);
  const width = widths[0];
  if (width > H && widths.every((w) => w === width)) checkVector(name, input, width - H);
}

function rowZero(matrix: unknown): ArrayLike<unknown> | undefined {
  if (!isArrayLike(matrix)) return undefined;
  const row: unknown = matrix[0];
  return isArrayLike(row) ? row : undefined;
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || ArrayBuffer.isView(value);
}
