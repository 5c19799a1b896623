import { describe, expect, it } from 'vitest';
import type { LstmParams } from '../../src/core';
import { alicePreset, longGapPreset } from '../../src/model';
import { longGapRnn } from '../../src/model/comparison';
import {
  gradientExperiment,
  gradientFlow,
  gradientFlowOf,
  largestEntries,
  lossGradient,
  lossOf,
  rnnStepJacobian,
  upstreamSequence,
  weightGradientTable,
  withRecurrentScale,
  type GradientFlow,
  type GradientTarget,
} from '../../src/model/gradients';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The standard LSTM's own run and gradients inside a flow (fails the test for another cell). */
function lstmOf(flow: GradientFlow) {
  if (flow.backprop.core.cell !== 'lstm') throw new Error(`expected the standard LSTM, got ${flow.cell}`);
  return flow.backprop.core;
}
const aliceRnn = { W: alicePreset.params.Wc, b: alicePreset.params.bc };
const sum: GradientTarget = { kind: 'hidden', unit: 'all' };

describe('the scalar at the last word', () => {
  it('reads h_T summed or one unit, or half the squared error to a target', () => {
    expect(lossOf(sum, [0.5, -0.25])).toBe(0.25);
    expect(lossOf({ kind: 'hidden', unit: 1 }, [0.5, -0.25])).toBe(-0.25);
    expect(lossOf({ kind: 'squaredError', unit: 'all', target: 1 }, [0.5, -1])).toBe(0.5 * 0.25 + 0.5 * 4);
    expect(lossGradient({ kind: 'squaredError', unit: 0, target: 1 }, [0.5, -1])).toEqual([-0.5, 0]);
    expect(upstreamSequence(sum, [[1, 2], [3, 4]])).toEqual([[0, 0], [1, 1]]);
    expect(() => lossOf({ kind: 'hidden', unit: 2 }, [0, 0])).toThrow(/unit 2/);
  });
});

