import type { LstmScenario } from '../scenario';
import { alicePreset } from './alice';
import { aliceRememberedPreset } from './aliceRemembered';
import { candidateMemoryPreset } from './candidateMemory';
import { longGapPreset } from './longGap';
import { motherlandPreset } from './motherland';
import { weatherPreset } from './weather';

/** The stable ids of the presets; they appear in links and saved state, so never rename one. */
export type PresetId = 'alice' | 'alice-remembered' | 'candidate-memory' | 'long-gap' | 'motherland' | 'weather';

/** A named example scenario for the preset menu. */
export interface Preset {
  id: PresetId;
  scenario: LstmScenario;
}

/** Every preset in menu order, Alice first (the default) and the Alice that remembers next to it. Shared constants: never mutate them. */
export const PRESETS: readonly Preset[] = [
  { id: 'alice', scenario: alicePreset },
  { id: 'alice-remembered', scenario: aliceRememberedPreset },
  { id: 'candidate-memory', scenario: candidateMemoryPreset },
  { id: 'long-gap', scenario: longGapPreset },
  { id: 'motherland', scenario: motherlandPreset },
  { id: 'weather', scenario: weatherPreset },
];

/** The preset with this id, or undefined for an unknown id. Pure. */
export function presetById(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
