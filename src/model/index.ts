/** The explainer's domain: scenarios, tokenizer, presets. */
export type { Scenario, ScenarioBase, LstmScenario, PeepholeScenario, CoupledScenario, GruScenario, CellKind, CellParams } from './scenario';
export { vocabularyKey, vocabularyVector, cellOf, isLstmScenario, hiddenSizeOf, CELL_KINDS } from './scenario';
export * from './cells';
export type { Token } from './tokenizer';
export { tokenize } from './tokenizer';
export type { EncodedToken } from './encode';
export { encodeSentence } from './encode';
export { traceScenario, isGruStep, stepValues, memoryOf, type ScenarioTrace, type CellStep } from './trace';
export { alicePreset } from './presets/alice';
export { aliceRememberedPreset } from './presets/aliceRemembered';
export { mulberry32, randomLstmParams } from './random';
export { stressScenario } from './presets/stress';
export type { SourceFigure, SourceFigures, FigureComparison, FigureCheck } from './articleFigures';
export { checkSourceFigures, FIGURE_TOLERANCE_UNITS } from './articleFigures';
export type { NarrationSegment, NarrationSentence, NarratedQuantity, NarrationPhrases, StepFacts, GateBand } from './narration';
export { narrateStep, stepFacts, englishPhrases, sentenceText } from './narration';
export {
  withWeight,
  withBias,
  withSentence,
  withVocabularyValue,
  withVocabularyToken,
  withFeatureAdded,
  withFeatureRenamed,
  withFeatureRemoved,
  withHiddenSize,
} from './edits';
export { PRESETS, presetById, type Preset, type PresetId } from './presets';
export { candidateMemoryPreset } from './presets/candidateMemory';
export { longGapPreset } from './presets/longGap';
export { motherlandPreset } from './presets/motherland';
export { weatherPreset } from './presets/weather';
export type { ScenarioDocument, LstmScenarioDocument, CellScenarioDocument, ScenarioDecodeResult, JsonSyntaxError } from './schema';
export {
  encodeScenarioDocument,
  decodeScenarioDocument,
  parseScenarioJson,
  encodeScenarioLink,
  decodeScenarioLink,
  LINK_PREFIX,
  LINK_PREFIXES,
  traceToCsv,
  CSV_UNIT_QUANTITIES,
  CSV_CELL_QUANTITIES,
  attachKnownSourceFigures,
  findJsonSyntaxError,
  SCHEMA_VERSION,
  CELL_SCHEMA_VERSION,
  SUPPORTED_SCHEMA_VERSIONS,
  MAX_SENTENCE_TOKENS,
  MAX_SENTENCE_CHARACTERS,
  MAX_HIDDEN_SIZE,
  MAX_FEATURES,
  MAX_VOCABULARY_ENTRIES,
  MAX_NAME_CHARACTERS,
  MAX_TITLE_CHARACTERS,
  MAX_DESCRIPTION_CHARACTERS,
  MAX_ABS_PARAMETER,
  MAX_ABS_FEATURE_VALUE,
  MAX_ABS_INITIAL_STATE,
  MAX_JSON_BYTES,
  MAX_LINK_CHARACTERS,
  MAX_LINK_JSON_CHARACTERS,
  MAX_REPORTED_ERRORS,
} from './schema';
export { firstWordSignal, rnnFromCandidateLayer, type FirstWordSignal } from './firstWordSignal';
