import { describe, expect, it } from 'vitest';
import { runCoupledLstm, runGru, runPeepholeLstm } from '../../src/core';
import { alicePreset, withCell, type Scenario } from '../../src/model';
import { compareCells } from '../../src/model/comparison';
import { encodeSentence } from '../../src/model/encode';

const xs = () => encodeSentence(alicePreset).map((token) => [...token.vector]);

describe('compareCells in every cell', () => {
  it('peephole: compares its own cell state, with its candidate layer as the RNN', () => {
    const converted = withCell(alicePreset, 'peephole');
    if (converted.cell !== 'peephole') throw new Error('expected a peephole scenario');
    const scenario: Scenario = { ...converted, params: { ...converted.params, pf: [0.8], pi: [-0.6], po: [0.4] } };
    const comparison = compareCells(scenario);
    const steps = runPeepholeLstm({ ...converted.params, pf: [0.8], pi: [-0.6], po: [0.4] }, xs(), { h0: scenario.h0, c0: scenario.c0 });
    expect(comparison.cell).toBe('peephole');
    expect(comparison.memory).toEqual(steps.map((step) => step.c));
    expect(comparison.hidden).toEqual(steps.map((step) => step.h));
    expect(comparison.rnnParams).toEqual({ W: converted.params.Wc, b: converted.params.bc });
    // With all peepholes 0 (as the switch leaves them) it is the standard LSTM exactly.
    expect(compareCells(converted).share).toEqual(compareCells(alicePreset).share);
  });

  it('coupled: its cell state, i = 1 − f', () => {
    const scenario = withCell(alicePreset, 'coupled');
    if (scenario.cell !== 'coupled') throw new Error('expected a coupled scenario');
    const comparison = compareCells(scenario, 3);
    expect(comparison.memory).toEqual(runCoupledLstm(scenario.params, xs(), { h0: scenario.h0, c0: scenario.c0 }).map((step) => step.c));
    expect(comparison.share.cell.slice(0, 4)).toEqual([0, 0, 0, 1]);
  });

  it('GRU: compares its h (it has no cell state) with the RNN built from Wh, bh', () => {
    const scenario = withCell(alicePreset, 'gru');
    if (scenario.cell !== 'gru') throw new Error('expected a GRU scenario');
    const comparison = compareCells(scenario);
    const hs = runGru(scenario.params, xs(), { h0: scenario.h0 }).map((step) => step.h);
    expect(comparison.cell).toBe('gru');
    expect(comparison.memory).toEqual(hs);
    expect(comparison.hidden).toBe(comparison.memory);
    expect(comparison.rnnParams).toEqual({ W: scenario.params.Wh, b: scenario.params.bh });
    expect(comparison.share.cell[0]).toBe(1);
    // Alice's GRU keeps 1 − z = f of h each word, so more of Alice is left in it than in the RNN at "She".
    expect(comparison.share.cell[3]).toBeGreaterThan(comparison.share.rnn[3]);
  });
});
