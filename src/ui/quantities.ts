import type { LstmStep } from '../core';

/** A quantity of the cell as the UI presents it: its name, colour and value range. */
export interface QuantityInfo {
  key: 'f' | 'i' | 'cTilde' | 'o' | 'c' | 'h';
  /** its pre-activation in the step, for the four learned layers */
  preActivation?: keyof Pick<LstmStep, 'zf' | 'zi' | 'zc' | 'zo'>;
  /** the previous value it replaces, for the two states */
  previous?: keyof Pick<LstmStep, 'cPrev' | 'hPrev'>;
  name: string;
  /** plain-text symbol, e.g. "C̃" */
  symbol: string;
  /** the squashing function of a learned layer */
  squash?: 'σ' | 'tanh';
  color: string;
  /** gates live in [0, 1]; the others are signed */
  range: 'gate' | 'signed';
}

/** The six quantities in the order the cell computes them. */
export const QUANTITIES: readonly QuantityInfo[] = [
  { key: 'f', preActivation: 'zf', name: 'Forget gate', symbol: 'f', squash: 'σ', color: 'var(--forget)', range: 'gate' },
  { key: 'i', preActivation: 'zi', name: 'Input gate', symbol: 'i', squash: 'σ', color: 'var(--input)', range: 'gate' },
  { key: 'cTilde', preActivation: 'zc', name: 'Candidate memory', symbol: 'C̃', squash: 'tanh', color: 'var(--candidate)', range: 'signed' },
  { key: 'o', preActivation: 'zo', name: 'Output gate', symbol: 'o', squash: 'σ', color: 'var(--output)', range: 'gate' },
  { key: 'c', previous: 'cPrev', name: 'Cell state', symbol: 'C', color: 'var(--cell)', range: 'signed' },
  { key: 'h', previous: 'hPrev', name: 'Hidden state', symbol: 'h', color: 'var(--hidden)', range: 'signed' },
];
