import type { GruStep, LstmStep } from '../core';
import { DEFAULT_DIGITS, texFactor, texVector } from './number';
import { alignedLines, asIs, flowingLines, unbreakable, type Atom } from './lines';
import { lstmEquations, lstmNumbers, type CellEquationId, type EquationId, type EquationTex } from './lstmEquations';

/** One equation of any cell as TeX: its law and this step's instance with numbers. */
export interface CellEquationTex extends Omit<EquationTex, 'id'> {
  id: CellEquationId;
}

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

const LSTM_ORDER: readonly EquationId[] = ['forget', 'input', 'candidate', 'cell', 'output', 'hidden'];
const GRU_ORDER: readonly CellEquationId[] = ['update', 'reset', 'candidate', 'hidden'];

/**
 * The equations of any cell at step t, in the order it computes them: the general law and this step's
 * instance with its numbers (formatted to `digits`), as a fixed aligned block and as wrapping lines. The
 * standard LSTM's are lstmEquations'; the peephole LSTM's gates add p ⊙ C (f and i at C_{t−1}, o at C_t);
 * the coupled LSTM's input gate is 1 − f; the GRU's are z, r, h̃ and h. `step` must be the cell's own
 * (a GruStep for the GRU). Pure.
 */
export function cellEquations(cell: TexCell, step: LstmStep | GruStep, t: number, digits: number = DEFAULT_DIGITS): CellEquationTex[] {
  if (cell === 'gru') return gruEquations(step as GruStep, t, digits);
  if (cell === 'lstm') return lstmEquations(step as LstmStep, t, digits);
  const general = lstmFamilyLaws(cell, 't');
  const numbered = lstmFamilyLaws(cell, t, '&=');
  const law = lstmFamilyLaws(cell, t);
  const numbers = (atom: Atom) => {
    const values = step as LstmStep;
    const lstm = lstmNumbers(values, digits, atom);
    if (cell !== 'coupled') return lstm;
    const forget = values.f.length === 1 ? texFactor(values.f[0], digits) : texVector(values.f, digits);
    return { ...lstm, input: `${atom(`1 - ${forget}`)} = ${texVector(values.i, digits)}` };
  };
  const fixed = numbers(asIs);
  const flowing = numbers(unbreakable);
  return LSTM_ORDER.map((id) => ({
    id,
    symbolic: general[id],
    substituted: alignedLines(numbered[id], fixed[id]),
    flowing: flowingLines(law[id], flowing[id]),
  }));
}

/** The GRU's numbers at this step (what follows each "="), products of single numbers through `atom`. Pure. */
function gruNumbers(step: GruStep, digits: number, atom: Atom): Record<string, string> {
  const v = (values: ArrayLike<number>) => texVector(values, digits);
  const squashed = (squash: string, z: number[], out: number[]) => `${squash}\\left(${v(z)}\\right) = ${v(out)}`;
  const f = (value: number) => texFactor(value, digits);
  const scalar = step.h.length === 1;
  const kept = scalar ? `(1 - ${f(step.z[0])}) \\cdot ${f(step.hPrev[0])}` : `\\left(1 - ${v(step.z)}\\right) \\odot ${v(step.hPrev)}`;
  const written = scalar ? `${f(step.z[0])} \\cdot ${f(step.hTilde[0])}` : `${v(step.z)} \\odot ${v(step.hTilde)}`;
  return {
    update: squashed('\\sigma', step.zPre, step.z),
    reset: squashed('\\sigma', step.rPre, step.r),
    candidate: squashed('\\tanh', step.hTildePre, step.hTilde),
    hidden: scalar ? `${atom(kept)} + ${atom(written)} = ${v(step.h)}` : `${kept} + ${written} = ${v(step.h)}`,
  };
}

function gruEquations(step: GruStep, t: number, digits: number): CellEquationTex[] {
  const general = gruLaws('t');
  const numbered = gruLaws(t, '&=');
  const law = gruLaws(t);
  const fixed = gruNumbers(step, digits, asIs);
  const flowing = gruNumbers(step, digits, unbreakable);
  return GRU_ORDER.map((id) => ({
    id,
    symbolic: general[id],
    substituted: alignedLines(numbered[id], fixed[id]),
    flowing: flowingLines(law[id], flowing[id]),
  }));
}

/** The ids of a cell's equations in order. Pure. */
export function cellEquationIds(cell: TexCell): readonly CellEquationId[] {
  return cell === 'gru' ? GRU_ORDER : LSTM_ORDER;
}
