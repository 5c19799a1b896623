import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { alicePreset, traceScenario, withBias, withCell, type GruScenario } from '../../src/model';
import { cellEquationIds, cellEquations, layerSumRows, lstmEquations } from '../../src/tex';

// Alice's first word is "Alice" = [1, 0, 0] from h = 0, C = 0. By hand, with σ(z) = 1 / (1 + e^−z):
//   LSTM:     f = σ(0.3 − 0.1) = 0.5498, i = σ(0.2 + 0.3) = 0.6225, C̃ = tanh(0.1 + 0.1) = 0.1974, C = i·C̃ = 0.1229
//   peephole with p_o = 1: z_o = −0.2 − 0.2 + 1·C = −0.2771, o = 0.4312
//   coupled:  i = 1 − f = 0.4502, C = 0.4502 · 0.1974 = 0.0889
//   GRU (Wz = −Wf, Wr = Wo, Wh = Wc): z = σ(−0.2) = 0.4502, r = σ(−0.4) = 0.4013, h̃ = tanh(0.2) = 0.1974,
//             h = (1 − z)·0 + z·h̃ = 0.0889
const stepZero = (scenario: Parameters<typeof traceScenario>[0]) => traceScenario(scenario).cellSteps[0];

describe('equations of every cell with their numbers', () => {
  it('the standard LSTM is lstmEquations itself', () => {
    const step = traceScenario(alicePreset).steps[0];
    expect(cellEquations('lstm', step, 0)).toEqual(lstmEquations(step, 0));
  });

  it('peephole: the gates add p ⊙ C, f and i at C_{t−1}, o at C_t, and o has the peephole in its sum', () => {
    const scenario = withBias(withCell(alicePreset, 'peephole'), 'po', 0, 1);
    const equations = cellEquations('peephole', stepZero(scenario), 0);
    const byId = Object.fromEntries(equations.map((equation) => [equation.id, equation]));
    expect(byId.forget.symbolic).toBe('f_{t} = \\sigma(W_f \\cdot [h_{t-1}, x_{t}] + p_f \\odot C_{t-1} + b_f)');
    expect(byId.output.symbolic).toBe('o_{t} = \\sigma(W_o \\cdot [h_{t-1}, x_{t}] + p_o \\odot C_{t} + b_o)');
    expect(byId.output.substituted).toBe(
      '\\begin{aligned} o_{0} &= \\sigma(W_o \\cdot [h_{-1}, x_{0}] + p_o \\odot C_{0} + b_o) \\\\ &= \\sigma\\left(-0.277\\right) = 0.431 \\end{aligned}',
    );
  });

  it('coupled: the input gate is 1 − f and the cell update says so', () => {
    const equations = cellEquations('coupled', stepZero(withCell(alicePreset, 'coupled')), 0);
    const byId = Object.fromEntries(equations.map((equation) => [equation.id, equation]));
    expect(byId.input.symbolic).toBe('i_{t} = 1 - f_{t}');
    expect(byId.input.substituted).toBe('\\begin{aligned} i_{0} &= 1 - f_{0} \\\\ &= 1 - 0.550 = 0.450 \\end{aligned}');
    expect(byId.cell.symbolic).toBe('C_{t} = f_{t} \\odot C_{t-1} + (1 - f_{t}) \\odot \\tilde{C}_{t}');
    expect(byId.cell.substituted).toContain('= 0.089 \\end{aligned}');
  });

  it('GRU: z, r, h̃ and h in seed 001’s form, with the hand-computed numbers', () => {
    const equations = cellEquations('gru', stepZero(withCell(alicePreset, 'gru')), 0);
    expect(equations.map((equation) => equation.id)).toEqual(['update', 'reset', 'candidate', 'hidden']);
    expect(equations.map((equation) => equation.id)).toEqual(cellEquationIds('gru'));
    const [update, reset, candidate, hidden] = equations;
    expect(update.substituted).toBe('\\begin{aligned} z_{0} &= \\sigma(W_z \\cdot [h_{-1}, x_{0}] + b_z) \\\\ &= \\sigma\\left(-0.200\\right) = 0.450 \\end{aligned}');
    expect(reset.substituted).toContain('\\sigma\\left(-0.400\\right) = 0.401');
    expect(candidate.symbolic).toBe('\\tilde{h}_{t} = \\tanh(W_h \\cdot [r_{t} \\odot h_{t-1}, x_{t}] + b_h)');
    expect(candidate.substituted).toContain('\\tanh\\left(0.200\\right) = 0.197');
    expect(hidden.symbolic).toBe('h_{t} = (1 - z_{t}) \\odot h_{t-1} + z_{t} \\odot \\tilde{h}_{t}');
    expect(hidden.substituted).toBe(
      '\\begin{aligned} h_{0} &= (1 - z_{0}) \\odot h_{-1} + z_{0} \\odot \\tilde{h}_{0} \\\\ &= (1 - 0.450) \\cdot 0.000 + 0.450 \\cdot 0.197 = 0.089 \\end{aligned}',
    );
  });

  it('a layer sum written out term by term: the GRU candidate over [r ⊙ h, x], a peephole term', () => {
    const gru = withCell(alicePreset, 'gru') as GruScenario;
    const step = traceScenario(gru).cellSteps[1];
    if (!('z' in step)) throw new Error('expected a GRU step');
    const [row] = layerSumRows({
      letter: 'h',
      weights: gru.params.Wh,
      bias: gru.params.bh,
      input: [...step.resetHPrev, ...step.x],
      inputTex: '[r_{1} \\odot h_{0}, x_{1}]',
      sums: step.hTildePre,
    });
    // r_1 = σ(0.1 · 0.0889 + 0.4 − 0.2) = 0.552, so r_1 · h_0 = 0.049; "is" = [0, 1, 0] picks W_h's −0.2:
    // 0.3 · 0.049 − 0.2 + 0.1 = −0.085.
    expect(row).toBe(
      '{W_h \\cdot [r_{1} \\odot h_{0}, x_{1}] + b_h} = {0.300 \\cdot 0.049} + {0.100 \\cdot 0} + {(-0.200) \\cdot 1} + {0.500 \\cdot 0} + 0.100 = -0.085',
    );
    const [withPeephole] = layerSumRows({
      letter: 'o',
      weights: [[0.1, -0.2, 0.4, 0.3]],
      bias: [-0.2],
      input: [0, 1, 0, 0],
      inputTex: '[h_{-1}, x_{0}]',
      peephole: { weights: [1], state: [0.1229], stateTex: 'C_{0}' },
      sums: [-0.2771],
    });
    expect(withPeephole).toContain(
      '+ p_o \\odot C_{0} + b_o} = {0.100 \\cdot 0.000} + {(-0.200) \\cdot 1} + {0.400 \\cdot 0} + {0.300 \\cdot 0} + {1.000 \\cdot 0.123} + (-0.200) = -0.277',
    );
  });

  it('a layer sum has one row per unit, named z with the layer and the unit', () => {
    const rows = layerSumRows({
      letter: 'f',
      weights: [
        [0.5, -1, 2],
        [1, 0.25, -0.5],
      ],
      bias: [0.1, -0.2],
      input: [0.2, -0.4, 1],
      inputTex: '[h_{0}, x_{1}]',
      // by hand: 0.5·0.2 − 1·(−0.4) + 2·1 + 0.1 = 2.6; 1·0.2 + 0.25·(−0.4) − 0.5·1 − 0.2 = −0.6
      sums: [2.6, -0.6],
    });
    expect(rows).toEqual([
      '{z_{f,1}} = {0.500 \\cdot 0.200} + {(-1.000) \\cdot (-0.400)} + {2.000 \\cdot 1} + 0.100 = 2.600',
      '{z_{f,2}} = {1.000 \\cdot 0.200} + {0.250 \\cdot (-0.400)} + {(-0.500) \\cdot 1} + (-0.200) = -0.600',
    ]);
  });

  it('every cell’s flowing form is the law at this step, a new line, then its numbers with each product braced', () => {
    const gru = cellEquations('gru', stepZero(withCell(alicePreset, 'gru')), 0);
    expect(gru[3].flowing).toBe(
      '\\displaystyle h_{0} = (1 - z_{0}) \\odot h_{-1} + z_{0} \\odot \\tilde{h}_{0} \\newline = {(1 - 0.450) \\cdot 0.000} + {0.450 \\cdot 0.197} = 0.089',
    );
    const coupled = cellEquations('coupled', stepZero(withCell(alicePreset, 'coupled')), 0);
    expect(coupled[1].flowing).toBe('\\displaystyle i_{0} = 1 - f_{0} \\newline = {1 - 0.550} = 0.450');
    const peephole = cellEquations('peephole', stepZero(withCell(alicePreset, 'peephole')), 0);
    expect(peephole[0].flowing).toContain('f_{0} = \\sigma(W_f \\cdot [h_{-1}, x_{0}] + p_f \\odot C_{-1} + b_f) \\newline = \\sigma\\left(');
    for (const equation of [...gru, ...coupled, ...peephole]) {
      expect(() => katex.renderToString(equation.flowing, { throwOnError: true })).not.toThrow();
    }
  });
});
