import { useMemo } from 'react';
import { DICTIONARIES, fill, useT, type Dictionary } from '../../../i18n';
import { PRESETS, type PresetId, type Scenario } from '../../../model';

/** A scenario's title and description as the header shows them. */
export interface ScenarioText {
  title: string;
  description: string;
}

const STRESS_TITLE = /^Stress test: (\d+) words, (\d+) units$/;

/**
 * The built-in example a scenario's title and description still belong to: both must equal the preset's
 * English text, so a title the user typed or a description an imported file brought is never replaced.
 * Pure.
 */
export function presetOfText(scenario: Pick<Scenario, 'title' | 'description'>): PresetId | undefined {
  return PRESETS.find(({ scenario: preset }) => preset.title === scenario.title && preset.description === scenario.description)?.id;
}

/**
 * The scenario's title and description in the dictionary's language: a built-in example's own text is
 * translated, while anything the user wrote (or edited) is shown as it is. Pure.
 */
export function localizedScenarioText(scenario: Pick<Scenario, 'title' | 'description'>, t: Dictionary): ScenarioText {
  const id = presetOfText(scenario);
  if (id) return t.presets.scenarios[id];
  const stress = STRESS_TITLE.exec(scenario.title);
  if (stress && scenario.description === DICTIONARIES.en.presets.stress.description) {
    return {
      title: fill(t.presets.stress.title, { words: stress[1], units: stress[2] }),
      description: t.presets.stress.description,
    };
  }
  return { title: scenario.title, description: scenario.description };
}

/** localizedScenarioText in the current language, for a component: `const { title } = useLocalizedScenarioText(scenario)`. */
export function useLocalizedScenarioText(scenario: Pick<Scenario, 'title' | 'description'>): ScenarioText {
  const t = useT();
  const { title, description } = scenario;
  return useMemo(() => localizedScenarioText({ title, description }, t), [title, description, t]);
}
