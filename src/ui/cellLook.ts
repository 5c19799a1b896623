import type { Dictionary } from '../i18n';
import { CELLS, isGruStep, type CellKind, type CellParams, type CellStep, type LayerDescription, type QuantityDescription, type QuantityKey } from '../model';
import type { CellEquationId } from '../tex';

/**
 * How the panels present a cell, read from the model's cell table: which quantity each equation
 * computes, its colour and learned layer, and every name in the reader's language.
 */

/** The quantity each equation computes, for each cell (the candidate is C̃ in the LSTM family, h̃ in the GRU). */
export function equationQuantity(kind: CellKind, equation: CellEquationId): QuantityKey {
  switch (equation) {
    case 'forget':
      return 'f';
    case 'input':
      return 'i';
    case 'candidate':
      return kind === 'gru' ? 'hTilde' : 'cTilde';
    case 'cell':
      return 'c';
    case 'output':
      return 'o';
    case 'hidden':
      return 'h';
    case 'update':
      return 'z';
    case 'reset':
      return 'r';
  }
}

/** The quantity's description in a cell, or undefined when the cell has none with that key. Pure. */
export function quantityIn(kind: CellKind, key: QuantityKey): QuantityDescription | undefined {
  return CELLS[kind].quantities.find((quantity) => quantity.key === key);
}

/** The colour of a quantity in a cell (ink when the cell has none by that key). Pure. */
export function quantityColor(kind: CellKind, key: QuantityKey): string {
  return quantityIn(kind, key)?.color ?? 'var(--ink)';
}

/** The learned layer that computes a quantity in a cell (none for states and the coupled LSTM's i). Pure. */
export function layerOf(kind: CellKind, key: QuantityKey): LayerDescription | undefined {
  return CELLS[kind].layers.find((layer) => layer.output === key);
}

/** The cell a step and, when given, its params belong to: the params' names tell all four apart. Pure. */
export function cellFromParams(params: CellParams): CellKind {
  if ('Wz' in params) return 'gru';
  if ('pf' in params) return 'peephole';
  if (!('Wi' in params)) return 'coupled';
  return 'lstm';
}

/** The cell of a step when nothing else says: a GRU step is the GRU's, any other the LSTM's. Pure. */
export function cellFromStep(step: CellStep): CellKind {
  return isGruStep(step) ? 'gru' : 'lstm';
}

/** Every quantity's name in the reader's language (the LSTM's from values, the GRU's own from cells). Pure. */
export function quantityNames(t: Dictionary): Record<QuantityKey, string> {
  return { ...t.values.quantities, ...t.cells.quantities };
}

/** An equation's name for a cell in the reader's language. Pure. */
export function equationName(kind: CellKind, equation: CellEquationId, t: Dictionary): string {
  if (equation === 'update' || equation === 'reset') return t.cells.equations[equation];
  if (kind === 'gru' && equation === 'candidate') return t.cells.equations.gruCandidate;
  if (kind === 'gru' && equation === 'hidden') return t.cells.equations.gruHidden;
  if (kind === 'coupled' && equation === 'input') return t.cells.equations.coupledInput;
  return t.equations.names[equation];
}

/** The TeX letter of a layer's W and b: f, i, C, o, z, r, h. Pure. */
export function layerLetter(layer: LayerDescription): string {
  return layer.weights.slice(1) === 'c' ? 'C' : layer.weights.slice(1);
}

/** A step's values by key (undefined where the step has no such quantity). Pure. */
export function valuesOf(step: CellStep, key: string): number[] | undefined {
  const value = (step as unknown as Record<string, unknown>)[key];
  return Array.isArray(value) ? (value as number[]) : undefined;
}
