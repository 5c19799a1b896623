import { randomLstmParams } from '../random';
import type { CellKind, CellParams } from '../scenario';
import { withCell } from './convert';

/**
 * Reproducible parameters of any cell for a seed: the seed's LSTM parameters (randomLstmParams) switched
 * to the cell as the cell switch does it, so a seed means the same numbers forever. Pure.
 */
export function randomCellParams(kind: CellKind, hiddenSize: number, inputSize: number, seed: number, scale = 0.5): CellParams {
  const params = randomLstmParams(hiddenSize, inputSize, seed, scale);
  const lstm = { title: '', description: '', sentence: '', features: [], vocabulary: {}, params };
  return withCell(lstm, kind).params;
}
