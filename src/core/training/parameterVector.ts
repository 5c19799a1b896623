/**
 * The classifier's parameters as one flat vector for the optimiser, in a fixed order: Wf, Wi, Wc, Wo
 * (row by row), bf, bi, bc, bo, the readout's w, then its b. Gradients are packed in the same order.
 */
import type { LstmParams } from '../lstm';
import type { ClassifierGradients, SequenceClassifier } from './classifier';

const WEIGHTS = ['Wf', 'Wi', 'Wc', 'Wo'] as const;
const BIASES = ['bf', 'bi', 'bc', 'bo'] as const;

/** How many numbers a classifier with H hidden units and D features has: 4·H·(H + D) + 4·H + H + 1. Pure. */
export function classifierSize(H: number, D: number): number {
  return 4 * H * (H + D) + 5 * H + 1;
}

/** A new flat vector holding the model's parameters. Reads only. */
export function packClassifier(model: SequenceClassifier): Float64Array {
  const H = model.lstm.Wf.length;
  const D = model.lstm.Wf[0].length - H;
  const flat = new Float64Array(classifierSize(H, D));
  let k = 0;
  for (const name of WEIGHTS) for (const row of model.lstm[name]) for (const value of row) flat[k++] = value;
  for (const name of BIASES) for (const value of model.lstm[name]) flat[k++] = value;
  for (const value of model.readout.w) flat[k++] = value;
  flat[k] = model.readout.b;
  return flat;
}

/** A new classifier (plain nested arrays) read from a flat vector. Reads only. */
export function unpackClassifier(flat: Float64Array, H: number, D: number): SequenceClassifier {
  if (flat.length !== classifierSize(H, D)) throw new Error(`parameter vector has ${flat.length} entries, expected ${classifierSize(H, D)} for H=${H}, D=${D}`);
  let k = 0;
  const matrix = (): number[][] => Array.from({ length: H }, () => Array.from({ length: H + D }, () => flat[k++]));
  const vector = (): number[] => Array.from({ length: H }, () => flat[k++]);
  const [Wf, Wi, Wc, Wo] = [matrix(), matrix(), matrix(), matrix()];
  const [bf, bi, bc, bo] = [vector(), vector(), vector(), vector()];
  const lstm: LstmParams = { Wf, Wi, Wc, Wo, bf, bi, bc, bo };
  const w = vector();
  return { lstm, readout: { w, b: flat[k] } };
}

/** Adds scale × the gradients into `into` (same order as packClassifier). Mutates `into` only. */
export function accumulateGradients(into: Float64Array, grads: ClassifierGradients, scale: number): void {
  let k = 0;
  const { lstm, readout } = grads;
  for (const matrix of [lstm.dWf, lstm.dWi, lstm.dWc, lstm.dWo]) for (const row of matrix) for (const value of row) into[k++] += scale * value;
  for (const vector of [lstm.dbf, lstm.dbi, lstm.dbc, lstm.dbo]) for (const value of vector) into[k++] += scale * value;
  for (const value of readout.dw) into[k++] += scale * value;
  into[k] += scale * readout.db;
}
