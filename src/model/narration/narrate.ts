import type { ScenarioTrace } from '../trace';
import { stepFacts } from './facts';
import { gruStepFacts } from './gruFacts';
import { englishPhrases } from './phrases.en';
import type { NarrationPhrases } from './phrases';
import type { NarrationSentence } from './types';

/**
 * Two to five sentences about step t, chosen from the step's numbers by thresholds and comparisons with
 * earlier steps (never per preset or per token). Empty when the trace has no step t. Pure.
 */
export function narrateStep(trace: ScenarioTrace, t: number, phrases: NarrationPhrases = englishPhrases): NarrationSentence[] {
  if (trace.cell === 'gru') return narrateGruStep(trace, t, phrases);
  const facts = stepFacts(trace, t);
  if (!facts) return [];
  const sentences: NarrationSentence[] = [];
  if (facts.hiddenSize > 1) sentences.push(phrases.unitChoice(facts));
  if (facts.unknownToken) sentences.push(phrases.unknownToken(facts));
  if (facts.zeroInput) sentences.push(phrases.zeroInput(facts));
  sentences.push(phrases.gates(facts));
  // The variants reuse the LSTM's story and add one sentence on what they do differently.
  if (trace.cell === 'peephole' || trace.cell === 'coupled') sentences.push(phrases.variant(facts, trace.cell));
  sentences.push(phrases.cell(facts), phrases.output(facts));
  return sentences;
}

/** The GRU's story of step t: gates, candidate, hidden state (plus the unit and input notes as for the LSTM). Pure. */
function narrateGruStep(trace: ScenarioTrace, t: number, phrases: NarrationPhrases): NarrationSentence[] {
  const facts = gruStepFacts(trace, t);
  if (!facts) return [];
  const sentences: NarrationSentence[] = [];
  if (facts.hiddenSize > 1) sentences.push(phrases.gru.unitChoice(facts));
  if (facts.unknownToken) sentences.push(phrases.unknownToken(facts));
  if (facts.zeroInput) sentences.push(phrases.zeroInput(facts));
  sentences.push(phrases.gru.gates(facts), phrases.gru.candidate(facts), phrases.gru.state(facts));
  return sentences;
}

/** A sentence as plain text with numbers in full precision, for tests and debugging. Pure. */
export function sentenceText(sentence: NarrationSentence): string {
  return sentence.map((segment) => (segment.kind === 'text' || segment.kind === 'token' ? segment.text : String(segment.value))).join('');
}
