import type { Dictionary } from '../../i18n';
import { fill } from '../../i18n';
import { CELLS, memoryOf, stepValues, type CellKind, type QuantityDescription, type ScenarioTrace } from '../../model';
import { formatNumber } from '../../tex';

// The gates that decide what the memory keeps and writes come first in every cell's order (f, i in the
// LSTM family; z, r in the GRU). The output gate and the candidate are left out so the sentence stays short.
const SPOKEN_GATES = 2;

/** The quantities read out for a cell: its first two gates, then its states (C and h, or the GRU's h). Pure. */
export function spokenQuantities(kind: CellKind): QuantityDescription[] {
  const quantities = CELLS[kind].quantities;
  const gates = quantities.filter((quantity) => quantity.role === 'gate').slice(0, SPOKEN_GATES);
  return [...gates, ...quantities.filter((quantity) => quantity.role === 'state')];
}

/**
 * The sentence a screen reader hears for step t, e.g. "Step 4 of 5, She: forget 0.65, input 0.58, cell
 * 0.39, hidden 0.18" (a GRU: "update …, reset …, hidden …"). With several hidden units it reads the unit
 * the narration follows (the one whose memory, C or the GRU's h, changes most) and names it. Empty when
 * the trace has no step t. Pure.
 */
export function stepAnnouncement(trace: ScenarioTrace, t: number, words: Dictionary['a11y']['announce'], digits = 2): string {
  const step = trace.cellSteps[t];
  const token = trace.tokens[t];
  if (!step || !token) return '';
  const unit = mostChangedUnit(memoryOf(step));
  const values = spokenQuantities(trace.cell)
    .map((quantity) => fill(words.values[quantity.key], { value: formatNumber(stepValues(step, quantity.key)?.[unit] ?? Number.NaN, digits) }))
    .join(words.separator);
  const common = { step: t + 1, count: trace.cellSteps.length, token: token.text, values };
  return trace.hiddenSize > 1
    ? fill(words.stepUnit, { ...common, unit: unit + 1, units: trace.hiddenSize })
    : fill(words.step, common);
}

// The same choice as the narration's: the largest |now − before|, the first unit on ties.
function mostChangedUnit({ now, before }: { now: number[]; before: number[] }): number {
  let best = 0;
  now.forEach((value, unit) => {
    if (Math.abs(value - before[unit]) > Math.abs(now[best] - before[best])) best = unit;
  });
  return best;
}
