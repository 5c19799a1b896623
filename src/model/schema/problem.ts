/**
 * What the decoder found wrong, as data: a code, the numbers and names it needs, and where it is. A
 * phrasebook (phrases.en.ts, phrases.zh.ts) words each code, so the same problem reads in any language
 * the UI speaks while the location stays the document's own path.
 */

/** The kind of a JSON value, named in messages ("got an array"). */
export type ValueKind = 'null' | 'array' | 'string' | 'number' | 'boolean' | 'undefined' | 'object' | 'bigint' | 'symbol' | 'function';

/** What the scanner found where the JSON text stops being valid; `found` is the offending character. */
export type JsonSyntaxReason =
  | { code: 'endsEarly' }
  | { code: 'afterEnd'; found: string }
  | { code: 'expectedColon'; found: string }
  | { code: 'expectedCommaOrClose'; close: '}' | ']'; found: string }
  | { code: 'expectedKey'; found: string }
  | { code: 'badNumber' }
  | { code: 'unexpectedWord'; word: string }
  | { code: 'unexpectedCharacter'; found: string }
  | { code: 'controlInText' }
  | { code: 'badEscape'; escape: string }
  | { code: 'badUnicodeEscape' }
  | { code: 'unclosedText' };

/** What a range message says the bounded numbers are. */
export type BoundedQuantity = 'parameters' | 'featureValues' | 'initialStates';

/** Where a JSON text came from: an imported or saved file, or a link's decompressed data. */
export type JsonSource = 'file' | 'link';

/**
 * A problem located in the document: `at` is the JSON path of the field (`params.Wf[0]`,
 * `vocabulary["a b"]`), or '' for the document itself.
 */
type Located<Code extends string, Fields = unknown> = { code: Code; at: string } & Fields;

/**
 * User-supplied names as a message shows them: at most five, each already in double quotes and shortened
 * (so a megabyte-long key cannot flood a message), and how many more there are.
 */
export interface QuotedNames {
  names: string[];
  more: number;
}

/** A problem of the text or link as a whole, before there is a document to point into. */
type Whole<Code extends string, Fields = unknown> = { code: Code } & Fields;

/** One problem the decoder reports; never thrown, always listed. */
export type SchemaProblem =
  // the document and its version
  | Whole<'unreadable', { detail: string }>
  | Located<'notAnObject', { got: ValueKind }>
  /** `supported` lists every version this app reads, oldest first */
  | Located<'versionMissing', { supported: number[] }>
  | Located<'versionNotNumber', { got: ValueKind; supported: number[] }>
  | Located<'versionUnsupported', { version: number; supported: number[] }>
  // the cell (version 2)
  /** `name` is quoted and shortened like QuotedNames; `allowed` are the cells a document may name */
  | Located<'unknownCell', { name: string; allowed: string[] }>
  /** c0 given for a cell without a cell state (the GRU) */
  | Located<'noCellState', { cell: string }>
  | Whole<'incomplete'>
  // any field
  | Located<'missing'>
  | Located<'notText'>
  | Located<'tooLong', { length: number; limit: number }>
  | Located<'unknownFields', QuotedNames & { allowed: string[] }>
  // sentence and step
  | Located<'tooManyWords', { count: number; limit: number }>
  | Located<'stepNotWhole', { got: ValueKind | number }>
  | Located<'stepWithoutWords', { step: number }>
  | Located<'stepOutOfRange', { step: number; words: number }>
  // features
  | Located<'notNameList'>
  | Located<'noFeatures'>
  | Located<'tooManyFeatures', { count: number; limit: number }>
  | Located<'emptyName'>
  | Located<'duplicateNames', QuotedNames>
  // vocabulary
  | Located<'vocabularyNotObject'>
  | Located<'tooManyEntries', { count: number; limit: number }>
  | Located<'emptyToken'>
  /** `token`, `first` and `second` are quoted and shortened like QuotedNames */
  | Located<'tokenTooLong', { token: string; length: number; limit: number }>
  | Located<'sameToken', { first: string; second: string }>
  // params
  | Located<'paramsNotObject', { names: string[] }>
  | Located<'notRowList'>
  | Located<'noRows'>
  | Located<'tooManyRows', { count: number; limit: number }>
  | Located<'notMatrix', { rows: number }>
  | Located<'wrongRowCount', { count: number; expected: number }>
  | Located<'rejectedByCore', { detail: string }>
  // lists of numbers
  | Located<'notNumberList', { count: number }>
  | Located<'wrongUnitCount', { count: number; expected: number }>
  | Located<'wrongFeatureCount', { count: number; expected: number }>
  | Located<'wrongColumnCount', { count: number; hidden: number; features: number }>
  | Located<'notANumber', { got: ValueKind }>
  | Located<'notFinite', { value: number }>
  | Located<'outOfRange', { value: number; limit: number; quantity: BoundedQuantity }>
  // the end of a long list
  | Whole<'moreProblems', { count: number }>
  // JSON text
  | Whole<'jsonNotText'>
  | Whole<'jsonTooLarge', { bytes: number; atLeast: boolean; limit: number }>
  | Whole<'jsonSyntax', { source: JsonSource; reason: JsonSyntaxReason; line: number; column: number }>
  | Whole<'jsonUnparsable', { source: JsonSource; detail: string }>
  // links
  | Whole<'linkNotText'>
  | Whole<'linkTooLong', { length: number; limit: number }>
  | Whole<'linkOtherVersion', { version: string; supported: number[]; prefixes: string[] }>
  | Whole<'notALink', { prefix: string }>
  | Whole<'linkEmpty', { prefix: string }>
  | Whole<'linkBadCharacter', { character: string; position: number }>
  | Whole<'linkDamaged'>
  | Whole<'linkTooLarge', { limit: number }>;

/** The code of a schema problem. */
export type SchemaProblemCode = SchemaProblem['code'];

/** The problem with a given code, with its fields. */
export type SchemaProblemOf<Code extends SchemaProblemCode> = Extract<SchemaProblem, { code: Code }>;

/** The JSON path a problem points at ('' for the whole document), or undefined when it has no place. Pure. */
export function problemLocation(problem: SchemaProblem): string | undefined {
  return 'at' in problem ? problem.at : undefined;
}
