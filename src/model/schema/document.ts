import type { LstmParams } from '../../core';
import { mapParameters } from '../cells/parameters';
import { cellOf, type CellKind, type CellParams, type Scenario } from '../scenario';
import type { SchemaProblem } from './problem';
import { CELL_SCHEMA_VERSION, SCHEMA_VERSION } from './limits';

/**
 * A standard LSTM scenario as saved to a JSON file or a link (format version 1). Plain JSON data: the
 * vocabulary maps a token to its D feature values, and params is the core's LstmParams. sourceFigures is
 * not part of it.
 */
export interface LstmScenarioDocument {
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
 * A scenario of another cell (format version 2): version 1's fields plus `cell`, with the params that cell
 * needs (peephole: pf, pi, po too; coupled: no Wi, bi; GRU: Wz, Wr, Wh, bz, br, bh and no c0).
 */
export interface CellScenarioDocument extends Omit<LstmScenarioDocument, 'version' | 'params'> {
  version: typeof CELL_SCHEMA_VERSION;
  cell: CellKind;
  params: CellParams;
}

/** Any document this app writes: version 1 for the standard LSTM (byte for byte as before), version 2 for the other cells. */
export type ScenarioDocument = LstmScenarioDocument | CellScenarioDocument;

/**
 * What decoding a document, a JSON text or a link gives: the whole scenario and step, or only the problems
 * (at least one; word them with problemText in the reader's language).
 */
export type ScenarioDecodeResult =
  | { ok: true; scenario: Scenario; step: number }
  | { ok: false; problems: SchemaProblem[] };

/**
 * The document for a scenario at a step: version 1 for a standard LSTM, version 2 (with `cell` after the
 * version) for the other cells. Fresh arrays throughout, sourceFigures left out, fields in a stable order.
 * Does not validate (decodeScenarioDocument does) and never mutates its inputs.
 */
export function encodeScenarioDocument(scenario: Scenario, step: number): ScenarioDocument {
  const kind = cellOf(scenario);
  const common = {
    title: scenario.title,
    description: scenario.description,
    sentence: scenario.sentence,
    features: [...scenario.features],
    // fromEntries defines own properties, so a token spelled "__proto__" stays an entry.
    vocabulary: Object.fromEntries(Object.keys(scenario.vocabulary).map((token) => [token, [...scenario.vocabulary[token]]])),
  };
  const params = mapParameters(kind, scenario.params);
  const saved: ScenarioDocument =
    kind === 'lstm'
      ? { version: SCHEMA_VERSION, ...common, params: params as LstmParams }
      : { version: CELL_SCHEMA_VERSION, cell: kind, ...common, params };
  if (scenario.h0 !== undefined) saved.h0 = [...scenario.h0];
  if (scenario.c0 !== undefined && kind !== 'gru') saved.c0 = [...scenario.c0];
  saved.step = step;
  return saved;
}
