import { LSTM_BIAS_NAMES, LSTM_WEIGHT_NAMES, type LstmParams } from '../../core';
import type { Scenario } from '../scenario';
import type { SchemaProblem } from './problem';
import { SCHEMA_VERSION } from './limits';

/**
 * A scenario as saved to a JSON file or a link (format version 1). Plain JSON data: the vocabulary maps a
 * token to its D feature values, and params is the core's LstmParams. sourceFigures is not part of it.
 */
export interface ScenarioDocument {
  version: typeof SCHEMA_VERSION;
  title?: string;
  description?: string;
  sentence: string;
  features: string[];
  vocabulary: Record<string, number[]>;
  params: LstmParams;
  h0?: number[];
  c0?: number[];
  /** the 0-based time step being shown */
  step?: number;
}

/**
 * What decoding a document, a JSON text or a link gives: the whole scenario and step, or only the problems
 * (at least one; word them with problemText in the reader's language).
 */
export type ScenarioDecodeResult =
  | { ok: true; scenario: Scenario; step: number }
  | { ok: false; problems: SchemaProblem[] };

/**
 * The version-1 document for a scenario at a step: fresh arrays throughout, sourceFigures left out, fields
 * in a stable order. Does not validate (decodeScenarioDocument does) and never mutates its inputs.
 */
export function encodeScenarioDocument(scenario: Scenario, step: number): ScenarioDocument {
  const saved: ScenarioDocument = {
    version: SCHEMA_VERSION,
    title: scenario.title,
    description: scenario.description,
    sentence: scenario.sentence,
    features: [...scenario.features],
    // fromEntries defines own properties, so a token spelled "__proto__" stays an entry.
    vocabulary: Object.fromEntries(Object.keys(scenario.vocabulary).map((token) => [token, [...scenario.vocabulary[token]]])),
    params: copyParams(scenario.params),
  };
  if (scenario.h0 !== undefined) saved.h0 = [...scenario.h0];
  if (scenario.c0 !== undefined) saved.c0 = [...scenario.c0];
  saved.step = step;
  return saved;
}

function copyParams(params: LstmParams): LstmParams {
  const copy = {} as LstmParams;
  for (const name of LSTM_WEIGHT_NAMES) copy[name] = params[name].map((row) => [...row]);
  for (const name of LSTM_BIAS_NAMES) copy[name] = [...params[name]];
  return copy;
}
