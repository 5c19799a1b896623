/** Any cell beside a simple RNN: both on one sentence, and seed 001's long-gap experiment. */
export { compareCells, type CellComparison } from './cellComparison';
export { candidateRnn, runCellStates, type CellStates } from './cellRun';
export {
  LONG_GAP_MIN,
  LONG_GAP_MAX,
  LONG_GAP_WORD,
  fillerWords,
  longGapBase,
  usesOwnWeights,
  longGapEdited,
  keyWordOf,
  longGapScenario,
  fillerKeepRates,
  longGapRnn,
  longGapShareAt,
  longGapCurve,
  type LongGapCurve,
} from './longGap';
export { standardLstmParams, requireStandardLstm } from './standardLstm';
