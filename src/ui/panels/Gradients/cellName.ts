import type { CellKind } from '../../../model';

/** The standard LSTM's name: its acronym, the same in every language (like RNN). */
const LSTM = 'LSTM';

/** A cell's name from the dictionary's names of the variants, or the acronym for the standard LSTM. Pure. */
export function cellName(names: Readonly<Record<Exclude<CellKind, 'lstm'>, string>>, cell: CellKind): string {
  return cell === 'lstm' ? LSTM : names[cell];
}