describe('gradients through time', () => {
  it('in the RNN, ∂L/∂h_t is the product of tanh′·w over the later words (one unit, by hand)', () => {
    const flow = gradientFlow(alicePreset, aliceRnn, sum);
    // Forward by hand: h = tanh(0.3h + 0.1·female − 0.2·verb + 0.5·pronoun + 0.1).
    const xs = [[1, 0, 0], [0, 1, 0], [0, 0, 0], [1, 0, 1], [0, 1, 0]];
    let h = 0;
    const hs = xs.map(([a, b, c]) => (h = Math.tanh(0.3 * h + 0.1 * a - 0.2 * b + 0.5 * c + 0.1)));
    const T = hs.length - 1;
    for (let t = 0; t <= T; t++) {
      let product = 1;
      for (let s = t + 1; s <= T; s++) product *= (1 - hs[s] ** 2) * 0.3;
      expect(flow.rnn.dhs[t][0]).toBeCloseTo(product, 14);
      expect(flow.rnnHiddenNorm[t]).toBeCloseTo(Math.abs(product), 14);
      expect(flow.rnnJacobian[t][0][0]).toBeCloseTo((1 - hs[t] ** 2) * 0.3, 14);
    }
  });

  it('in the LSTM with the h paths switched off, ∂L/∂C_t is the product of the forget gates', () => {
    // Every gate reads only x (h columns 0) and the forget gate is a constant σ(1.5): the only way back is the belt.
    const params: LstmParams = {
      Wf: [[0, 0, 0]],
      Wi: [[0, 1, -0.5]],
      Wc: [[0, 0.8, 0.3]],
      Wo: [[0, 0.4, 0.2]],
      bf: [1.5],
      bi: [0.1],
      bc: [-0.2],
      bo: [0.3],
    };
    const xs = [[1, 0], [0, 1], [0.5, 0.5], [1, 1], [0, 0], [0.2, -0.4], [1, -1]];
    const flow = gradientFlowOf({ params }, { W: params.Wc, b: params.bc }, xs, sum);
    const lstm = lstmOf(flow).gradients;
    const T = xs.length - 1;
    const last = lstmOf(flow).steps[T];
    // ∂h_T/∂C_T = o_T·(1 − tanh²C_T), then × f back along the belt at each step.
    const atEnd = last.o[0] * (1 - Math.tanh(last.c[0]) ** 2);
    const f = sigmoid(1.5);
    for (let t = 0; t <= T; t++) expect(lstm.dcs[t][0]).toBeCloseTo(atEnd * f ** (T - t), 14);
    expect(lstm.dc0[0]).toBeCloseTo(atEnd * f ** (T + 1), 14);
    // h_t for t < T reaches nothing: its gradient is exactly zero.
    lstm.dhs.slice(0, T).forEach((dh) => expect(dh[0]).toBe(0));
    expect(flow.cellNorm[0]).toBeCloseTo(Math.abs(atEnd) * f ** T, 14);
  });

  it('matches a finite difference of the loss for a squared error, in both cells', () => {
    const target: GradientTarget = { kind: 'squaredError', unit: 'all', target: 0.7 };
    const flow = gradientFlow(alicePreset, aliceRnn, target);
    const epsilon = 1e-6;
    const nudged = (delta: number) => {
      const Wc = alicePreset.params.Wc.map((row) => [...row]);
      Wc[0][1] += delta;
      const params = { ...alicePreset.params, Wc };
      return gradientFlow({ ...alicePreset, params }, { W: Wc, b: params.bc }, target).loss;
    };
    const up = nudged(epsilon);
    const down = nudged(-epsilon);
    expect((up.cell - down.cell) / (2 * epsilon)).toBeCloseTo(lstmOf(flow).gradients.dWc[0][1], 8);
    expect((up.rnn - down.rnn) / (2 * epsilon)).toBeCloseTo(flow.rnn.dW[0][1], 8);
  });

  it('along the long gap, the LSTM’s ∂L/∂C shrinks by σ(5) a word while the RNN’s shrinks by tanh′·w', () => {
    const experiment = gradientExperiment(longGapPreset, { source: 'longGap', gap: 40, recurrentScale: 1, target: { kind: 'hidden', unit: 0 } });
    const { flow } = experiment;
    const T = flow.tokens.length - 1;
    expect(flow.tokens[experiment.keyWord]).toBe('France');
    for (let t = experiment.keyWord; t < T; t++) {
      expect(lstmOf(flow).gradients.dcs[t][0] / lstmOf(flow).gradients.dcs[t + 1][0]).toBeCloseTo(sigmoid(5), 12);
      const h = flow.rnnSteps[t + 1].h[0];
      expect(flow.rnn.dhs[t][0] / flow.rnn.dhs[t + 1][0]).toBeCloseTo((1 - h * h) * sigmoid(5), 12);
    }
    // After 40 filler words the belt still carries ∂L/∂C within a factor of two; the RNN's is far smaller.
    const lstmKept = flow.cellNorm[experiment.keyWord] / flow.cellNorm[T];
    const rnnKept = flow.rnnHiddenNorm[experiment.keyWord] / flow.rnnHiddenNorm[T];
    expect(lstmKept).toBeGreaterThan(0.5);
    expect(rnnKept).toBeLessThan(lstmKept / 10);
  });

  it('scales only the RNN’s recurrent weights; large ones explode the gradient where h stays near 0', () => {
    expect(withRecurrentScale({ W: [[0.5, 2], [1, 3]].map((row) => [...row, 4]), b: [1, 2] }, 2)).toEqual({
      W: [[1, 4, 4], [2, 6, 4]],
      b: [1, 2],
    });
    // Before France unit 1 holds exactly 0, so each word there multiplies its gradient by w itself.
    const experiment = gradientExperiment(longGapPreset, { source: 'longGap', gap: 5, recurrentScale: 3, target: sum });
    const w = 3 * sigmoid(5);
    const { dhs } = experiment.flow.rnn;
    for (let t = 0; t < 3; t++) expect(dhs[t][0] / dhs[t + 1][0]).toBeCloseTo(w, 12);
    expect(experiment.rnn.W[0][0]).toBeCloseTo(w, 14);
    expect(longGapRnn().W[0][2]).toBe(3);
  });

  it('uses the current sentence and the candidate-layer RNN by default', () => {
    const experiment = gradientExperiment(alicePreset, { source: 'sentence', gap: 10, recurrentScale: 1, target: sum });
    expect(experiment.flow.tokens).toEqual(['Alice', 'is', 'happy', 'She', 'smiles']);
    expect(experiment.rnn).toEqual({ W: alicePreset.params.Wc, b: alicePreset.params.bc });
    expect(experiment.keyWord).toBe(0);
    expect(gradientExperiment(longGapPreset, { source: 'sentence', gap: 1, recurrentScale: 1, target: sum }).keyWord).toBe(4);
  });

  it('gives the RNN step Jacobian diag(1 − h²)·W_h', () => {
    expect(rnnStepJacobian([[1, 2, 9], [3, 4, 9]], [0.5, 0])).toEqual([[0.75, 1.5], [3, 4]]);
  });
});

describe('the weight-gradient table', () => {
  it('lists the largest entries by magnitude, largest first, ties in reading order', () => {
    expect(largestEntries([[0.1, -0.5], [0.5, 0.2]], 3)).toEqual([
      { row: 0, column: 1, value: -0.5 },
      { row: 1, column: 0, value: 0.5 },
      { row: 1, column: 1, value: 0.2 },
    ]);
  });

  it('summarises every LSTM and RNN parameter with its norm', () => {
    const flow = gradientFlow(alicePreset, aliceRnn, sum);
    const table = weightGradientTable(flow, 2);
    const lstm = lstmOf(flow).gradients;
    expect(table.map((row) => row.name)).toEqual(['Wf', 'Wi', 'Wc', 'Wo', 'bf', 'bi', 'bc', 'bo', 'W', 'b']);
    const wf = table[0];
    expect(wf.norm).toBeCloseTo(Math.hypot(...lstm.dWf[0]), 14);
    expect(Math.abs(wf.largest[0].value)).toBe(Math.max(...lstm.dWf[0].map(Math.abs)));
    expect(table[4].largest).toEqual([{ row: 0, column: 0, value: lstm.dbf[0] }]);
  });
});
