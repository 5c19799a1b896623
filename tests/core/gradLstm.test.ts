/**
 * gradLstm against finite differences: every weight, bias, input, h0 and c0, and the adjoint of every
 * intermediate value (each gate's pre-activation and activation, c_t, h_t — so dhs and dcs) at every
 * step, on seeded random shapes. All inputs are deep-frozen, so any mutation throws.
 */
import { describe, expect, it } from 'vitest';
import { gradLstm, runLstm, type LstmParams } from '../../src/core';
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
import { LSTM_NODES, referenceLstm } from './referenceCells';

interface Case {
  name: string;
  params: LstmParams;
  xs: number[][];
  dh: number[][];
  init: { h0?: number[]; c0?: number[] };
}

function makeCases(): Case[] {
  const rand = mulberry32(0x9ad1);
  return gradientShapes(rand, 16).map(([H, D, T], n) => {
    const scale = GRADIENT_SCALES[n % GRADIENT_SCALES.length];
    const withInit = n % 2 === 1;
    return deepFreeze({
      name: `#${n}: H=${H} D=${D} T=${T} scale=${scale}${withInit ? ' with h0/c0' : ''}`,
      params: randomLstmParams(rand, H, D, scale),
      xs: randomMatrix(rand, T, D, 1),
      dh: randomMatrix(rand, T, H, 1),
      init: withInit ? { h0: randomVector(rand, H, 1), c0: randomVector(rand, H, 2) } : {},
    });
  });
}

describe('gradLstm matches finite differences', () => {
  const cases = makeCases();

  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, testCase) => {
    const { params, xs, dh, init } = testCase;
    const H = params.Wf.length;
    const T = xs.length;
    const grads = gradLstm(params, xs, dh, init);
    const tally = newTally();

    const loss = (p: object, x: number[][], i: object): number =>
      weightedSum(dh, runLstm(p as LstmParams, x, i).map((s) => s.h));
    checkInputGradients({ params, xs, init }, grads, loss, name, tally);

    const variant = { peephole: false, coupled: false };
    const reference = referenceLstm(params, xs, init, variant);
    runLstm(params, xs, init).forEach((step, t) =>
      step.h.forEach((h, u) => expect(Math.abs(h - reference.hs[t][u])).toBeLessThan(1e-12)),
    );
    checkNodeGradients(
      LSTM_NODES,
      T,
      H,
      (nudge) => weightedSum(dh, referenceLstm(params, xs, init, variant, nudge).hs),
      (node, t, u) => {
        if (node === 'h') return grads.dhs[t][u];
        if (node === 'c') return grads.dcs[t][u];
        return grads.steps[t][node as keyof (typeof grads.steps)[number]][u];
      },
      name,
      tally,
    );
    reportTally(name, tally);
  });

  it('exposes consistent per-step records: h, c, hPrev, cPrev, x are dhs, dcs, the previous step and dxs', () => {
    const { params, xs, dh, init } = cases[1];
    const grads = gradLstm(params, xs, dh, init);
    grads.steps.forEach((step, t) => {
      expect(step.h).toEqual(grads.dhs[t]);
      expect(step.c).toEqual(grads.dcs[t]);
      expect(step.x).toEqual(grads.dxs[t]);
      expect(step.hPrev).toEqual(t === 0 ? grads.dh0 : grads.dhs[t - 1]);
      expect(step.cPrev).toEqual(t === 0 ? grads.dc0 : grads.dcs[t - 1]);
    });
  });

  it('gives zero parameter gradients and passes dh straight to nothing for an empty sequence', () => {
    const params = deepFreeze(randomLstmParams(mulberry32(3), 2, 3, 1));
    const grads = gradLstm(params, [], []);
    expect(grads.dWf).toEqual([
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
    expect(grads.dbo).toEqual([0, 0]);
    expect(grads.dh0).toEqual([0, 0]);
    expect(grads.dc0).toEqual([0, 0]);
    expect(grads.dhs).toEqual([]);
    expect(grads.steps).toEqual([]);
  });

  it('with dh only on the last step, ∂L/∂c_t along the belt is the forget-gate product when h does not feed back', () => {
    // With every recurrent weight zero and dh only at T − 1, the only route from c_t to the loss is the
    // belt: dcs[t] = dcs[T−1] · f_{t+1} ⋯ f_{T−1} (seed 000's "linear combination" path).
    const rand = mulberry32(11);
    const H = 2;
    const D = 2;
    const T = 6;
    const base = randomLstmParams(rand, H, D, 1);
    const cutRecurrence = (W: number[][]): number[][] => W.map((row) => row.map((w, k) => (k < H ? 0 : w)));
    const params = deepFreeze({ ...base, Wf: cutRecurrence(base.Wf), Wi: cutRecurrence(base.Wi), Wc: cutRecurrence(base.Wc), Wo: cutRecurrence(base.Wo) });
    const xs = deepFreeze(randomMatrix(rand, T, D, 1));
    const dh = deepFreeze([...Array.from({ length: T - 1 }, () => [0, 0]), [1, -0.5]]);
    const grads = gradLstm(params, xs, dh);
    const steps = runLstm(params, xs);
    for (let t = T - 2; t >= 0; t--) {
      for (let u = 0; u < H; u++) {
        let product = grads.dcs[T - 1][u];
        for (let s = t + 1; s < T; s++) product *= steps[s].f[u];
        expect(grads.dcs[t][u]).toBeCloseTo(product, 14);
      }
    }
  });
});
