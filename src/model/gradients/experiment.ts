import type { SimpleRnnParams } from '../../core';
import { keyWordOf, longGapBase, longGapRnn, longGapScenario, LONG_GAP_WORD } from '../comparison/longGap';
import { candidateRnn } from '../comparison/cellRun';
import { withCell } from '../cells';
import { cellOf, type Scenario } from '../scenario';
import { gradientFlow, withRecurrentScale, type GradientFlow } from './flow';
import type { GradientTarget } from './target';

/** What the gradients view runs: the current sentence, or seed 001's long gap with `gap` filler words. */
export interface GradientSettings {
  source: 'sentence' | 'longGap';
  /** filler words between “France” and “I speak fluent French” (long gap only) */
  gap: number;
  /** factor on the simple RNN's recurrent weights (1 = as chosen) */
  recurrentScale: number;
  target: GradientTarget;
}

/** The run behind a GradientFlow: the scenario it used, the RNN it compared with, and the word to mark. */
export interface GradientExperiment {
  scenario: Scenario;
  rnn: SimpleRnnParams;
  flow: GradientFlow;
  /** index of the word whose memory the sentence is about (France in a long gap, else the first word) */
  keyWord: number;
}

/**
 * Builds the sentence and the RNN the settings ask for — the current scenario with its cell's candidate
 * layer as RNN, or the long-gap construction in the current cell with its RNN (see longGapRnn) — scales
 * the RNN's recurrent weights and backpropagates the target through both. Pure.
 */
export function gradientExperiment(current: Scenario, settings: GradientSettings): GradientExperiment {
  const longGap = settings.source === 'longGap';
  const base = longGapBase(current);
  // The long gap is built on the standard LSTM's weights, then converted to the cell being explained (the
  // conversion keeps the candidate layer, so the RNN of the long gap stays the same).
  const scenario = longGap ? withCell(longGapScenario(settings.gap, base), cellOf(current)) : current;
  const chosen = longGap ? longGapRnn(base) : candidateRnn(current);
  const rnn = withRecurrentScale(chosen, settings.recurrentScale);
  return { scenario, rnn, flow: gradientFlow(scenario, rnn, settings.target), keyWord: longGap ? LONG_GAP_WORD : keyWordOf(current) };
}
