import type { LstmStep } from '../core';
import { texText } from './escape';
import { DEFAULT_DIGITS, texNumber } from './number';

/**
 * The concatenated input of step t written out, with braces naming the two parts:
 * [h_{t-1}, x_t] = [0.026, 1, 0, 1] where the x part is labelled with the token. Pure.
 */
export function concatInputTex(step: Pick<LstmStep, 'hPrev' | 'x'>, t: number, token: string, digits: number = DEFAULT_DIGITS): string {
  const hidden = step.hPrev.map((value) => texNumber(value, digits)).join(',\\ ');
  // Inputs are usually whole numbers (one-hot features): print them as written, not as 1.000.
  const input = step.x.map((value) => (Number.isInteger(value) ? String(value) : texNumber(value, digits))).join(',\\ ');
  return (
    `[h_{${t - 1}}, x_{${t}}] = \\big[\\,\\underbrace{${hidden}}_{h_{${t - 1}}},\\ ` +
    `\\underbrace{${input}}_{x_{${t}}\\,=\\,${texText(token)}}\\,\\big]`
  );
}
