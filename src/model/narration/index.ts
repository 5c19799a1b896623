/** The step narration: facts from the numbers, sentences from a phrasebook. */
export type { NarratedQuantity, NarrationSegment, NarrationSentence } from './types';
export type { StepFacts, CellTrend, MemoryBefore, CandidateSign, ChangeRank } from './facts';
export { stepFacts, mostChangedUnit } from './facts';
export type { GruStepFacts } from './gruFacts';
export { gruStepFacts, mostChangedGruUnit } from './gruFacts';
export type { GateBand } from './thresholds';
export { gateBand, GATE_BAND_EDGES, CELL_STILL, NEAR_ZERO, CANDIDATE_NEUTRAL, CANCEL_RATIO, MIN_EARLIER_STEPS } from './thresholds';
export type { NarrationPhrases, GruNarrationPhrases } from './phrases';
export { englishPhrases } from './phrases.en';
export { chinesePhrases } from './phrases.zh';
export { gruEnglishPhrases } from './gruPhrases.en';
export { gruChinesePhrases } from './gruPhrases.zh';
export { narrateStep, sentenceText } from './narrate';
