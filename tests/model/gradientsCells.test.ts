import { describe, expect, it } from 'vitest';
import { gradCoupledLstm, gradGru, gradPeepholeLstm, gruJacobians, runGru, type CoupledLstmParams, type GruParams, type PeepholeLstmParams } from '../../src/core';
import { alicePreset, withCell, type Scenario } from '../../src/model';
import { encodeSentence } from '../../src/model/encode';
import { candidateRnn } from '../../src/model/comparison';
import { gradientExperiment, gradientFlow, gradientFlowOf, upstreamSequence, weightGradientTable, type GradientTarget } from '../../src/model/gradients';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const sum: GradientTarget = { kind: 'hidden', unit: 'all' };
const aliceInputs = encodeSentence(alicePreset).map((token) => token.vector);

/** Alice in the peephole LSTM with peepholes that matter (the switch starts them at 0). */
const alicePeephole: Scenario = (() => {
  const converted = withCell(alicePreset, 'peephole');
  if (converted.cell !== 'peephole') throw new Error('expected a peephole scenario');
  return { ...converted, params: { ...converted.params, pf: [0.8], pi: [-0.6], po: [0.4] } };
})();

describe('gradients through time in every cell', () => {
  it('uses the core’s gradient function of each cell (Alice converted)', () => {
    for (const scenario of [alicePeephole, withCell(alicePreset, 'coupled'), withCell(alicePreset, 'gru')]) {
      const flow = gradientFlow(scenario, candidateRnn(scenario), sum);
      const xs = aliceInputs.map((x) => [...x]);
      const upstream = upstreamSequence(sum, flow.backprop.hidden);
      const init = { h0: scenario.h0, c0: scenario.c0 };
      const core =
        scenario.cell === 'peephole'
          ? gradPeepholeLstm(scenario.params, xs, upstream, init).dcs
          : scenario.cell === 'coupled'
            ? gradCoupledLstm(scenario.params, xs, upstream, init).dcs
            : scenario.cell === 'gru'
              ? gradGru(scenario.params, xs, upstream, { h0: scenario.h0 }).dhs
              : [];
      expect(flow.cell).toBe(scenario.cell);
      expect(flow.backprop.memoryGradient).toEqual(core);
      expect(flow.cellNorm).toEqual(core.map((row) => Math.hypot(...row)));
      expect(flow.tokens).toEqual(['Alice', 'is', 'happy', 'She', 'smiles']);
    }
  });

  it('peephole: ∂L/∂C_0 = ∂L/∂C_1 · (f_1 + C_0 f_1(1 − f_1) p_f + C̃_1 i_1(1 − i_1) p_i), by hand', () => {
    const params: PeepholeLstmParams = {
      Wf: [[0, 1]], Wi: [[0, 0.5]], Wc: [[0, 1]], Wo: [[0, 0]],
      bf: [0], bi: [0], bc: [0], bo: [0], pf: [0.5], pi: [-0.5], po: [0],
    };
    const flow = gradientFlowOf({ cell: 'peephole', params }, { W: params.Wc, b: params.bc }, [[1], [0.5]], sum);
    const c0 = sigmoid(0.5) * Math.tanh(1);
    const f1 = sigmoid(0.5 + 0.5 * c0);
    const i1 = sigmoid(0.25 - 0.5 * c0);
    const candidate1 = Math.tanh(0.5);
    const c1 = f1 * c0 + i1 * candidate1;
    const atEnd = 0.5 * (1 - Math.tanh(c1) ** 2);
    const factor = f1 + c0 * f1 * (1 - f1) * 0.5 + candidate1 * i1 * (1 - i1) * -0.5;
    expect(flow.backprop.memoryGradient[1][0]).toBeCloseTo(atEnd, 14);
    expect(flow.backprop.beltFactor[1][0]).toBeCloseTo(factor, 14);
    expect(flow.backprop.memoryGradient[0][0]).toBeCloseTo(atEnd * factor, 14);
  });

  it('coupled: ∂L/∂C is multiplied by f at every word, and i = 1 − f, by hand', () => {
    const params: CoupledLstmParams = { Wf: [[0, 1]], Wc: [[0, 1]], Wo: [[0, 0]], bf: [0.5], bc: [0], bo: [0] };
    const flow = gradientFlowOf({ cell: 'coupled', params }, { W: params.Wc, b: params.bc }, [[1], [-1], [2]], sum);
    const f = [sigmoid(1.5), sigmoid(-0.5), sigmoid(2.5)];
    let c = 0;
    [1, -1, 2].forEach((x, t) => (c = f[t] * c + (1 - f[t]) * Math.tanh(x)));
    const atEnd = 0.5 * (1 - Math.tanh(c) ** 2);
    expect(flow.backprop.memoryGradient[0][0]).toBeCloseTo(atEnd * f[2] * f[1], 14);
    expect(flow.backprop.beltFactor.map((row) => row[0])).toEqual(f.map((value) => expect.closeTo(value, 14)));
    expect(weightGradientTable(flow).map((row) => row.name)).toEqual(['Wf', 'Wc', 'Wo', 'bf', 'bc', 'bo', 'W', 'b']);
  });

  it('GRU: |∂L/∂h_0| is ∂h_1/∂h_0 with its (1 − z) path and the routes through z, r and h̃, by hand', () => {
    const params: GruParams = { Wz: [[0.4, 1]], Wr: [[-0.7, 0.5]], Wh: [[0.9, -1]], bz: [0.1], br: [0.2], bh: [0.3] };
    const flow = gradientFlowOf({ cell: 'gru', params }, { W: params.Wh, b: params.bh }, [[1], [0.5]], sum, { h0: [0] });
    // Step 0 from h = 0, then step 1 from h_0.
    const z0 = sigmoid(1 + 0.1);
    const h0 = z0 * Math.tanh(-1 + 0.3);
    const z1 = sigmoid(0.4 * h0 + 0.5 + 0.1);
    const r1 = sigmoid(-0.7 * h0 + 0.25 + 0.2);
    const candidate1 = Math.tanh(0.9 * r1 * h0 - 0.5 + 0.3);
    const jacobian = 1 - z1 + (candidate1 - h0) * z1 * (1 - z1) * 0.4 + z1 * (1 - candidate1 ** 2) * 0.9 * (r1 + h0 * r1 * (1 - r1) * -0.7);
    expect(flow.backprop.hidden[0][0]).toBeCloseTo(h0, 14);
    expect(flow.backprop.beltFactor[1][0]).toBeCloseTo(1 - z1, 14);
    expect(flow.backprop.memoryGradient[0][0]).toBeCloseTo(jacobian, 14);
    expect(flow.cellNorm[0]).toBeCloseTo(Math.abs(jacobian), 14);
    expect(flow.hiddenNorm).toEqual(flow.cellNorm);
    expect(flow.backprop.fullJacobian?.[1][0][0]).toBeCloseTo(gruJacobians(params, runGru(params, [[1], [0.5]]))[1].matrix[0][0], 14);
    expect(weightGradientTable(flow).map((row) => row.name)).toEqual(['Wz', 'Wr', 'Wh', 'bz', 'br', 'bh', 'W', 'b']);
  });

  it('lists the peephole weights after the LSTM’s, and runs the long gap in the chosen cell', () => {
    const flow = gradientFlow(alicePeephole, candidateRnn(alicePeephole), sum);
    expect(weightGradientTable(flow).map((row) => row.name)).toEqual(['Wf', 'Wi', 'Wc', 'Wo', 'bf', 'bi', 'bc', 'bo', 'pf', 'pi', 'po', 'W', 'b']);
    for (const cell of ['peephole', 'coupled', 'gru'] as const) {
      const experiment = gradientExperiment(withCell(alicePreset, cell), { source: 'longGap', gap: 10, recurrentScale: 1, target: sum });
      expect(experiment.flow.cell).toBe(cell);
      expect(experiment.flow.tokens).toHaveLength(5 + 10 + 4);
      expect(experiment.flow.cellNorm.every(Number.isFinite)).toBe(true);
    }
  });
});
