import type { Dictionary } from '../../i18n';
import { fill } from '../../i18n';
import { stepFacts, type ScenarioTrace } from '../../model';
import { formatNumber } from '../../tex';

/**
 * The sentence a screen reader hears for step t, e.g. "Step 4 of 5, She: forget 0.65, input 0.58, cell
 * 0.39, hidden 0.18". With several hidden units it reads the unit the narration follows (the one whose
 * cell state changes most) and names it. Empty when the trace has no step t. Pure.
 */
export function stepAnnouncement(trace: ScenarioTrace, t: number, words: Dictionary['a11y']['announce'], digits = 2): string {
  const facts = stepFacts(trace, t);
  const step = trace.steps[t];
  if (!facts || !step) return '';
  const unit = facts.unit;
  const number = (value: number) => formatNumber(value, digits);
  const values = fill(words.values, { f: number(step.f[unit]), i: number(step.i[unit]), c: number(step.c[unit]), h: number(step.h[unit]) });
  const common = { step: t + 1, count: trace.steps.length, token: facts.token, values };
  return trace.hiddenSize > 1
    ? fill(words.stepUnit, { ...common, unit: unit + 1, units: trace.hiddenSize })
    : fill(words.step, common);
}
