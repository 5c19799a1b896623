import { attachKnownSourceFigures, encodeScenarioDocument, PRESETS, type Scenario } from '../model';

/**
 * A loaded scenario that is exactly a built-in example becomes that example's own object, so the
 * example menu recognises it and its article note comes back; anything else is returned unchanged. Pure.
 */
export function canonicalScenario(scenario: Scenario): Scenario {
  const key = JSON.stringify(encodeScenarioDocument(scenario, 0));
  const preset = PRESETS.find((candidate) => JSON.stringify(encodeScenarioDocument(candidate.scenario, 0)) === key);
  return preset ? preset.scenario : attachKnownSourceFigures(scenario);
}
