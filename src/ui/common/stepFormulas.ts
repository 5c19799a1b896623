import type { ScenarioTrace } from '../../model';
import { cellEquations, concatInputTex } from '../../tex';

/** Every formula the panels typeset for step t of the trace's cell (empty past the end): what prewarming renders ahead. Pure. */
export function stepFormulas(trace: ScenarioTrace, t: number, digits: number): { tex: string; display: boolean }[] {
  const step = trace.cellSteps[t];
  if (!step) return [];
  const equations = cellEquations(trace.cell, step, t, digits).flatMap((equation) => [
    { tex: equation.symbolic, display: false },
    { tex: equation.flowing, display: false },
    // the presenter's fixed block
    { tex: equation.substituted, display: false },
  ]);
  return [...equations, { tex: concatInputTex(step, t, trace.tokens[t].text, digits), display: true }];
}
