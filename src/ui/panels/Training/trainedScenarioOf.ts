import { fill, type Dictionary } from '../../../i18n';
import type { Scenario } from '../../../model';
import { trainedScenario } from '../../../model/training';
import { formatNumber } from '../../../tex';
import type { TrainingSnapshot } from './protocol';

/** A fraction as a percentage with one decimal, e.g. 0.9896 → "99.0%". Pure. */
export function formatAccuracy(fraction: number): string {
  return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(1)}%` : '–';
}

/** The snapshot's weights as a scenario titled and described in the reader's language. Pure. */
export function trainedScenarioOf(snapshot: TrainingSnapshot, words: Dictionary['training'], sentence: string, digits: number): Scenario {
  const { readout } = snapshot.model;
  const last = snapshot.history[snapshot.history.length - 1];
  return trainedScenario(snapshot.model, {
    title: words.scenarioTitle,
    description: fill(words.scenarioDescription, {
      steps: snapshot.steps,
      seed: snapshot.seed,
      accuracy: formatAccuracy(last?.testAccuracy ?? Number.NaN),
      w: readout.w.map((value) => formatNumber(value, digits)).join(', '),
      b: formatNumber(readout.b, digits),
    }),
    sentence,
  });
}
