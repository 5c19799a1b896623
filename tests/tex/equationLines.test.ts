import { describe, expect, it } from 'vitest';
import { alicePreset, traceScenario } from '../../src/model';
import { cellEquations, equationLines } from '../../src/tex';

// Alice's first word from h = 0, C = 0 (by hand): z_f = 0.3 − 0.1 = 0.2, f = σ(0.2) = 0.550;
// C = f·0 + i·C̃ = 0.550·0 + 0.622·0.197 = 0.123.
describe('equationLines', () => {
  const byId = Object.fromEntries(cellEquations('lstm', traceScenario(alicePreset).cellSteps[0], 0).map((e) => [e.id, e.substituted]));

  it('splits a gate into its law and its numbers, each with the left-hand side', () => {
    expect(equationLines(byId.forget)).toEqual({
      law: 'f_{0} = \\sigma(W_f \\cdot [h_{-1}, x_{0}] + b_f)',
      numbers: 'f_{0} = \\sigma\\left(0.200\\right) = 0.550',
    });
  });

  it('keeps the cell update’s products on the numbers line', () => {
    expect(equationLines(byId.cell).numbers).toBe('C_{0} = 0.550 \\cdot 0.000 + 0.622 \\cdot 0.197 = 0.123');
  });

  it('gives back a form of another shape whole', () => {
    expect(equationLines('x = 1')).toEqual({ law: 'x = 1', numbers: 'x = 1' });
  });
});
