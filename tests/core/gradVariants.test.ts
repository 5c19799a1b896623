/**
 * gradPeepholeLstm and gradCoupledLstm against finite differences: every weight, bias, peephole
 * weight, input, h0 and c0, and the adjoint of every gate, c_t and h_t at every step, on seeded random
 * shapes (H 1–6, D 1–5, T 1–12). Inputs are deep-frozen, so any mutation throws.
 */
import { describe, expect, it } from 'vitest';
import {
  gradCoupledLstm,
  gradLstm,
  gradPeepholeLstm,
  runCoupledLstm,
  runPeepholeLstm,
  type CoupledLstmParams,
  type PeepholeLstmParams,
} from '../../src/core';
import {
  checkInputGradients,
  checkNodeGradients,
  GRADIENT_SCALES,
  gradientShapes,
  newTally,
  reportTally,
  weightedSum,
} from './gradientCheck';
import { deepFreeze, mulberry32, randomLstmParams, randomMatrix, randomVector } from './helpers';
import { COUPLED_LSTM_NODES, LSTM_NODES, referenceLstm } from './referenceCells';

interface Case<P> {
  name: string;
  params: P;
  xs: number[][];
  dh: number[][];
  init: { h0?: number[]; c0?: number[] };
}

function makeCases<P>(seed: number, makeParams: (rand: () => number, H: number, D: number, scale: number) => P): Case<P>[] {
  const rand = mulberry32(seed);
  return gradientShapes(rand, 14).map(([H, D, T], n) => {
    const scale = GRADIENT_SCALES[n % GRADIENT_SCALES.length];
    const withInit = n % 2 === 1;
    return deepFreeze({
      name: `#${n}: H=${H} D=${D} T=${T} scale=${scale}${withInit ? ' with h0/c0' : ''}`,
      params: makeParams(rand, H, D, scale),
      xs: randomMatrix(rand, T, D, 1),
      dh: randomMatrix(rand, T, H, 1),
      init: withInit ? { h0: randomVector(rand, H, 1), c0: randomVector(rand, H, 2) } : {},
    });
  });
}

/** Adjoint lookup shared by both variants: h and c from dhs/dcs, every other node from the step record. */
function adjointOf(grads: { dhs: number[][]; dcs: number[][]; steps: object[] }) {
  return (node: string, t: number, u: number): number => {
    if (node === 'h') return grads.dhs[t][u];
    if (node === 'c') return grads.dcs[t][u];
    return (grads.steps[t] as Record<string, number[]>)[node][u];
  };
}

describe('gradPeepholeLstm matches finite differences', () => {
  const variant = { peephole: true, coupled: false };
  const cases = makeCases<PeepholeLstmParams>(0x9e3, (rand, H, D, scale) => ({
    ...randomLstmParams(rand, H, D, scale),
    pf: randomVector(rand, H, scale),
    pi: randomVector(rand, H, scale),
    po: randomVector(rand, H, scale),
  }));

  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, { params, xs, dh, init }) => {
    const grads = gradPeepholeLstm(params, xs, dh, init);
    const tally = newTally();
    const loss = (p: object, x: number[][], i: object): number =>
      weightedSum(dh, runPeepholeLstm(p as PeepholeLstmParams, x, i).map((s) => s.h));
    checkInputGradients({ params, xs, init }, grads, loss, name, tally);
    const reference = referenceLstm(params, xs, init, variant);
    runPeepholeLstm(params, xs, init).forEach((step, t) =>
      step.h.forEach((h, u) => expect(Math.abs(h - reference.hs[t][u])).toBeLessThan(1e-12)),
    );
    checkNodeGradients(
      LSTM_NODES,
      xs.length,
      params.Wf.length,
      (nudge) => weightedSum(dh, referenceLstm(params, xs, init, variant, nudge).hs),
      adjointOf(grads),
      name,
      tally,
    );
    reportTally(`peephole ${name}`, tally);
  });

  it('gives exactly gradLstm’s gradients when pf = pi = po = 0, plus the peepholes’ own slopes', () => {
    const { params, xs, dh, init } = cases[1];
    const H = params.Wf.length;
    const zero = deepFreeze({ ...params, pf: new Array<number>(H).fill(0), pi: new Array<number>(H).fill(0), po: new Array<number>(H).fill(0) });
    const { dpf, dpi, dpo, ...rest } = gradPeepholeLstm(zero, xs, dh, init);
    const { pf, pi, po, ...standard } = zero;
    expect(rest).toEqual(gradLstm(standard, xs, dh, init));
    // The peephole slopes at zero are Σ_t ∂L/∂z ⊙ C, generally non-zero: a peephole would change L.
    expect([...dpf, ...dpi, ...dpo].some((v) => v !== 0)).toBe(true);
  });
});

describe('gradCoupledLstm matches finite differences', () => {
  const variant = { peephole: false, coupled: true };
  const cases = makeCases<CoupledLstmParams>(0xc0de, (rand, H, D, scale) => {
    const { Wf, Wc, Wo, bf, bc, bo } = randomLstmParams(rand, H, D, scale);
    return { Wf, Wc, Wo, bf, bc, bo };
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, { params, xs, dh, init }) => {
    const grads = gradCoupledLstm(params, xs, dh, init);
    const tally = newTally();
    const loss = (p: object, x: number[][], i: object): number =>
      weightedSum(dh, runCoupledLstm(p as CoupledLstmParams, x, i).map((s) => s.h));
    checkInputGradients({ params, xs, init }, grads, loss, name, tally);
    const reference = referenceLstm(params, xs, init, variant);
    runCoupledLstm(params, xs, init).forEach((step, t) =>
      step.h.forEach((h, u) => expect(Math.abs(h - reference.hs[t][u])).toBeLessThan(1e-12)),
    );
    checkNodeGradients(
      COUPLED_LSTM_NODES,
      xs.length,
      params.Wf.length,
      (nudge) => weightedSum(dh, referenceLstm(params, xs, init, variant, nudge).hs),
      adjointOf(grads),
      name,
      tally,
    );
    reportTally(`coupled ${name}`, tally);
  });

  it('has no dWi, dbi or per-step zi', () => {
    const { params, xs, dh, init } = cases[1];
    const grads = gradCoupledLstm(params, xs, dh, init);
    expect(grads).not.toHaveProperty('dWi');
    expect(grads).not.toHaveProperty('dbi');
    grads.steps.forEach((step) => expect(step).not.toHaveProperty('zi'));
  });
});
