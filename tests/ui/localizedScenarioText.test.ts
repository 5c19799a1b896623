import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n';
import { PRESETS, alicePreset, aliceRememberedPreset, stressScenario } from '../../src/model';
import { localizedScenarioText, presetOfScenario, presetOfText } from '../../src/ui/panels/PresetPicker/localizedScenarioText';

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

  it('keeps the example’s text after weight edits, and the example stays selected', () => {
    const edited = { ...alicePreset, params: { ...alicePreset.params, bf: [3] } };
    expect(localizedScenarioText(edited, zh).title).toBe('Alice 很开心');
    expect(presetOfScenario(edited)).toBe('alice');
  });

  it('no longer speaks of Alice once the sentence is the user’s own', () => {
    const own = { ...alicePreset, sentence: 'Bob smiles' };
    expect(presetOfScenario(own)).toBeUndefined();
    expect(localizedScenarioText(own, en)).toEqual({
      title: 'Your own sentence',
      description: 'Your own sentence, read with the weights of “Alice is happy”. Step through it and watch what each gate does with every word.',
    });
    expect(localizedScenarioText(own, zh).title).toBe('你自己的句子');
    expect(localizedScenarioText(own, en).description).not.toMatch(/She|remember/);
  });

  it('says “your own words” when the sentence stays but a word’s features change', () => {
    const changed = { ...alicePreset, vocabulary: { ...alicePreset.vocabulary, she: [0, 0, 1] } };
    expect(presetOfScenario(changed)).toBeUndefined();
    expect(localizedScenarioText(changed, en).title).toBe('Your own words');
  });

  it('tells the two Alice examples apart by their text, though they share every word', () => {
    expect(presetOfScenario(alicePreset)).toBe('alice');
    expect(presetOfScenario(aliceRememberedPreset)).toBe('alice-remembered');
  });

  it('shows trained weights by their own text, never as Alice', () => {
    const trained = { ...alicePreset, title: 'Trained: does the pronoun agree?', description: 'Trained weights (step 400).', sentence: 'Nora is happy. She laughs.' };
    expect(presetOfScenario(trained)).toBeUndefined();
    expect(localizedScenarioText(trained, zh)).toEqual({ title: trained.title, description: trained.description });
  });

  it('shows saved work with Alice’s former description as Alice, in her current words', () => {
    const saved = { ...alicePreset, description: 'Can the cell remember that "Alice" (female) came earlier when it reaches "She"? Watch the cell state jump at "She".' };
    expect(presetOfScenario(saved)).toBe('alice');
    expect(localizedScenarioText(saved, en).description).toBe(alicePreset.description);
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
