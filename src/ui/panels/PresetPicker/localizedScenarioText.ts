import { useMemo } from 'react';
import { DICTIONARIES, fill, useT, type Dictionary } from '../../../i18n';
import { PRESETS, type PresetId, type Scenario } from '../../../model';

/** A scenario's title and description as the header shows them. */
export interface ScenarioText {
  title: string;
  description: string;
}

/** What the header reads of a scenario: its text, and the words the text is about. */
export type ScenarioWords = Pick<Scenario, 'title' | 'description' | 'sentence' | 'features' | 'vocabulary'>;

const STRESS_TITLE = /^Stress test: (\d+) words, (\d+) units$/;

// Descriptions an example carried in earlier versions, which saved work and shared files may still hold:
// they belong to the example and are shown as its current text.
const FORMER_DESCRIPTIONS: Readonly<Record<string, PresetId>> = {
  'Can the cell remember that "Alice" (female) came earlier when it reaches "She"? Watch the cell state jump at "She".': 'alice',
};

/**
 * The built-in example a scenario's title and description still belong to: both must equal the preset's
 * English text, so a title the user typed or a description an imported file brought is never replaced.
 * Pure.
 */
export function presetOfText(scenario: Pick<Scenario, 'title' | 'description'>): PresetId | undefined {
  const current = PRESETS.find(({ scenario: preset }) => preset.title === scenario.title && preset.description === scenario.description);
  if (current) return current.id;
  const former = FORMER_DESCRIPTIONS[scenario.description];
  return former && PRESETS.find(({ id }) => id === former)?.scenario.title === scenario.title ? former : undefined;
}

/** Whether the scenario reads the preset's sentence with the preset's features and vocabulary (weights may differ). Pure. */
function hasPresetWords(scenario: ScenarioWords, id: PresetId): boolean {
  const preset = PRESETS.find((candidate) => candidate.id === id)?.scenario;
  if (!preset) return false;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return preset.sentence === scenario.sentence && same(preset.features, scenario.features) && same(sortedEntries(preset.vocabulary), sortedEntries(scenario.vocabulary));
}

function sortedEntries(vocabulary: Record<string, number[]>): [string, number[]][] {
  return Object.entries(vocabulary).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The built-in example a scenario still is: its text is the example's and so are its words (sentence,
 * features, vocabulary); edited weights or another cell keep it the example. Undefined for the user's
 * own sentence, trained weights, an imported file or the stress test. Pure.
 */
export function presetOfScenario(scenario: ScenarioWords): PresetId | undefined {
  const id = presetOfText(scenario);
  return id && hasPresetWords(scenario, id) ? id : undefined;
}

/**
 * The scenario's title and description in the dictionary's language: a built-in example's own text is
 * translated; once the user has typed their own sentence or changed its words the example's text no
 * longer describes it, and it says so; anything the user wrote (or a trained or imported scenario's own
 * text) is shown as it is. Pure.
 */
export function localizedScenarioText(scenario: ScenarioWords, t: Dictionary): ScenarioText {
  const id = presetOfText(scenario);
  if (id && hasPresetWords(scenario, id)) return t.presets.scenarios[id];
  if (id) {
    const own = scenario.sentence === PRESETS.find((preset) => preset.id === id)?.scenario.sentence ? t.presets.ownWords : t.presets.ownSentence;
    return { title: own.title, description: fill(own.description, { example: t.presets.scenarios[id].title }) };
  }
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
export function useLocalizedScenarioText(scenario: ScenarioWords): ScenarioText {
  const t = useT();
  const { title, description, sentence, features, vocabulary } = scenario;
  return useMemo(
    () => localizedScenarioText({ title, description, sentence, features, vocabulary }, t),
    [title, description, sentence, features, vocabulary, t],
  );
}
