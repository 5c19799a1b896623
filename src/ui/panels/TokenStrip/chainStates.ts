import { isGruStep, type CellStep } from '../../../model';

/** What one word's cell hands to the next: the cell state C (none for the GRU) and the hidden state h. */
export interface ChainState {
  c: readonly number[] | null;
  h: readonly number[];
}

/** The state passed on after each word, read from a trace's steps (C_t and h_t). Pure. */
export function chainStates(steps: readonly CellStep[]): ChainState[] {
  return steps.map((step) => ({ c: isGruStep(step) ? null : step.c, h: step.h }));
}

/**
 * One number that stands for a state vector on the chain: the value itself for one unit, else the
 * vector's Euclidean length (norm), which a long vector cannot show in a small arrow. Pure.
 */
export function compactState(vector: readonly number[]): { value: number; isNorm: boolean } {
  if (vector.length === 1) return { value: vector[0], isNorm: false };
  return { value: Math.hypot(...vector), isNorm: true };
}

/** Whether an input vector is short enough to print on its word's cell (a few small numbers). Pure. */
export function fitsOnCell(vector: readonly number[]): boolean {
  return vector.length <= 4 && vector.every((value) => Number.isInteger(value) && Math.abs(value) < 100);
}
