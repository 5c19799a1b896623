import { describe, expect, it } from 'vitest';
import { runCoupledLstm, runGru, runLstm, runPeepholeLstm, sigmoid } from '../../src/core';
import {
  alicePreset,
  asLstmScenario,
  CELLS,
  CELL_KINDS,
  cellConversion,
  encodeSentence,
  hiddenSizeOf,
  isGruStep,
  traceScenario,
  withBias,
  withCell,
  withFeatureAdded,
  withFeatureRemoved,
  withHiddenSize,
  withWeight,
  type GruScenario,
  type PeepholeScenario,
  type Scenario,
} from '../../src/model';
import { explainerReducer, initialExplainerState } from '../../src/state';
import { initialScenarioFromLocation } from '../../src/state';

const inputs = (scenario: Scenario) => encodeSentence(scenario).map((token) => token.vector);
const twoUnits: Scenario = withHiddenSize({ ...alicePreset, h0: [0.1], c0: [-0.2] }, 2, 7);

describe('switching cells', () => {
  it('LSTM → peephole starts with zero peepholes, so every number is unchanged', () => {
    const peephole = withCell(alicePreset, 'peephole') as PeepholeScenario;
    expect(peephole.cell).toBe('peephole');
    expect([peephole.params.pf, peephole.params.pi, peephole.params.po]).toEqual([[0], [0], [0]]);
    expect(traceScenario(peephole).steps).toEqual(traceScenario(alicePreset).steps);
    expect(cellConversion(alicePreset, 'peephole')).toBe('exact');
  });

  it('LSTM → coupled drops Wi and bi; the input gate becomes 1 − f', () => {
    const coupled = withCell(alicePreset, 'coupled');
    expect(Object.keys(coupled.params)).toEqual(['Wf', 'Wc', 'Wo', 'bf', 'bc', 'bo']);
    for (const step of traceScenario(coupled).steps) expect(step.i[0]).toBeCloseTo(1 - step.f[0], 15);
    expect(cellConversion(alicePreset, 'coupled')).toBe('dropsInputLayer');
  });

  it('coupled → LSTM sets Wi = −Wf, bi = −bf, so every number is unchanged', () => {
    const coupled = withCell(twoUnits, 'coupled');
    const back = withCell(coupled, 'lstm');
    expect(back.cell).toBeUndefined();
    const before = traceScenario(coupled).steps;
    const after = traceScenario(back).steps;
    after.forEach((step, t) => {
      for (const key of ['f', 'i', 'cTilde', 'o', 'c', 'h'] as const) {
        step[key].forEach((value, unit) => expect(value).toBeCloseTo(before[t][key][unit], 14));
      }
    });
    expect(cellConversion(coupled, 'lstm')).toBe('exact');
  });

  it('LSTM → GRU: update gate from the negated forget layer, reset from the output layer, candidate kept, c0 dropped', () => {
    const gru = withCell(twoUnits, 'gru') as GruScenario;
    const lstm = asLstmScenario(twoUnits).params;
    expect(gru.params.Wz).toEqual(lstm.Wf.map((row) => row.map((w) => 0 - w)));
    expect(gru.params.bz).toEqual(lstm.bf.map((b) => 0 - b));
    expect(gru.params.Wr).toEqual(lstm.Wo);
    expect(gru.params.br).toEqual(lstm.bo);
    expect(gru.params.Wh).toEqual(lstm.Wc);
    expect(gru.params.bh).toEqual(lstm.bc);
    expect('c0' in gru).toBe(false);
    expect(gru.h0).toEqual([0.1, 0]);
    expect(cellConversion(twoUnits, 'gru')).toBe('toGru');
    // At the first step both see the same input and h0: 1 − z is exactly the LSTM's forget gate there.
    const first = traceScenario(gru).cellSteps[0];
    const lstmFirst = traceScenario(twoUnits).steps[0];
    if (!isGruStep(first)) throw new Error('expected a GRU step');
    first.z.forEach((z, unit) => expect(1 - z).toBeCloseTo(lstmFirst.f[unit], 14));
  });

  it('GRU → LSTM → GRU gives the same GRU back', () => {
    const gru = withCell(twoUnits, 'gru');
    expect(withCell(withCell(gru, 'lstm'), 'gru')).toEqual(gru);
    expect(withCell(withCell(gru, 'coupled'), 'gru')).toEqual(gru);
    expect(cellConversion(gru, 'lstm')).toBe('fromGru');
  });

  it('peephole → LSTM drops non-zero peepholes and says so', () => {
    const peephole = withBias(withCell(alicePreset, 'peephole'), 'pf', 0, 0.5);
    expect(cellConversion(peephole, 'lstm')).toBe('dropsPeepholes');
    expect(withCell(peephole, 'lstm')).toEqual({ ...alicePreset, sourceFigures: alicePreset.sourceFigures });
  });

  it('the same cell returns the very same scenario', () => {
    for (const kind of CELL_KINDS) {
      const scenario = withCell(alicePreset, kind);
      expect(withCell(scenario, kind)).toBe(scenario);
      expect(cellConversion(scenario, kind)).toBe('same');
    }
  });

  it('is one undoable reducer action', () => {
    const gru = explainerReducer(initialExplainerState, { type: 'setCell', cell: 'gru' });
    expect(gru.scenario.cell).toBe('gru');
    expect(gru.history.undo).toEqual([alicePreset]);
    expect(explainerReducer(gru, { type: 'undo' }).scenario).toBe(alicePreset);
    expect(explainerReducer(gru, { type: 'setCell', cell: 'gru' })).toBe(gru);
  });

  it('a preset opens in any cell from the query', () => {
    expect(initialScenarioFromLocation('?preset=alice&cell=gru').cell).toBe('gru');
    expect(initialScenarioFromLocation('?preset=stress&tokens=5&hidden=2&cell=coupled').cell).toBe('coupled');
    expect(initialScenarioFromLocation('?preset=alice&cell=nonsense')).toBe(alicePreset);
  });
});

