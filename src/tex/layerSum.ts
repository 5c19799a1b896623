import { unbreakable } from './lines';
import { DEFAULT_DIGITS, texFactor, texNumber } from './number';

/** One learned layer's sum at a step, for layerSumRows: everything it adds up, and the core's totals. */
export interface LayerSum {
  /** the layer's letter in W_x and b_x, e.g. 'f', 'C', 'z', 'h' */
  letter: string;
  /** H rows over [h-part, x] */
  weights: readonly (readonly number[])[];
  bias: readonly number[];
  /** what the rows multiply: the h-part (h_{t−1}, or r ⊙ h_{t−1} for the GRU's candidate) then x_t */
  input: readonly number[];
  /** the input written in TeX, e.g. "[h_{2}, x_{3}]" */
  inputTex: string;
  /** a peephole: per-unit weights times the cell state it sees, written e.g. "C_{2}" */
  peephole?: { weights: readonly number[]; state: readonly number[]; stateTex: string };
  /** the core's pre-activation per unit (shown as the result, so the numbers are the core's) */
  sums: readonly number[];
}

/** Inputs are usually whole numbers (one-hot features): write them as such rather than as 1.000. */
function inputFactor(value: number, digits: number): string {
  return Number.isInteger(value) ? (value < 0 ? `(${value})` : String(value)) : texFactor(value, digits);
}

/**
 * A layer's pre-activation written out term by term, one inline formula per hidden unit, for any cell:
 * W_z·[h_2, x_3] + b_z = 0.200·0.026 + 0.300·1 + … + (−0.100) = 0.605 (z_{z,1} = … with several units),
 * with the peephole term p·C before the bias when the layer has one. Each product is braced, so a long
 * sum wraps between terms in a narrow box. The sum shown is the core's. Pure.
 */
export function layerSumRows(layer: LayerSum, digits: number = DEFAULT_DIGITS): string[] {
  const hiddenSize = layer.weights.length;
  return layer.weights.map((row, unit) => {
    const terms = row.map((w, k) => {
      const value = layer.input[k];
      return unbreakable(`${texFactor(w, digits)} \\cdot ${k < hiddenSize ? texFactor(value, digits) : inputFactor(value, digits)}`);
    });
    if (layer.peephole) {
      terms.push(unbreakable(`${texFactor(layer.peephole.weights[unit], digits)} \\cdot ${texFactor(layer.peephole.state[unit], digits)}`));
    }
    const look = layer.peephole ? ` + p_${layer.letter} \\odot ${layer.peephole.stateTex}` : '';
    const sum =
      hiddenSize === 1 ? `W_${layer.letter} \\cdot ${layer.inputTex}${look} + b_${layer.letter}` : `z_{${layer.letter},${unit + 1}}`;
    return `${unbreakable(sum)} = ${terms.join(' + ')} + ${texFactor(layer.bias[unit], digits)} = ${texNumber(layer.sums[unit], digits)}`;
  });
}
