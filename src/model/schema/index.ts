/** The versioned scenario schema: JSON documents, links and CSV export, with a validating decoder. */
export type { ScenarioDocument, LstmScenarioDocument, CellScenarioDocument, ScenarioDecodeResult } from './document';
export { encodeScenarioDocument } from './document';
export { decodeScenarioDocument } from './decodeDocument';
export { parseScenarioJson } from './json';
export { encodeScenarioLink, decodeScenarioLink, LINK_PREFIX, LINK_PREFIXES } from './link';
export { traceToCsv, CSV_UNIT_QUANTITIES, CSV_CELL_QUANTITIES } from './csv';
export { attachKnownSourceFigures } from './knownFigures';
export type { JsonSyntaxError } from './jsonSyntax';
export type { SchemaProblem, SchemaProblemCode, SchemaProblemOf, JsonSyntaxReason, ValueKind, BoundedQuantity, JsonSource, QuotedNames } from './problem';
export { problemLocation } from './problem';
export type { ProblemPhrases, SyntaxPhrases } from './phrases';
export { problemText } from './phrases';
export { englishProblemPhrases } from './phrases.en';
export { chineseProblemPhrases } from './phrases.zh';
export { PROBLEM_PHRASES } from './phrasebooks';
export { findJsonSyntaxError } from './jsonSyntax';
export {
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
} from './limits';