describe("the trace of each cell is the core's", () => {
  it('peephole', () => {
    const scenario = withBias(withBias(withCell(twoUnits, 'peephole'), 'pf', 1, 0.7), 'po', 0, -0.4) as PeepholeScenario;
    const trace = traceScenario(scenario);
    expect(trace.cell).toBe('peephole');
    expect(trace.steps).toEqual(runPeepholeLstm(scenario.params, inputs(scenario), { h0: scenario.h0, c0: scenario.c0 }));
    expect(trace.cellSteps).toBe(trace.steps);
  });

  it('coupled, with zi = −zf so that σ(zi) is its input gate', () => {
    const scenario = withCell(twoUnits, 'coupled');
    if (scenario.cell !== 'coupled') throw new Error('expected coupled');
    const trace = traceScenario(scenario);
    const core = runCoupledLstm(scenario.params, inputs(scenario), { h0: scenario.h0, c0: scenario.c0 });
    trace.steps.forEach((step, t) => {
      const { zi, ...rest } = step;
      expect(rest).toEqual(core[t]);
      zi.forEach((z, unit) => expect(sigmoid(z)).toBeCloseTo(step.i[unit], 15));
    });
  });

  it('GRU: every step in cellSteps, none in steps', () => {
    const scenario = withCell(twoUnits, 'gru') as GruScenario;
    const trace = traceScenario(scenario);
    expect(trace.cell).toBe('gru');
    expect(trace.steps).toEqual([]);
    expect(trace.cellSteps).toEqual(runGru(scenario.params, inputs(scenario), { h0: scenario.h0 }));
    expect(trace.hiddenSize).toBe(2);
  });

  it('standard LSTM, unchanged', () => {
    const trace = traceScenario(alicePreset);
    expect(trace.cell).toBe('lstm');
    expect(trace.steps).toEqual(runLstm(alicePreset.params, inputs(alicePreset)));
  });
});

describe('edits follow the cell', () => {
  it('a GRU weight and bias, a peephole entry', () => {
    const gru = withBias(withWeight(withCell(alicePreset, 'gru'), 'Wz', 0, 2, 0.75), 'bh', 0, -0.5) as GruScenario;
    expect(gru.params.Wz[0][2]).toBe(0.75);
    expect(gru.params.bh).toEqual([-0.5]);
    // A name the cell does not have changes nothing.
    expect(withWeight(gru, 'Wf', 0, 0, 1)).toBe(gru);
    const peephole = withBias(withCell(alicePreset, 'peephole'), 'pi', 0, 0.25) as PeepholeScenario;
    expect(peephole.params.pi).toEqual([0.25]);
  });

  it('adding, removing features and resizing keep every cell runnable and its numbers', () => {
    for (const kind of CELL_KINDS) {
      const scenario = withCell(twoUnits, kind);
      const added = withFeatureAdded(scenario, 'extra');
      expect(traceScenario(added).cellSteps.map((step) => step.h)).toEqual(traceScenario(scenario).cellSteps.map((step) => step.h));
      expect(withFeatureRemoved(added, 3)).toEqual(scenario);
      const grown = withHiddenSize(scenario, 3, 11);
      expect(grown.cell).toBe(scenario.cell);
      expect(hiddenSizeOf(grown)).toBe(3);
      expect(traceScenario(grown).cellSteps).toHaveLength(5);
      expect(Object.keys(grown.params)).toEqual(Object.keys(scenario.params));
    }
  });
});

describe('the cell table', () => {
  it('names each cell its layers and quantities', () => {
    expect(CELLS.gru.layers.map((layer) => layer.weights)).toEqual(['Wz', 'Wr', 'Wh']);
    expect(CELLS.gru.quantities.map((quantity) => quantity.symbol)).toEqual(['z', 'r', 'h̃', 'h']);
    expect(CELLS.gru.hasCellState).toBe(false);
    expect(CELLS.coupled.layers.map((layer) => layer.weights)).toEqual(['Wf', 'Wc', 'Wo']);
    expect(CELLS.coupled.quantities.find((quantity) => quantity.key === 'i')?.complementOf).toBe('f');
    expect(CELLS.peephole.layers.flatMap((layer) => (layer.peephole ? [`${layer.peephole.name}:${layer.peephole.sees}`] : []))).toEqual([
      'pf:cPrev',
      'pi:cPrev',
      'po:c',
    ]);
  });
});

describe('presets open in any cell', () => {
  it('loadScenario with a cell converts the preset, keeps the preset itself as the origin to reset to', () => {
    const gru = explainerReducer(initialExplainerState, { type: 'setCell', cell: 'gru' });
    const opened = explainerReducer(gru, { type: 'loadScenario', scenario: alicePreset, asOrigin: true, cell: 'gru' });
    expect(opened.scenario.cell).toBe('gru');
    expect(opened.scenario).toEqual(withCell(alicePreset, 'gru'));
    expect(opened.origin).toBe(alicePreset);
    expect(explainerReducer(opened, { type: 'resetToOrigin' }).scenario).toBe(alicePreset);
    // Without a cell it loads as given.
    expect(explainerReducer(gru, { type: 'loadScenario', scenario: alicePreset, asOrigin: true }).scenario).toBe(alicePreset);
  });
});
