import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { runLstm } from '../../src/core';
import { alicePreset, encodeSentence } from '../../src/model';
import { concatInputTex, formatNumber, lstmEquations, texVector } from '../../src/tex';

const steps = runLstm(alicePreset.params, encodeSentence(alicePreset).map((t) => t.vector));

describe('lstmEquations at "She" (t = 3)', () => {
  const equations = lstmEquations(steps[3], 3);
  const byId = Object.fromEntries(equations.map((e) => [e.id, e]));

  it('lists the six equations in computation order', () => {
    expect(equations.map((e) => e.id)).toEqual(['forget', 'input', 'candidate', 'cell', 'output', 'hidden']);
  });

  it('writes the general law with the letter t, the same at every step', () => {
    expect(byId.forget.symbolic).toBe('f_{t} = \\sigma(W_f \\cdot [h_{t-1}, x_{t}] + b_f)');
    expect(lstmEquations(steps[0], 0).map((e) => e.symbolic)).toEqual(equations.map((e) => e.symbolic));
  });

  it('substitutes the seed numbers: σ(0.605) = 0.647, C₃ = 0.389, h₃ = 0.176', () => {
    // 0.605 = 0.2·h2 + 0.3 + 0.4 − 0.1 with h2 = 0.0258; values from SEEDS.md.
    const aligned = (law: string, numbers: string) => `\\begin{aligned} ${law} \\\\ &= ${numbers} \\end{aligned}`;
    expect(byId.forget.substituted).toBe(
      aligned('f_{3} &= \\sigma(W_f \\cdot [h_{2}, x_{3}] + b_f)', '\\sigma\\left(0.605\\right) = 0.647'),
    );
    expect(byId.cell.substituted).toBe(
      aligned('C_{3} &= f_{3} \\odot C_{2} + i_{3} \\odot \\tilde{C}_{3}', '0.647 \\cdot 0.057 + 0.578 \\cdot 0.609 = 0.389'),
    );
    expect(byId.hidden.substituted).toBe(
      aligned('h_{3} &= o_{3} \\odot \\tanh(C_{3})', '0.476 \\cdot \\tanh(0.389) = 0.176'),
    );
  });

  it('writes the same numbers as wrapping lines: the law, a new line, then "=" and the numbers, each product braced', () => {
    expect(byId.forget.flowing).toBe('\\displaystyle f_{3} = \\sigma(W_f \\cdot [h_{2}, x_{3}] + b_f) \\newline = \\sigma\\left(0.605\\right) = 0.647');
    expect(byId.cell.flowing).toBe(
      '\\displaystyle C_{3} = f_{3} \\odot C_{2} + i_{3} \\odot \\tilde{C}_{3} \\newline = {0.647 \\cdot 0.057} + {0.578 \\cdot 0.609} = 0.389',
    );
    expect(byId.hidden.flowing).toContain('\\newline = {0.476 \\cdot \\tanh(0.389)} = 0.176');
  });

  it('leaves vector products unbraced with several units, so a phone-wide line may break after ⊙', () => {
    const step = { ...steps[3], f: [0.5, 0.25], cPrev: [1, -1], i: [0.5, 0.5], cTilde: [0.2, 0.4], c: [0.6, -0.05] };
    const cell = lstmEquations(step, 3).find((e) => e.id === 'cell');
    expect(cell?.flowing).toContain(
      '\\newline = \\begin{bmatrix} 0.500 \\\\ 0.250 \\end{bmatrix} \\odot \\begin{bmatrix} 1.000 \\\\ -1.000 \\end{bmatrix} + \\begin{bmatrix}',
    );
    expect(cell?.flowing).toContain('\\end{bmatrix} = \\begin{bmatrix} 0.600 \\\\ -0.050 \\end{bmatrix}');
  });

  it('puts negative factors in parentheses', () => {
    const cell = lstmEquations(steps[1], 1).find((e) => e.id === 'cell');
    expect(cell?.substituted).toContain('(-0.085)');
  });

  it('produces TeX that KaTeX accepts', () => {
    for (const e of equations) {
      expect(() => katex.renderToString(e.symbolic, { throwOnError: true })).not.toThrow();
      expect(() => katex.renderToString(e.substituted, { throwOnError: true })).not.toThrow();
      expect(() => katex.renderToString(e.flowing, { throwOnError: true })).not.toThrow();
    }
  });

  it('honours the number of digits', () => {
    expect(lstmEquations(steps[3], 3, 5)[3].substituted).toContain('0.38901');
  });
});

describe('vector formatting', () => {
  it('writes one entry as a bare number and several as a column', () => {
    expect(texVector([0.5])).toBe('0.500');
    expect(texVector([0.5, -1])).toBe('\\begin{bmatrix} 0.500 \\\\ -1.000 \\end{bmatrix}');
  });

  it('formats display numbers with a typographic minus', () => {
    expect(formatNumber(-0.085076)).toBe('\u22120.085');
    expect(formatNumber(0.38901, 2)).toBe('0.39');
  });
});

describe('concatInputTex', () => {
  it('labels the two halves and escapes the token', () => {
    const tex = concatInputTex(steps[3], 3, 'She');
    expect(tex).toContain('0.026');
    expect(tex).toContain('1,\\ 0,\\ 1');
    expect(tex).toContain('\\text{She}');
    expect(() => katex.renderToString(concatInputTex(steps[3], 3, '}\\def\\a{\\a}\\a'), { throwOnError: true, maxExpand: 200 })).not.toThrow();
  });
});
