import type { LstmScenario } from '../scenario';

/**
 * Seed 000's "今天 天气 很 好" (today / weather / very / good) with one unit for the time and one for the
 * topic: 今天 is stored in unit 1, the forget gate lets it survive 天气 while unit 2 stores the weather,
 * 很 leaves the belt alone, and both output gates open at 好. Weight rows run over
 * [h₁, h₂, time, weather, degree, opinion]. Never mutated.
 */
export const weatherPreset: LstmScenario = {
  title: '今天 天气 很 好 (today the weather is very good)',
  description:
    'Unit 1 stores 今天 (today) and its forget gate keeps it through 天气 while unit 2 stores the weather, and both memories stay hidden until the output gates open at 好.',
  sentence: '今天 天气 很 好',
  features: ['time', 'weather', 'degree', 'opinion'],
  vocabulary: {
    今天: [1, 0, 0, 0],
    天气: [0, 1, 0, 0],
    很: [0, 0, 1, 0],
    好: [0, 0, 0, 1],
  },
  params: {
    // The h columns are zero: both memories travel on the belt, so each gate reads only the current word.
    // The forget gates' bias alone keeps σ(4) ≈ 0.98 a step; a negative weight in unit 1's weather column
    // would make 天气 wipe out 今天.
    Wf: [
      [0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ],
    // Each unit's input gate opens only for its own word: σ(−4 + 8) ≈ 0.98, otherwise σ(−4) ≈ 0.02.
    Wi: [
      [0, 0, 8, 0, 0, 0],
      [0, 0, 0, 8, 0, 0],
    ],
    Wc: [
      [0, 0, 2, 0, 0, 0],
      [0, 0, 0, 2, 0, 0],
    ],
    // Only an opinion word opens the output gates, so the memory is stored quietly and shown at 好.
    Wo: [
      [0, 0, 0, 0, 0, 8],
      [0, 0, 0, 0, 0, 8],
    ],
    bf: [4, 4],
    bi: [-4, -4],
    bc: [0, 0],
    bo: [-4, -4],
  },
};
