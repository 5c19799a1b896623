import type { BoundedQuantity, JsonSource, QuotedNames, ValueKind } from './problem';
import { megabytes, shownCharacter, syntaxText, type ProblemPhrases, type SyntaxPhrases } from './phrases';

const KIND: Record<ValueKind, string> = {
  null: 'null',
  array: 'an array',
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  undefined: 'undefined',
  object: 'object',
  bigint: 'bigint',
  symbol: 'symbol',
  function: 'function',
};

const QUANTITY: Record<BoundedQuantity, string> = {
  parameters: 'weights and biases',
  featureValues: 'feature values',
  initialStates: 'initial states',
};

const JSON_PREFIX: Record<JsonSource, string> = { file: 'the JSON is not valid', link: "the link's data is not valid JSON" };

const character = (found: string) => shownCharacter(found, 'character ');
const names = ({ names: shown, more }: QuotedNames) => (more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', '));
// "1 or 2", "1, 2 or 3": the versions (or link prefixes) this app reads.
const either = (items: readonly (string | number)[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

const englishSyntax: SyntaxPhrases = {
  endsEarly: () => 'the text ends too early (it may have been cut off)',
  afterEnd: ({ found }) => `unexpected ${character(found)} after the end of the JSON`,
  expectedColon: ({ found }) => `expected ':' after a field name, found ${character(found)}`,
  expectedCommaOrClose: ({ close, found }) => `expected ',' or '${close}', found ${character(found)}`,
  expectedKey: ({ found }) => `expected a field name in double quotes, found ${character(found)}`,
  badNumber: () => 'a malformed number',
  unexpectedWord: ({ word }) => `unexpected word ${JSON.stringify(word)} (JSON values are numbers, "text", true, false, null, lists and objects)`,
  unexpectedCharacter: ({ found }) => `unexpected ${character(found)} where a value should be`,
  controlInText: () => 'a line break or control character inside quoted text (write it as \\n)',
  badEscape: ({ escape }) => `an invalid escape "\\${escape}" inside quoted text`,
  badUnicodeEscape: () => 'an invalid \\u escape inside quoted text',
  unclosedText: () => 'quoted text is not closed (the text may have been cut off)',
};

/** The English phrasebook of the decoder's problems: every English word of them lives here. */
export const englishProblemPhrases: ProblemPhrases = {
  unreadable: ({ detail }) => `the document could not be read: ${detail}`,
  notAnObject: ({ got }) => `the document must be a JSON object, got ${KIND[got]}`,
  versionMissing: ({ at, supported }) => `${at} is missing (this app reads version ${either(supported)})`,
  versionNotNumber: ({ at, supported, got }) => `${at} must be the number ${either(supported)}, got ${KIND[got]}`,
  versionUnsupported: ({ at, version, supported }) => `${at} ${version} is not supported (this app reads version ${either(supported)})`,
  unknownCell: ({ at, name, allowed }) => `${at} ${name} is not a cell this app knows (allowed: ${allowed.join(', ')})`,
  noCellState: ({ at, cell }) => `${at} is not allowed: the ${cell.toUpperCase()} has no cell state (give its initial state as h0)`,
  incomplete: () => 'the document is incomplete',

  missing: ({ at }) => `${at} is missing`,
  notText: ({ at }) => `${at} must be text`,
  tooLong: ({ at, length, limit }) => `${at} has ${length} characters, the limit is ${limit}`,
  unknownFields: (problem) =>
    `${problem.at || 'the document'} has unknown ${plural(problem.names.length + problem.more, 'field', 'fields')} ${names(problem)} (allowed: ${problem.allowed.join(', ')})`,

  tooManyWords: ({ at, count, limit }) => `${at} has ${count} words, the limit is ${limit}`,
  stepNotWhole: ({ at, got }) => `${at} must be a whole number, got ${typeof got === 'number' ? String(got) : KIND[got]}`,
  stepWithoutWords: ({ at, step }) => `${at} ${step} is out of range: the sentence has no words, so ${at} must be 0`,
  stepOutOfRange: ({ at, step, words }) =>
    `${at} ${step} is out of range: the sentence has ${words} ${plural(words, 'word', 'words')}, so ${at} must be between 0 and ${words - 1}`,

  notNameList: ({ at }) => `${at} must be a list of names`,
  noFeatures: ({ at }) => `${at} must name at least one feature`,
  tooManyFeatures: ({ at, count, limit }) => `${at} has ${count} names, the limit is ${limit}`,
  emptyName: ({ at }) => `${at} is empty`,
  duplicateNames: (problem) => `${problem.at} has duplicates: ${names(problem)}`,

  vocabularyNotObject: ({ at }) => `${at} must be an object mapping each token to its feature vector`,
  tooManyEntries: ({ at, count, limit }) => `${at} has ${count} entries, the limit is ${limit}`,
  emptyToken: ({ at }) => `${at} has an empty token`,
  tokenTooLong: ({ at, token, length, limit }) => `${at} has a token of ${length} characters (${token}), the limit is ${limit}`,
  sameToken: ({ at, first, second }) => `${at} has ${first} and ${second}, which are the same token`,

  paramsNotObject: ({ at, names: required }) => `${at} must be an object with ${required.join(', ')}`,
  notRowList: ({ at }) => `${at} must be a list of rows, one per hidden unit`,
  noRows: ({ at }) => `${at} must have at least one row (the hidden size H ≥ 1)`,
  tooManyRows: ({ at, count, limit }) => `${at} has ${count} rows, but the hidden size H is limited to ${limit}`,
  notMatrix: ({ at, rows }) => `${at} must be a list of ${rows} rows`,
  wrongRowCount: ({ at, count, expected }) => `${at} has ${count} rows, expected ${expected} (H=${expected})`,
  rejectedByCore: ({ at, detail }) => `${at}: ${detail}`,

  notNumberList: ({ at, count }) => `${at} must be a list of ${count} numbers`,
  wrongUnitCount: ({ at, count, expected }) => `${at} has ${count} numbers, expected ${expected} (H=${expected})`,
  wrongFeatureCount: ({ at, count, expected }) => `${at} has ${count} numbers, expected ${expected} (one per feature)`,
  wrongColumnCount: ({ at, count, hidden, features }) =>
    `${at} has ${count} columns, expected ${hidden + features} (H=${hidden} + D=${features})`,
  notANumber: ({ at, got }) => `${at} must be a number, got ${KIND[got]}`,
  notFinite: ({ at, value }) => `${at} is not a finite number (${value})`,
  outOfRange: ({ at, value, limit, quantity }) => `${at} is ${value}, but ${QUANTITY[quantity]} must be between -${limit} and ${limit}`,

  moreProblems: ({ count }) => `…and ${count} more ${plural(count, 'problem', 'problems')}`,

  jsonNotText: () => 'the JSON must be text',
  jsonTooLarge: ({ bytes, atLeast, limit }) =>
    `the JSON is too large (${atLeast ? 'at least ' : ''}${megabytes(bytes)}); the limit is ${megabytes(limit)}`,
  jsonSyntax: ({ source, reason, line, column }) =>
    `${JSON_PREFIX[source]}: ${syntaxText(reason, englishSyntax)} (line ${line}, column ${column})`,
  jsonUnparsable: ({ source, detail }) => `${JSON_PREFIX[source]}: ${detail}`,

  linkNotText: () => 'the link must be text',
  linkTooLong: ({ length, limit }) => `the link is too long (${length} characters; the limit is ${limit})`,
  linkOtherVersion: ({ version, supported, prefixes }) =>
    `this link is in format version ${version}, but this app reads version ${either(supported)} links (they start with ${either(prefixes.map((prefix) => `"${prefix}"`))})`,
  notALink: ({ prefix }) => `this is not a scenario link (scenario links start with "${prefix}")`,
  linkEmpty: ({ prefix }) => `the link has no scenario data after "${prefix}"`,
  linkBadCharacter: ({ character: found, position }) =>
    `the link has ${JSON.stringify(found)} at position ${position}, which cannot be part of a scenario link (was it changed or cut?)`,
  linkDamaged: () => 'the link is damaged or incomplete: its data cannot be decompressed',
  linkTooLarge: ({ limit }) => `the link's data expands to more than ${limit / 1000} KB, the limit for a link`,
};
