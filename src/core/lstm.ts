import { flattenRows, flattenVector } from './flat';
import { lstmForward } from './lstmEngine';
import { lstmStepsOf, lstmWeightsOf } from './lstmRecords';
import { checkMatrix, checkVector, hiddenSizeOf } from './validate';

/**
 * LSTM parameters. Every matrix has H rows and H + D columns: columns 0..H-1 multiply h_{t-1},
 * columns H..H+D-1 multiply x_t (the concatenation [h_{t-1}, x_t]). Biases have H entries.
 */
export interface LstmParams {
  Wf: number[][];
  Wi: number[][];
  Wc: number[][];
  Wo: number[][];
  bf: number[];
  bi: number[];
  bc: number[];
  bo: number[];
}

/** Optional initial state; both default to zeros. */
export interface LstmInit {
  h0?: number[];
  c0?: number[];
}

/** Everything the cell computed at one time step, at full float64 precision (plain data). */
export interface LstmStep {
  /** input x_t (D) */
  x: number[];
  /** h_{t-1} and C_{t-1} (H each) */
  hPrev: number[];
  cPrev: number[];
  /** pre-activations W·[h_{t-1}, x_t] + b of the forget, input, candidate and output layers */
  zf: number[];
  zi: number[];
  zc: number[];
  zo: number[];
  /** forget gate, input gate, candidate memory, output gate */
  f: number[];
  i: number[];
  cTilde: number[];
  o: number[];
  /** new cell state C_t and hidden state h_t */
  c: number[];
  h: number[];
}

/** The parameter names in a fixed order: forget, input, candidate, output. */
export const LSTM_WEIGHT_NAMES = ['Wf', 'Wi', 'Wc', 'Wo'] as const;
export const LSTM_BIAS_NAMES = ['bf', 'bi', 'bc', 'bo'] as const;

/** Hidden size H and input size D implied by the parameters (D = columns − H). Throws on bad shapes. Pure. */
export function lstmDimensions(params: LstmParams): { hiddenSize: number; inputSize: number } {
  const hiddenSize = hiddenSizeOf('Wf', params?.Wf);
  const firstRow: unknown = params.Wf[0];
  const columns = Array.isArray(firstRow) ? firstRow.length : 0;
  const inputSize = columns - hiddenSize;
  if (inputSize < 0) throw new Error(`Wf row 0 has ${columns} columns, expected at least H=${hiddenSize}`);
  checkLstmParams(params, hiddenSize, inputSize);
  return { hiddenSize, inputSize };
}

/** Throws an Error naming the offending parameter unless every matrix is H × (H + D) and every bias has H entries. Pure. */
export function checkLstmParams(params: LstmParams, hiddenSize: number, inputSize: number): void {
  if (params === null || typeof params !== 'object') throw new Error('params must be an object');
  const why = `H=${hiddenSize} + D=${inputSize}`;
  for (const name of LSTM_WEIGHT_NAMES) {
    checkMatrix(name, params[name], hiddenSize, hiddenSize + inputSize, why);
  }
  for (const name of LSTM_BIAS_NAMES) checkVector(name, params[name], hiddenSize);
}

/** One LSTM step from (h_{t-1}, C_{t-1}) and x_t. Validates shapes; never mutates its inputs. */
export function lstmStep(params: LstmParams, x: number[], hPrev: number[], cPrev: number[]): LstmStep {
  const hiddenSize = hiddenSizeOf('Wf', params?.Wf);
  checkVector('x', x, Array.isArray(x) || ArrayBuffer.isView(x) ? x.length : 0);
  checkInputAgainstWeights(params, hiddenSize, 'x', x);
  checkLstmParams(params, hiddenSize, x.length);
  checkVector('hPrev', hPrev, hiddenSize);
  checkVector('cPrev', cPrev, hiddenSize);
  return computeSteps(params, [x], hPrev, cPrev, hiddenSize, x.length)[0];
}

/**
 * Runs the cell over a sequence from h0 and c0 (zeros by default) and returns one LstmStep per input.
 * `runLstm(params, [])` is `[]`. Validates everything up front; never mutates its inputs.
 */
export function runLstm(params: LstmParams, xs: number[][], init: LstmInit = {}): LstmStep[] {
  if (params === null || typeof params !== 'object') throw new Error('params must be an object');
  if (!Array.isArray(xs)) throw new Error('xs must be an array of input vectors');
  if (xs.length === 0) return [];
  const hiddenSize = hiddenSizeOf('Wf', params?.Wf);
  const first: unknown = xs[0];
  const inputSize = Array.isArray(first) || ArrayBuffer.isView(first) ? (first as ArrayLike<number>).length : 0;
  checkInputAgainstWeights(params, hiddenSize, 'x[0]', first);
  checkLstmParams(params, hiddenSize, inputSize);
  xs.forEach((x, t) => checkVector(`x[${t}]`, x, inputSize));
  const h0 = init.h0 ?? new Array<number>(hiddenSize).fill(0);
  const c0 = init.c0 ?? new Array<number>(hiddenSize).fill(0);
  checkVector('h0', h0, hiddenSize);
  checkVector('c0', c0, hiddenSize);
  return computeSteps(params, xs, h0, c0, hiddenSize, inputSize);
}

/**
 * D is read from the input, so that a single weight row of the wrong length is the one named. But when
 * row 0 of all four weight matrices agrees on one width H + D' and the input is not D' long, the input
 * is the odd one out: name it (as checkVector would) rather than blaming Wf. Pure.
 */
function checkInputAgainstWeights(params: LstmParams, hiddenSize: number, name: string, input: unknown): void {
  const widths = LSTM_WEIGHT_NAMES.map((weightName) => {
    const matrix: unknown = params[weightName];
    const row: unknown = Array.isArray(matrix) || ArrayBuffer.isView(matrix) ? (matrix as ArrayLike<unknown>)[0] : undefined;
    return Array.isArray(row) || ArrayBuffer.isView(row) ? (row as ArrayLike<unknown>).length : -1;
  });
  const width = widths[0];
  if (width > hiddenSize && widths.every((w) => w === width)) checkVector(name, input, width - hiddenSize);
}

/**
 * The six LSTM equations on already-validated inputs, run on flat float64 buffers by the engine the
 * variants and gradLstm share (the same summation order as W·[h, x] + b row by row, so the values are
 * bit-for-bit those of a plain nested-array loop).
 */
function computeSteps(
  params: LstmParams,
  xs: ArrayLike<ArrayLike<number>>,
  h0: ArrayLike<number>,
  c0: ArrayLike<number>,
  hiddenSize: number,
  inputSize: number,
): LstmStep[] {
  const weights = lstmWeightsOf(params, hiddenSize, inputSize, { peephole: false, coupled: false });
  const run = lstmForward(weights, flattenRows(xs, inputSize), xs.length, flattenVector(h0, hiddenSize), flattenVector(c0, hiddenSize));
  return lstmStepsOf(run, hiddenSize, inputSize);
}
