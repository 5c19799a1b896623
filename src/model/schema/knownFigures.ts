import { LSTM_BIAS_NAMES, LSTM_WEIGHT_NAMES, type LstmParams } from '../../core';
import { alicePreset } from '../presets/alice';
import { isLstmScenario, type Scenario } from '../scenario';

// The presets whose article figures a document can earn back by matching them exactly.
const PRESETS_WITH_FIGURES: readonly Scenario[] = [alicePreset];

/**
 * The scenario with a preset's sourceFigures attached when its sentence, features, vocabulary, params,
 * h0 and c0 are exactly the preset's (documents do not carry figures); otherwise the scenario itself.
 * Title and description may differ. Never mutates; returns a new object when it attaches.
 */
export function attachKnownSourceFigures(scenario: Scenario): Scenario {
  const preset = PRESETS_WITH_FIGURES.find((candidate) => sameRun(candidate, scenario));
  return preset?.sourceFigures === undefined ? scenario : { ...scenario, sourceFigures: preset.sourceFigures };
}

function sameRun(a: Scenario, b: Scenario): boolean {
  return (
    isLstmScenario(a) &&
    isLstmScenario(b) &&
    a.sentence === b.sentence &&
    sameList(a.features, b.features) &&
    sameVocabulary(a.vocabulary, b.vocabulary) &&
    sameParams(a.params, b.params) &&
    sameOptional(a.h0, b.h0) &&
    sameOptional(a.c0, b.c0)
  );
}

function sameVocabulary(a: Record<string, number[]>, b: Record<string, number[]>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameList(a[key], b[key]));
}

function sameParams(a: LstmParams, b: LstmParams): boolean {
  return (
    LSTM_WEIGHT_NAMES.every((name) => a[name].length === b[name].length && a[name].every((row, r) => sameList(row, b[name][r]))) &&
    LSTM_BIAS_NAMES.every((name) => sameList(a[name], b[name]))
  );
}

function sameOptional(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return a === undefined || b === undefined ? a === b : sameList(a, b);
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, k) => value === b[k]);
}
