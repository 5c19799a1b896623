import type { LstmStep } from '../core';
import { alignedLines, asIs, flowingLines, unbreakable, type Atom } from './lines';
import { DEFAULT_DIGITS, texFactor, texVector } from './number';

/** The six LSTM equations in the order the cell computes them. */
export type EquationId = 'forget' | 'input' | 'candidate' | 'cell' | 'output' | 'hidden';

/**
 * The equations of every cell: the LSTM's six, and the GRU's update and reset gates (its candidate and
 * its hidden-state update reuse 'candidate' and 'hidden', which play the same part).
 */
export type CellEquationId = EquationId | 'update' | 'reset';

/** One equation as TeX: the general symbolic law and the same equation at this step with its numbers. */
export interface EquationTex {
  id: EquationId;
  symbolic: string;
  /** the law at this step above its numbers, lined up on "=" in a fixed block that never wraps */
  substituted: string;
  /** the same two lines as inline TeX whose numbers wrap between terms in a narrow box (see flowingLines) */
  flowing: string;
}

/** Subscripts for step t as TeX groups: now = {t}, before = {t−1}; the symbolic forms use the letter t. */
function subscripts(t: number | 't'): { now: string; before: string } {
  return t === 't' ? { now: '{t}', before: '{t-1}' } : { now: `{${t}}`, before: `{${t - 1}}` };
}

/**
 * The six equations for numbered or symbolic subscripts. `equals` is the first equals sign: '&=' lines
 * the equation up inside an aligned block.
 */
function forms(t: number | 't', equals = '=') {
  const { now, before } = subscripts(t);
  const input = `[h_${before}, x_${now}]`;
  const gate = (symbol: string, squash: string, weight: string) =>
    `${symbol}_${now} ${equals} ${squash}(W_${weight} \\cdot ${input} + b_${weight})`;
  return {
    forget: gate('f', '\\sigma', 'f'),
    input: gate('i', '\\sigma', 'i'),
    candidate: gate('\\tilde{C}', '\\tanh', 'C'),
    cell: `C_${now} ${equals} f_${now} \\odot C_${before} + i_${now} \\odot \\tilde{C}_${now}`,
    output: gate('o', '\\sigma', 'o'),
    hidden: `h_${now} ${equals} o_${now} \\odot \\tanh(C_${now})`,
  };
}

/**
 * The numbers of each LSTM equation at this step (what follows its "="), formatted to `digits`. A product
 * of single numbers goes through `atom`, so a flowing line never splits 0.647 · 0.057; a product of
 * column vectors may break after its ⊙ (it is tall and narrow, and a phone needs the break). Pure.
 */
export function lstmNumbers(step: LstmStep, digits: number, atom: Atom): Record<EquationId, string> {
  const v = (values: ArrayLike<number>) => texVector(values, digits);
  const squashed = (squash: string, z: number[], out: number[]) => `${squash}\\left(${v(z)}\\right) = ${v(out)}`;
  const scalar = step.c.length === 1;
  const whole = scalar ? atom : asIs;
  const product = (a: number[], b: number[]) =>
    whole(scalar ? `${texFactor(a[0], digits)} \\cdot ${texFactor(b[0], digits)}` : `${v(a)} \\odot ${v(b)}`);
  const hidden = scalar
    ? `${texFactor(step.o[0], digits)} \\cdot \\tanh(${texFactor(step.c[0], digits)})`
    : `${v(step.o)} \\odot \\tanh\\left(${v(step.c)}\\right)`;
  return {
    forget: squashed('\\sigma', step.zf, step.f),
    input: squashed('\\sigma', step.zi, step.i),
    candidate: squashed('\\tanh', step.zc, step.cTilde),
    cell: `${product(step.f, step.cPrev)} + ${product(step.i, step.cTilde)} = ${v(step.c)}`,
    output: squashed('\\sigma', step.zo, step.o),
    hidden: `${whole(hidden)} = ${v(step.h)}`,
  };
}

/**
 * Builds the six equations for step t of a trace: the general law (with the letter t, the same at every
 * step) and this step's instance, then its numbers, formatted to `digits` — as a fixed aligned block and
 * as lines that wrap. Pure.
 */
export function lstmEquations(step: LstmStep, t: number, digits: number = DEFAULT_DIGITS): EquationTex[] {
  const general = forms('t');
  const numbered = forms(t, '&=');
  const law = forms(t);
  const fixed = lstmNumbers(step, digits, asIs);
  const flowing = lstmNumbers(step, digits, unbreakable);
  return EQUATION_ORDER.map((id) => ({
    id,
    symbolic: general[id],
    substituted: alignedLines(numbered[id], fixed[id]),
    flowing: flowingLines(law[id], flowing[id]),
  }));
}

const EQUATION_ORDER: readonly EquationId[] = ['forget', 'input', 'candidate', 'cell', 'output', 'hidden'];
