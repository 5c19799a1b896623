/**
 * Property tests (fast-check) for the LSTM core: invariants that must hold for every shape and every
 * finite parameter value, including weights large enough to saturate every gate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lstmStep, runLstm, sigmoid, tanh, type LstmParams, type LstmStep } from '../../src/core';
import { deepFreeze } from './helpers';

/** Fixed seed so a failure reproduces; fast-check prints the counterexample and its path. */
const FC_OPTIONS = { seed: 20240611, numRuns: 200 } as const;

interface LstmCase {
  params: LstmParams;
  xs: number[][];
  h0?: number[];
  c0?: number[];
}

/**
 * Magnitudes of every weight, bias, input and initial state. 1e150 is the largest that cannot
 * overflow: a pre-activation sums at most 8 + 5 + 1 = 14 products of two numbers ≤ 1e150, far below
 * Number.MAX_VALUE ≈ 1.8e308. (Beyond that, W·[h, x] itself can overflow to ±Infinity, or to NaN
 * when +Infinity and −Infinity terms meet, which no activation can repair.)
 */
const SCALES = [1, 10, 1e3, 1e6, 1e150] as const;

const lstmCase: fc.Arbitrary<LstmCase> = fc
  .record({
    H: fc.integer({ min: 1, max: 8 }),
    D: fc.integer({ min: 1, max: 5 }),
    T: fc.integer({ min: 1, max: 12 }),
    scale: fc.constantFrom(...SCALES),
  })
  .chain(({ H, D, T, scale }) => {
    const value = fc.double({ min: -scale, max: scale, noNaN: true });
    const vector = (n: number): fc.Arbitrary<number[]> => fc.array(value, { minLength: n, maxLength: n });
    const matrix = (rows: number, cols: number): fc.Arbitrary<number[][]> =>
      fc.array(vector(cols), { minLength: rows, maxLength: rows });
    return fc.record({
      params: fc.record({
        Wf: matrix(H, H + D),
        Wi: matrix(H, H + D),
        Wc: matrix(H, H + D),
        Wo: matrix(H, H + D),
        bf: vector(H),
        bi: vector(H),
        bc: vector(H),
        bo: vector(H),
      }),
      xs: matrix(T, D),
      h0: fc.option(vector(H), { nil: undefined }),
      c0: fc.option(vector(H), { nil: undefined }),
    });
  });

function run(testCase: LstmCase): LstmStep[] {
  return runLstm(testCase.params, testCase.xs, { h0: testCase.h0, c0: testCase.c0 });
}

const STEP_KEYS = ['x', 'hPrev', 'cPrev', 'zf', 'zi', 'zc', 'zo', 'f', 'i', 'cTilde', 'o', 'c', 'h'] as const;

