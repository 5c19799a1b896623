import type { GruStep, LstmStep } from '../core';
import { lstmEquations, type CellEquationId, type EquationTex } from './lstmEquations';

/** One equation of any cell as TeX: its law and this step's instance with numbers. */
export interface CellEquationTex extends Omit<EquationTex, 'id'> {
  id: CellEquationId;
}
import { DEFAULT_DIGITS, texFactor, texVector } from './number';

/** The cells whose equations this module writes (the model's CellKind, spelled out: tex imports only core). */
export type TexCell = 'lstm' | 'peephole' | 'coupled' | 'gru';

/** Subscripts for step t: {t} and {t−1} as TeX groups, or the letter t in the general law. */
function subscripts(t: number | 't'): { now: string; before: string } {
  return t === 't' ? { now: '{t}', before: '{t-1}' } : { now: `{${t}}`, before: `{${t - 1}}` };
}

/** σ(W·[h, x] + p ⊙ C + b) with an optional peephole term, as the law of one gate. */
function gateLaw(symbol: string, squash: string, weight: string, input: string, equals: string, now: string, peephole?: string): string {
  const look = peephole ? ` + p_${weight} \\odot ${peephole}` : '';
  return `${symbol}_${now} ${equals} ${squash}(W_${weight} \\cdot ${input}${look} + b_${weight})`;
}

/** The laws of the LSTM family for numbered or symbolic subscripts. */
function lstmFamilyLaws(cell: 'peephole' | 'coupled', t: number | 't', equals = '='): Record<string, string> {
  const { now, before } = subscripts(t);
  const input = `[h_${before}, x_${now}]`;
  const peephole = cell === 'peephole';
  return {
    forget: gateLaw('f', '\\sigma', 'f', input, equals, now, peephole ? `C_${before}` : undefined),
    input: peephole ? gateLaw('i', '\\sigma', 'i', input, equals, now, `C_${before}`) : `i_${now} ${equals} 1 - f_${now}`,
    candidate: gateLaw('\\tilde{C}', '\\tanh', 'C', input, equals, now),
    cell: peephole
      ? `C_${now} ${equals} f_${now} \\odot C_${before} + i_${now} \\odot \\tilde{C}_${now}`
      : `C_${now} ${equals} f_${now} \\odot C_${before} + (1 - f_${now}) \\odot \\tilde{C}_${now}`,
    output: gateLaw('o', '\\sigma', 'o', input, equals, now, peephole ? `C_${now}` : undefined),
    hidden: `h_${now} ${equals} o_${now} \\odot \\tanh(C_${now})`,
  };
}

/** The GRU's four laws in seed 001's form (with biases, as the core computes them). */
function gruLaws(t: number | 't', equals = '='): Record<string, string> {
  const { now, before } = subscripts(t);
  const input = `[h_${before}, x_${now}]`;
  return {
    update: gateLaw('z', '\\sigma', 'z', input, equals, now),
    reset: gateLaw('r', '\\sigma', 'r', input, equals, now),
    candidate: gateLaw('\\tilde{h}', '\\tanh', 'h', `[r_${now} \\odot h_${before}, x_${now}]`, equals, now),
    hidden: `h_${now} ${equals} (1 - z_${now}) \\odot h_${before} + z_${now} \\odot \\tilde{h}_${now}`,
  };
}

const LSTM_ORDER: readonly CellEquationId[] = ['forget', 'input', 'candidate', 'cell', 'output', 'hidden'];
const GRU_ORDER: readonly CellEquationId[] = ['update', 'reset', 'candidate', 'hidden'];

/**
 * The equations of any cell at step t, in the order it computes them: the general law and this step's
 * instance with its numbers (formatted to `digits`). The standard LSTM's are lstmEquations'; the peephole
 * LSTM's gates add p ⊙ C (f and i at C_{t−1}, o at C_t); the coupled LSTM's input gate is 1 − f; the
 * GRU's are z, r, h̃ and h. `step` must be the cell's own (a GruStep for the GRU). Pure.
 */
export function cellEquations(cell: TexCell, step: LstmStep | GruStep, t: number, digits: number = DEFAULT_DIGITS): CellEquationTex[] {
  if (cell === 'gru') return gruEquations(step as GruStep, t, digits);
  const lstm = lstmEquations(step as LstmStep, t, digits);
  if (cell === 'lstm') return lstm;
  const general = lstmFamilyLaws(cell, 't');
  const numbered = lstmFamilyLaws(cell, t, '&=');
  const values = step as LstmStep;
  const v = (x: ArrayLike<number>) => texVector(x, digits);
  return lstm.map((equation) => {
    let instance = equation.substituted.replace(/^\\begin\{aligned\} .*? \\\\ &= (.*) \\end\{aligned\}$/, '$1');
    if (cell === 'coupled' && equation.id === 'input') {
      const scalar = values.f.length === 1;
      instance = scalar
        ? `1 - ${texFactor(values.f[0], digits)} = ${v(values.i)}`
        : `1 - ${v(values.f)} = ${v(values.i)}`;
    }
    return { id: equation.id, symbolic: general[equation.id], substituted: aligned(numbered[equation.id], instance) };
  });
}

function aligned(law: string, instance: string): string {
  // Two aligned lines (the law at this step, then its numbers) keep each line short enough to read.
  return `\\begin{aligned} ${law} \\\\ &= ${instance} \\end{aligned}`;
}

function gruEquations(step: GruStep, t: number, digits: number): CellEquationTex[] {
  const general = gruLaws('t');
  const numbered = gruLaws(t, '&=');
  const v = (values: ArrayLike<number>) => texVector(values, digits);
  const squashed = (squash: string, z: number[], out: number[]) => `${squash}\\left(${v(z)}\\right) = ${v(out)}`;
  const scalar = step.h.length === 1;
  const hidden = scalar
    ? `(1 - ${texFactor(step.z[0], digits)}) \\cdot ${texFactor(step.hPrev[0], digits)} + ${texFactor(step.z[0], digits)} \\cdot ${texFactor(step.hTilde[0], digits)}`
    : `(1 - ${v(step.z)}) \\odot ${v(step.hPrev)} + ${v(step.z)} \\odot ${v(step.hTilde)}`;
  const instance: Record<string, string> = {
    update: squashed('\\sigma', step.zPre, step.z),
    reset: squashed('\\sigma', step.rPre, step.r),
    candidate: squashed('\\tanh', step.hTildePre, step.hTilde),
    hidden: `${hidden} = ${v(step.h)}`,
  };
  return GRU_ORDER.map((id) => ({ id, symbolic: general[id], substituted: aligned(numbered[id], instance[id]) }));
}

/** The ids of a cell's equations in order. Pure. */
export function cellEquationIds(cell: TexCell): readonly CellEquationId[] {
  return cell === 'gru' ? GRU_ORDER : LSTM_ORDER;
}
