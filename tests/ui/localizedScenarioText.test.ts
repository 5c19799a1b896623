import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n';
import { PRESETS, alicePreset, stressScenario } from '../../src/model';
import { localizedScenarioText, presetOfText } from '../../src/ui/panels/PresetPicker/localizedScenarioText';

const { en, zh } = DICTIONARIES;

describe('localizedScenarioText', () => {
  it('has the presets’ own English text in the English dictionary, so nothing drifts', () => {
    for (const { id, scenario } of PRESETS) {
      expect(en.presets.scenarios[id]).toEqual({ title: scenario.title, description: scenario.description });
    }
    const stress = stressScenario(3, 2);
    expect(stress.description).toBe(en.presets.stress.description);
    expect(stress.title).toBe('Stress test: 3 words, 2 units');
  });

  it('translates a built-in example whose title and description are unedited', () => {
    for (const { id, scenario } of PRESETS) {
      expect(presetOfText(scenario)).toBe(id);
      expect(localizedScenarioText(scenario, zh)).toEqual(zh.presets.scenarios[id]);
      expect(localizedScenarioText(scenario, en)).toEqual({ title: scenario.title, description: scenario.description });
    }
    expect(localizedScenarioText(alicePreset, zh).title).toBe('Alice 很开心');
  });

  it('keeps the example’s text after other edits: the weights or the sentence do not matter', () => {
    const edited = { ...alicePreset, sentence: 'Bob smiles', params: structuredClone(alicePreset.params) };
    expect(localizedScenarioText(edited, zh).title).toBe('Alice 很开心');
  });

  it('shows the user’s own words as they are once the title or the description was changed', () => {
    const retitled = { ...alicePreset, title: 'My Alice' };
    expect(localizedScenarioText(retitled, zh)).toEqual({ title: 'My Alice', description: alicePreset.description });
    const redescribed = { ...alicePreset, description: 'Notes for class' };
    expect(localizedScenarioText(redescribed, zh)).toEqual({ title: alicePreset.title, description: 'Notes for class' });
  });

  it('translates the stress test with its numbers', () => {
    expect(localizedScenarioText(stressScenario(200, 8), zh)).toEqual({
      title: '压力测试：200 个词，8 个单元',
      description: zh.presets.stress.description,
    });
    const renamed = { ...stressScenario(5, 1), description: 'mine' };
    expect(localizedScenarioText(renamed, zh).title).toBe('Stress test: 5 words, 1 units');
  });
});
