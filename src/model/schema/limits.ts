/**
 * The bounds an imported scenario must respect. They keep every accepted document cheap to draw and
 * run (the performance budget assumes 200 tokens and H = 8), and give hostile input a short way out.
 */

/** The format version of a standard LSTM's document: written for every LSTM scenario, exactly as before cells. */
export const SCHEMA_VERSION = 1;
/** The format version that names its cell (peephole, coupled, GRU): version 1's fields plus `cell`. */
export const CELL_SCHEMA_VERSION = 2;
/** Every document version this app reads. */
export const SUPPORTED_SCHEMA_VERSIONS: readonly number[] = [SCHEMA_VERSION, CELL_SCHEMA_VERSION];

/** Most words a sentence may have (counted with the model's tokenizer). */
export const MAX_SENTENCE_TOKENS = 200;
/** Most characters (UTF-16 code units) a sentence may have. */
export const MAX_SENTENCE_CHARACTERS = 2000;
/** Most hidden units H. */
export const MAX_HIDDEN_SIZE = 8;
/** Most input features D. */
export const MAX_FEATURES = 16;
/** Most vocabulary entries. */
export const MAX_VOCABULARY_ENTRIES = 500;
/** Most characters in a feature name or a vocabulary token. */
export const MAX_NAME_CHARACTERS = 100;
/** Most characters in a title. */
export const MAX_TITLE_CHARACTERS = 200;
/** Most characters in a description. */
export const MAX_DESCRIPTION_CHARACTERS = 2000;
/** Largest allowed |w| for every weight and bias. */
export const MAX_ABS_PARAMETER = 10;
/** Largest allowed |x| for every feature value in the vocabulary. */
export const MAX_ABS_FEATURE_VALUE = 10;
/** Largest allowed |h0| and |c0| entries. */
export const MAX_ABS_INITIAL_STATE = 1;

/** Largest JSON text parseScenarioJson accepts, in UTF-8 bytes (1 MB). */
export const MAX_JSON_BYTES = 1_000_000;
/** Longest link payload decodeScenarioLink accepts, in characters. */
export const MAX_LINK_CHARACTERS = 100_000;
/** Largest JSON a link may expand to, in characters (100 KB). */
export const MAX_LINK_JSON_CHARACTERS = 100_000;
/** Most error messages one decode reports; the rest are summarised in one line. */
export const MAX_REPORTED_ERRORS = 20;