describe('runLstm invariants on random shapes and weights', () => {
  it('gates f, i, o lie in [0, 1]; cTilde and h lie in [−1, 1]', () => {
    fc.assert(
      fc.property(lstmCase, (testCase) => {
        for (const step of run(testCase)) {
          for (const gate of [step.f, step.i, step.o]) for (const g of gate) expect(g >= 0 && g <= 1).toBe(true);
          for (const v of [...step.cTilde, ...step.h]) expect(v >= -1 && v <= 1).toBe(true);
        }
      }),
      FC_OPTIONS,
    );
  });

  it('|C_t| ≤ |C_{t−1}| + 1 elementwise (exact: f ≤ 1, |i · cTilde| ≤ 1, rounding is monotone)', () => {
    fc.assert(
      fc.property(lstmCase, (testCase) => {
        for (const step of run(testCase)) {
          step.c.forEach((c, k) => expect(Math.abs(c)).toBeLessThanOrEqual(Math.abs(step.cPrev[k]) + 1));
        }
      }),
      FC_OPTIONS,
    );
  });

  it('every number in every step is finite', () => {
    fc.assert(
      fc.property(lstmCase, (testCase) => {
        for (const step of run(testCase)) {
          for (const key of STEP_KEYS) for (const v of step[key]) expect(Number.isFinite(v)).toBe(true);
        }
      }),
      FC_OPTIONS,
    );
  });

  it('saturates exactly with huge weights: gates at 0 or 1, cTilde at ±1', () => {
    // Every pre-activation is ±1e6 · (something ≥ 0.5 in size) + small, so |z| ≥ 5e5 and σ, tanh
    // round to their limits exactly in float64.
    const big = 1e6;
    const params: LstmParams = {
      Wf: [[0, big]],
      Wi: [[0, -big]],
      Wc: [[0, big]],
      Wo: [[0, -big]],
      bf: [0],
      bi: [0],
      bc: [0],
      bo: [0],
    };
    const [step] = runLstm(params, [[0.5]], { h0: [0], c0: [3] });
    expect(step.f).toEqual([1]);
    expect(step.i).toEqual([0]);
    expect(step.cTilde).toEqual([1]);
    expect(step.o).toEqual([0]);
    expect(step.c).toEqual([3]); // 1 · 3 + 0 · 1: the memory passes through untouched
    expect(step.h).toEqual([0]);
  });

  it('agrees with the equations evaluated by hand from its own inputs', () => {
    // Pre-activations recomputed as plain dot products over [h_{t−1}, x_t]; the tolerance is a few
    // ulps of the sum of |terms|, which bounds any float64 summation-order difference.
    const ulp = 2 ** -52;
    fc.assert(
      fc.property(lstmCase, (testCase) => {
        const { params } = testCase;
        for (const step of run(testCase)) {
          const input = [...step.hPrev, ...step.x];
          const gates = [
            [params.Wf, params.bf, step.zf],
            [params.Wi, params.bi, step.zi],
            [params.Wc, params.bc, step.zc],
            [params.Wo, params.bo, step.zo],
          ] as const;
          for (const [W, b, z] of gates) {
            W.forEach((row, r) => {
              const terms = [b[r], ...row.map((w, k) => w * input[k])];
              const sum = terms.reduce((a, t) => a + t, 0);
              const bound = 4 * terms.length * ulp * terms.reduce((a, t) => a + Math.abs(t), 0);
              expect(Math.abs(z[r] - sum)).toBeLessThanOrEqual(bound);
            });
          }
          step.c.forEach((c, k) => {
            const expected = step.f[k] * step.cPrev[k] + step.i[k] * step.cTilde[k];
            expect(Math.abs(c - expected)).toBeLessThanOrEqual(4 * ulp * (Math.abs(step.cPrev[k]) + 1));
            expect(Math.abs(step.h[k] - step.o[k] * Math.tanh(c))).toBeLessThanOrEqual(4 * ulp);
          });
        }
      }),
      FC_OPTIONS,
    );
  });

  it('chains the state: step t starts from step t − 1, step 0 from (h0, c0) or zeros', () => {
    fc.assert(
      fc.property(lstmCase, (testCase) => {
        const steps = run(testCase);
        const H = testCase.params.Wf.length;
        expect(steps).toHaveLength(testCase.xs.length);
        expect(steps[0].hPrev).toEqual(testCase.h0 ?? new Array<number>(H).fill(0));
        expect(steps[0].cPrev).toEqual(testCase.c0 ?? new Array<number>(H).fill(0));
        for (let t = 1; t < steps.length; t++) {
          expect(steps[t].hPrev).toEqual(steps[t - 1].h);
          expect(steps[t].cPrev).toEqual(steps[t - 1].c);
        }
        steps.forEach((step, t) => expect(step.x).toEqual(testCase.xs[t]));
      }),
      FC_OPTIONS,
    );
  });

  it('equals a loop of lstmStep, exactly', () => {
    fc.assert(
      fc.property(lstmCase, (testCase) => {
        const H = testCase.params.Wf.length;
        let h = testCase.h0 ?? new Array<number>(H).fill(0);
        let c = testCase.c0 ?? new Array<number>(H).fill(0);
        const looped: LstmStep[] = [];
        for (const x of testCase.xs) {
          const step = lstmStep(testCase.params, x, h, c);
          looped.push(step);
          h = step.h;
          c = step.c;
        }
        expect(run(testCase)).toEqual(looped);
      }),
      FC_OPTIONS,
    );
  });

  it('never mutates its inputs (deep-frozen inputs, and a JSON snapshot before/after)', () => {
    fc.assert(
      fc.property(lstmCase, (testCase) => {
        const before = JSON.stringify(testCase);
        // Unfrozen: any write would show up in the snapshot.
        const steps = run(testCase);
        expect(JSON.stringify(testCase)).toBe(before);
        // Writing into the outputs must not reach the inputs either (no shared arrays).
        for (const step of steps) for (const key of STEP_KEYS) step[key].fill(12345);
        expect(JSON.stringify(testCase)).toBe(before);
        // Frozen: a write would throw a TypeError (ES modules run in strict mode).
        const frozen = deepFreeze(structuredClone(testCase));
        expect(() => run(frozen)).not.toThrow();
        const H = testCase.params.Wf.length;
        expect(() =>
          lstmStep(frozen.params, frozen.xs[0], frozen.h0 ?? new Array<number>(H).fill(0), frozen.c0 ?? new Array<number>(H).fill(0)),
        ).not.toThrow();
        expect(JSON.stringify(frozen)).toBe(before);
      }),
      { ...FC_OPTIONS, numRuns: 100 },
    );
  });
});

