import type { LstmStep } from '../core';
import { DEFAULT_DIGITS, texFactor, texVector } from './number';

/** The six LSTM equations in the order the cell computes them. */
export type EquationId = 'forget' | 'input' | 'candidate' | 'cell' | 'output' | 'hidden';

/** One equation as TeX: the symbolic form and the same equation with this step's numbers. */
export interface EquationTex {
  id: EquationId;
  symbolic: string;
  substituted: string;
}

/** Time-step subscripts: t and t−1 as numbers, so step 3 reads f_3 = σ(W_f·[h_2, x_3] + b_f). */
function subscripts(t: number): { now: string; before: string } {
  return { now: `{${t}}`, before: `{${t - 1}}` };
}

/** Builds the six equations for step t of a trace, numbers formatted to `digits`. Pure. */
export function lstmEquations(step: LstmStep, t: number, digits: number = DEFAULT_DIGITS): EquationTex[] {
  const { now, before } = subscripts(t);
  const v = (values: ArrayLike<number>) => texVector(values, digits);
  const input = `[h_${before}, x_${now}]`;
  const gate = (symbol: string, squash: string, weight: string, z: number[], out: number[]) =>
    ({
      symbolic: `${symbol}_${now} = ${squash}(W_${weight} \\cdot ${input} + b_${weight})`,
      substituted: `${symbol}_${now} = ${squash}\\left(${v(z)}\\right) = ${v(out)}`,
    });
  const scalar = step.c.length === 1;
  const product = (a: number[], b: number[]) =>
    scalar ? `${texFactor(a[0], digits)} \\cdot ${texFactor(b[0], digits)}` : `${v(a)} \\odot ${v(b)}`;

  return [
    { id: 'forget', ...gate('f', '\\sigma', 'f', step.zf, step.f) },
    { id: 'input', ...gate('i', '\\sigma', 'i', step.zi, step.i) },
    { id: 'candidate', ...gate('\\tilde{C}', '\\tanh', 'C', step.zc, step.cTilde) },
    {
      id: 'cell',
      symbolic: `C_${now} = f_${now} \\odot C_${before} + i_${now} \\odot \\tilde{C}_${now}`,
      substituted: `C_${now} = ${product(step.f, step.cPrev)} + ${product(step.i, step.cTilde)} = ${v(step.c)}`,
    },
    { id: 'output', ...gate('o', '\\sigma', 'o', step.zo, step.o) },
    {
      id: 'hidden',
      symbolic: `h_${now} = o_${now} \\odot \\tanh(C_${now})`,
      substituted: scalar
        ? `h_${now} = ${texFactor(step.o[0], digits)} \\cdot \\tanh(${texFactor(step.c[0], digits)}) = ${v(step.h)}`
        : `h_${now} = ${v(step.o)} \\odot \\tanh\\left(${v(step.c)}\\right) = ${v(step.h)}`,
    },
  ];
}
