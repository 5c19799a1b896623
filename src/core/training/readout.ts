/**
 * The readout: one logistic unit on a hidden state, p = σ(w·h + b), trained with binary cross-entropy
 * L = −[y·ln p + (1 − y)·ln(1 − p)]. Through the logit z = w·h + b, ∂L/∂z = p − y, so
 * ∂L/∂w = (p − y)·h, ∂L/∂b = p − y and ∂L/∂h = (p − y)·w — the last is what enters the LSTM's
 * backward pass as dh at the step the readout reads.
 */
import { sigmoid } from '../activations';

/** The readout's weights: one per hidden unit, and a bias. */
export interface Readout {
  w: number[];
  b: number;
}

/** The logit z = w·h + b. Pure. */
export function readoutLogit(readout: Readout, h: ArrayLike<number>): number {
  let z = readout.b;
  for (let u = 0; u < readout.w.length; u++) z += readout.w[u] * h[u];
  return z;
}

/** The probability p = σ(w·h + b) that the target is 1. Pure. */
export function readoutProbability(readout: Readout, h: ArrayLike<number>): number {
  return sigmoid(readoutLogit(readout, h));
}

/**
 * Binary cross-entropy of σ(z) against target y ∈ {0, 1}, computed from the logit as
 * max(z, 0) − z·y + ln(1 + e^(−|z|)), which stays finite when p rounds to 0 or 1. Pure.
 */
export function binaryCrossEntropy(logit: number, target: number): number {
  return Math.max(logit, 0) - logit * target + Math.log1p(Math.exp(-Math.abs(logit)));
}

/** The gradients of the loss through the readout: ∂L/∂w, ∂L/∂b and ∂L/∂h. Pure. */
export function readoutGradient(readout: Readout, h: ArrayLike<number>, target: number): { dw: number[]; db: number; dh: number[] } {
  const delta = readoutProbability(readout, h) - target;
  const dw = new Array<number>(readout.w.length);
  const dh = new Array<number>(readout.w.length);
  for (let u = 0; u < readout.w.length; u++) {
    dw[u] = delta * h[u];
    dh[u] = delta * readout.w[u];
  }
  return { dw, db: delta, dh };
}
