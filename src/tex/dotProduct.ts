import type { LstmParams, LstmStep } from '../core';
import { DEFAULT_DIGITS, texFactor, texNumber } from './number';

/** The four learned layers, by the suffix of their parameters. */
export type LayerId = 'f' | 'i' | 'c' | 'o';

const PARAMETERS: Record<LayerId, { weights: keyof LstmParams; bias: keyof LstmParams; z: keyof LstmStep; tex: string }> = {
  f: { weights: 'Wf', bias: 'bf', z: 'zf', tex: 'f' },
  i: { weights: 'Wi', bias: 'bi', z: 'zi', tex: 'i' },
  c: { weights: 'Wc', bias: 'bc', z: 'zc', tex: 'C' },
  o: { weights: 'Wo', bias: 'bo', z: 'zo', tex: 'o' },
};

/** Inputs are usually whole numbers (one-hot features): write them as such rather than as 1.000. */
function inputFactor(value: number, digits: number): string {
  return Number.isInteger(value) ? (value < 0 ? `(${value})` : String(value)) : texFactor(value, digits);
}

/**
 * A layer's pre-activation written out term by term, one row per hidden unit:
 * W_f·[h_2, x_3] + b_f = 0.200·0.026 + 0.300·1 + … + (−0.100) = 0.605. The sum shown is the core's. Pure.
 */
export function dotProductTex(
  layer: LayerId,
  params: LstmParams,
  step: LstmStep,
  t: number,
  digits: number = DEFAULT_DIGITS,
): string {
  const { weights, bias, z, tex } = PARAMETERS[layer];
  const matrix = params[weights] as number[][];
  const biases = params[bias] as number[];
  const sums = step[z];
  const input = [...step.hPrev, ...step.x];
  const hiddenSize = step.hPrev.length;
  const rows = matrix.map((row, unit) => {
    const terms = row.map((w, k) => {
      const value = input[k];
      return `${texFactor(w, digits)} \\cdot ${k < hiddenSize ? texFactor(value, digits) : inputFactor(value, digits)}`;
    });
    const lhs = hiddenSize === 1 ? `W_${tex} \\cdot [h_{${t - 1}}, x_{${t}}] + b_${tex}` : `z_{${tex},${unit + 1}}`;
    return `${lhs} &= ${terms.join(' + ')} + ${texFactor(biases[unit], digits)} = ${texNumber(sums[unit], digits)}`;
  });
  return `\\begin{aligned} ${rows.join(' \\\\ ')} \\end{aligned}`;
}