describe('sigmoid', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true }); // the whole ±1.8e308 range

  it('is finite and in [0, 1] for every finite z, including ±1e308 and the extremes', () => {
    const extremes = [0, -0, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE];
    for (const z of extremes) {
      const s = sigmoid(z);
      expect(Number.isFinite(s) && s >= 0 && s <= 1, `σ(${z}) = ${s}`).toBe(true);
    }
    fc.assert(
      fc.property(finite, (z) => {
        const s = sigmoid(z);
        expect(Number.isNaN(s)).toBe(false);
        expect(s >= 0 && s <= 1).toBe(true);
      }),
      { ...FC_OPTIONS, numRuns: 2000 },
    );
  });

  it('saturates to exactly 1 and 0 for |z| in the thousands', () => {
    // e^(−1000) underflows to 0 in float64 (below ~e^(−745)), so 1 / (1 + 0) = 1 and e^z / (1 + e^z) = 0.
    fc.assert(
      fc.property(fc.double({ min: 1000, max: 1e6, noNaN: true }), (z) => {
        expect(sigmoid(z)).toBe(1);
        expect(sigmoid(-z)).toBe(0);
      }),
      FC_OPTIONS,
    );
    expect(sigmoid(1e308)).toBe(1);
    expect(sigmoid(-1e308)).toBe(0);
  });

  it('σ(−z) = 1 − σ(z) to 1e-15', () => {
    // Both sides are within a few ulps of a number in [0, 1], so 1e-15 (≈ 4.5 ulps of 1) suffices.
    fc.assert(
      fc.property(finite, (z) => {
        expect(Math.abs(sigmoid(-z) - (1 - sigmoid(z)))).toBeLessThanOrEqual(1e-15);
      }),
      { ...FC_OPTIONS, numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), (z) => {
        expect(Math.abs(sigmoid(-z) - (1 - sigmoid(z)))).toBeLessThanOrEqual(1e-15);
      }),
      { ...FC_OPTIONS, numRuns: 2000 },
    );
  });

  it('equals 1 / (1 + e^(−z)) where that naive formula does not overflow', () => {
    // |z| ≤ 700 keeps e^(±z) finite; the two forms then agree to a few ulps of the result.
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (z) => {
        const naive = 1 / (1 + Math.exp(-z));
        expect(Math.abs(sigmoid(z) - naive)).toBeLessThanOrEqual(4 * 2 ** -52 * naive);
      }),
      { ...FC_OPTIONS, numRuns: 2000 },
    );
    expect(sigmoid(0)).toBe(0.5);
  });

  it('is monotone non-decreasing', () => {
    fc.assert(
      fc.property(finite, finite, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(sigmoid(lo)).toBeLessThanOrEqual(sigmoid(hi));
      }),
      { ...FC_OPTIONS, numRuns: 2000 },
    );
  });
});

describe('tanh', () => {
  it('is finite, in [−1, 1], odd, and exactly ±1 for |z| ≥ 20 for every finite z', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (z) => {
        const t = tanh(z);
        expect(t >= -1 && t <= 1).toBe(true);
        expect(tanh(-z)).toBe(-t);
        if (Math.abs(z) >= 20) expect(Math.abs(t)).toBe(1);
      }),
      { ...FC_OPTIONS, numRuns: 2000 },
    );
  });
});
