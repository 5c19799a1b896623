/** The LSTM beside a simple RNN: both cells on one sentence, and seed 001's long-gap experiment. */
export { compareCells, type CellComparison } from './cellComparison';
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
