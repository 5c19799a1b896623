import type { LstmParams } from '../../core';
import type { Scenario } from '../scenario';

/**
 * The scenario's parameters when it runs the standard LSTM (no `cell` field, or 'lstm'), or null when it
 * runs another cell: the comparisons set the LSTM's belt and gates against a simple RNN built from its
 * candidate layer, which only the standard LSTM has in that form. Pure.
 */
export function standardLstmParams(scenario: Scenario): LstmParams | null {
  // Read through Reflect so this compiles whether or not the scenario type names its cell.
  const cell: unknown = Reflect.get(scenario, 'cell');
  return cell === undefined || cell === 'lstm' ? (scenario.params as LstmParams) : null;
}

/** standardLstmParams, or an Error naming the cell the scenario runs instead. Pure. */
export function requireStandardLstm(scenario: Scenario): LstmParams {
  const params = standardLstmParams(scenario);
  if (!params) throw new Error(`the comparison needs the standard LSTM; this scenario runs the ${String(Reflect.get(scenario, 'cell'))} cell`);
  return params;
}
