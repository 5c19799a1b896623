/**
 * gradSimpleRnn and gradGru against finite differences: every weight, bias, input and h0, and the
 * adjoint of every intermediate value at every step (so dhs), on seeded random shapes (H 1–6, D 1–5,
 * T 1–12). Inputs are deep-frozen, so any mutation throws.
 */
import { describe, expect, it } from 'vitest';
import { gradGru, gradSimpleRnn, runGru, runSimpleRnn, type GruParams, type SimpleRnnParams } from '../../src/core';
import {
  checkInputGradients,
  checkNodeGradients,
  GRADIENT_SCALES,
  gradientShapes,
  newTally,
  reportTally,
  weightedSum,
} from './gradientCheck';
import { deepFreeze, mulberry32, randomMatrix, randomVector } from './helpers';
import { GRU_NODES, referenceGru, referenceSimpleRnn, SIMPLE_RNN_NODES } from './referenceCells';

interface Case<P> {
  name: string;
  params: P;
  xs: number[][];
  dh: number[][];
  init: { h0?: number[] };
}

function makeCases<P>(seed: number, makeParams: (rand: () => number, H: number, D: number, scale: number) => P): Case<P>[] {
  const rand = mulberry32(seed);
  return gradientShapes(rand, 14).map(([H, D, T], n) => {
    const scale = GRADIENT_SCALES[n % GRADIENT_SCALES.length];
    const withInit = n % 2 === 1;
    return deepFreeze({
      name: `#${n}: H=${H} D=${D} T=${T} scale=${scale}${withInit ? ' with h0' : ''}`,
      params: makeParams(rand, H, D, scale),
      xs: randomMatrix(rand, T, D, 1),
      dh: randomMatrix(rand, T, H, 1),
      init: withInit ? { h0: randomVector(rand, H, 1) } : {},
    });
  });
}

describe('gradSimpleRnn matches finite differences', () => {
  const cases = makeCases<SimpleRnnParams>(0x51, (rand, H, D, scale) => ({
    W: randomMatrix(rand, H, H + D, scale),
    b: randomVector(rand, H, scale),
  }));

  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, { params, xs, dh, init }) => {
    const grads = gradSimpleRnn(params, xs, dh, init);
    const tally = newTally();
    const loss = (p: object, x: number[][], i: object): number =>
      weightedSum(dh, runSimpleRnn(p as SimpleRnnParams, x, i).map((s) => s.h));
    checkInputGradients({ params, xs, init }, grads, loss, name, tally);
    const reference = referenceSimpleRnn(params, xs, init);
    runSimpleRnn(params, xs, init).forEach((step, t) =>
      step.h.forEach((h, u) => expect(Math.abs(h - reference[t][u])).toBeLessThan(1e-12)),
    );
    checkNodeGradients(
      SIMPLE_RNN_NODES,
      xs.length,
      params.W.length,
      (nudge) => weightedSum(dh, referenceSimpleRnn(params, xs, init, nudge)),
      (node, t, u) => (node === 'h' ? grads.dhs[t][u] : grads.steps[t].z[u]),
      name,
      tally,
    );
    reportTally(`rnn ${name}`, tally);
  });

  it('per-step records line up with dhs, dxs and dh0', () => {
    const { params, xs, dh, init } = cases[1];
    const grads = gradSimpleRnn(params, xs, dh, init);
    grads.steps.forEach((step, t) => {
      expect(step.h).toEqual(grads.dhs[t]);
      expect(step.x).toEqual(grads.dxs[t]);
      expect(step.hPrev).toEqual(t === 0 ? grads.dh0 : grads.dhs[t - 1]);
    });
  });
});

describe('gradGru matches finite differences', () => {
  const cases = makeCases<GruParams>(0x6a7, (rand, H, D, scale) => ({
    Wz: randomMatrix(rand, H, H + D, scale),
    Wr: randomMatrix(rand, H, H + D, scale),
    Wh: randomMatrix(rand, H, H + D, scale),
    bz: randomVector(rand, H, scale),
    br: randomVector(rand, H, scale),
    bh: randomVector(rand, H, scale),
  }));

  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, { params, xs, dh, init }) => {
    const grads = gradGru(params, xs, dh, init);
    const tally = newTally();
    const loss = (p: object, x: number[][], i: object): number =>
      weightedSum(dh, runGru(p as GruParams, x, i).map((s) => s.h));
    checkInputGradients({ params, xs, init }, grads, loss, name, tally);
    const reference = referenceGru(params, xs, init);
    runGru(params, xs, init).forEach((step, t) =>
      step.h.forEach((h, u) => expect(Math.abs(h - reference[t][u])).toBeLessThan(1e-12)),
    );
    checkNodeGradients(
      GRU_NODES,
      xs.length,
      params.Wz.length,
      (nudge) => weightedSum(dh, referenceGru(params, xs, init, nudge)),
      (node, t, u) => (node === 'h' ? grads.dhs[t][u] : grads.steps[t][node as keyof (typeof grads.steps)[number]][u]),
      name,
      tally,
    );
    reportTally(`gru ${name}`, tally);
  });

  it('per-step records line up with dhs, dxs and dh0', () => {
    const { params, xs, dh, init } = cases[1];
    const grads = gradGru(params, xs, dh, init);
    grads.steps.forEach((step, t) => {
      expect(step.h).toEqual(grads.dhs[t]);
      expect(step.x).toEqual(grads.dxs[t]);
      expect(step.hPrev).toEqual(t === 0 ? grads.dh0 : grads.dhs[t - 1]);
    });
  });
});
