import type { ScenarioTrace } from '../trace';
import { stepFacts } from './facts';
import { englishPhrases } from './phrases.en';
import type { NarrationPhrases } from './phrases';
import type { NarrationSentence } from './types';

/**
 * Two to five sentences about step t, chosen from the step's numbers by thresholds and comparisons with
 * earlier steps (never per preset or per token). Empty when the trace has no step t. Pure.
 */
export function narrateStep(trace: ScenarioTrace, t: number, phrases: NarrationPhrases = englishPhrases): NarrationSentence[] {
  const facts = stepFacts(trace, t);
  if (!facts) return [];
  const sentences: NarrationSentence[] = [];
  if (facts.hiddenSize > 1) sentences.push(phrases.unitChoice(facts));
  if (facts.unknownToken) sentences.push(phrases.unknownToken(facts));
  if (facts.zeroInput) sentences.push(phrases.zeroInput(facts));
  sentences.push(phrases.gates(facts), phrases.cell(facts), phrases.output(facts));
  return sentences;
}

/** A sentence as plain text with numbers in full precision, for tests and debugging. Pure. */
export function sentenceText(sentence: NarrationSentence): string {
  return sentence.map((segment) => (segment.kind === 'text' || segment.kind === 'token' ? segment.text : String(segment.value))).join('');
}
