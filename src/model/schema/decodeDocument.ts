import { CELL_KINDS, type CellKind, type Scenario } from '../scenario';
import { tokenize } from '../tokenizer';
import { decodeFeatures } from './decodeFeatures';
import { decodeParams } from './decodeParams';
import { decodeVocabulary } from './decodeVocabulary';
import type { ScenarioDecodeResult } from './document';
import {
  MAX_ABS_INITIAL_STATE,
  MAX_DESCRIPTION_CHARACTERS,
  MAX_SENTENCE_CHARACTERS,
  MAX_SENTENCE_TOKENS,
  MAX_TITLE_CHARACTERS,
  SCHEMA_VERSION,
  SUPPORTED_SCHEMA_VERSIONS,
} from './limits';
import type { SchemaProblem } from './problem';
import { kindOf, Problems, quoteName } from './problems';
import { objectKeys, ownValue, readNumberList, readText, reportUnknownFields, unitCountProblem } from './readers';

// `$schema` and `exportedBy` (short text) are tolerated so editors and other tools can annotate a file;
// their values are checked and then ignored. Any other extra field is an error.
const DOCUMENT_FIELDS = [
  'version', 'title', 'description', 'sentence', 'features', 'vocabulary', 'params', 'h0', 'c0', 'step',
  '$schema', 'exportedBy',
];
// Version 2 names its cell; everything else is version 1's.
const CELL_DOCUMENT_FIELDS = ['version', 'cell', ...DOCUMENT_FIELDS.slice(1)];

/**
 * Checks an untrusted value (e.g. the result of JSON.parse) against document format version 1 (the
 * standard LSTM) or 2 (any cell, named by `cell`) and returns either the complete scenario and step or
 * every problem found, each naming its location. Never throws, never returns part of a document, never
 * mutates its input; the returned scenario shares nothing with it.
 */
export function decodeScenarioDocument(input: unknown): ScenarioDecodeResult {
  try {
    return decode(input);
  } catch (error) {
    // Only exotic objects (proxies, throwing getters) get here; JSON.parse never produces them.
    return failure({ code: 'unreadable', detail: error instanceof Error ? error.message : String(error) });
  }
}

function decode(input: unknown): ScenarioDecodeResult {
  const keys = objectKeys(input);
  if (keys === null) return failure({ code: 'notAnObject', at: '', got: kindOf(input) });
  const source = input as object;
  const field = (name: string) => ownValue(source, name);

  const versionError = checkVersion(field('version'));
  if (versionError !== null) return failure(versionError);
  const version = field('version');

  const problems = new Problems();
  reportUnknownFields(keys, version === SCHEMA_VERSION ? DOCUMENT_FIELDS : CELL_DOCUMENT_FIELDS, '', problems);
  const kind = version === SCHEMA_VERSION ? 'lstm' : readCell(field('cell'), problems);
  const optionalText = (name: string, maxCharacters: number) =>
    keys.includes(name) ? readText(field(name), name, maxCharacters, problems) : '';
  optionalText('$schema', MAX_TITLE_CHARACTERS);
  optionalText('exportedBy', MAX_TITLE_CHARACTERS);
  const title = optionalText('title', MAX_TITLE_CHARACTERS);
  const description = optionalText('description', MAX_DESCRIPTION_CHARACTERS);
  const sentence = readSentence(field('sentence'), problems);
  const features = decodeFeatures(field('features'), problems);
  const vocabulary = decodeVocabulary(field('vocabulary'), features.count, problems);
  // With an unreadable cell the params cannot be checked against any list of names, so they wait.
  const { params, hiddenSize } = kind === null ? { params: null, hiddenSize: null } : decodeParams(field('params'), features.count, problems, kind);
  const initial = (name: 'h0' | 'c0') => readInitialState(field(name), name, hiddenSize, problems);
  const h0 = keys.includes('h0') ? initial('h0') : undefined;
  if (kind === 'gru' && keys.includes('c0')) problems.add({ code: 'noCellState', at: 'c0', cell: kind });
  const c0 = keys.includes('c0') && kind !== 'gru' ? initial('c0') : undefined;
  const step = keys.includes('step') ? readStep(field('step'), sentence, problems) : 0;

  if (problems.count > 0) return { ok: false, problems: problems.list() };
  // Every null below has recorded a problem, so this never fails; it narrows the types.
  if (
    title === null ||
    description === null ||
    sentence === null ||
    features.names === null ||
    vocabulary === null ||
    params === null ||
    kind === null ||
    step === null ||
    h0 === null ||
    c0 === null
  ) {
    return failure({ code: 'incomplete' });
  }
  const base = { title, description, sentence, features: features.names, vocabulary };
  // decodeParams read the params with the names of this very kind, so the pair is consistent.
  const scenario = (kind === 'lstm' ? { ...base, params } : { ...base, cell: kind, params }) as Scenario;
  if (h0 !== undefined) scenario.h0 = h0;
  if (c0 !== undefined) scenario.c0 = c0;
  return { ok: true, scenario, step };
}

function failure(problem: SchemaProblem): ScenarioDecodeResult {
  return { ok: false, problems: [problem] };
}

/** A document of another version has another shape, so nothing else about it is worth reporting. */
function checkVersion(version: unknown): SchemaProblem | null {
  const known = { at: 'version', supported: [...SUPPORTED_SCHEMA_VERSIONS] };
  if (version === undefined) return { code: 'versionMissing', ...known };
  if (typeof version !== 'number') return { code: 'versionNotNumber', ...known, got: kindOf(version) };
  if (!SUPPORTED_SCHEMA_VERSIONS.includes(version)) return { code: 'versionUnsupported', ...known, version };
  return null;
}

/** Version 2's cell: one of CELL_KINDS (a document may say 'lstm', which decodes like version 1). */
function readCell(value: unknown, problems: Problems): CellKind | null {
  if (value === undefined) {
    problems.add({ code: 'missing', at: 'cell' });
    return null;
  }
  if (typeof value !== 'string') {
    problems.add({ code: 'notText', at: 'cell' });
    return null;
  }
  const kind = CELL_KINDS.find((candidate) => candidate === value);
  if (kind === undefined) {
    problems.add({ code: 'unknownCell', at: 'cell', name: quoteName(value), allowed: [...CELL_KINDS] });
    return null;
  }
  return kind;
}

function readSentence(value: unknown, problems: Problems): string | null {
  if (value === undefined) {
    problems.add({ code: 'missing', at: 'sentence' });
    return null;
  }
  // The character limit is checked first so the tokenizer never runs over a huge string.
  const sentence = readText(value, 'sentence', MAX_SENTENCE_CHARACTERS, problems);
  if (sentence === null) return null;
  const words = tokenize(sentence).length;
  if (words > MAX_SENTENCE_TOKENS) {
    problems.add({ code: 'tooManyWords', at: 'sentence', count: words, limit: MAX_SENTENCE_TOKENS });
    return null;
  }
  return sentence;
}

function readInitialState(value: unknown, name: string, hiddenSize: number | null, problems: Problems): number[] | null {
  if (hiddenSize === null) return null;
  const spec = { count: hiddenSize, wrongLength: unitCountProblem(hiddenSize), limit: MAX_ABS_INITIAL_STATE, quantity: 'initialStates' } as const;
  return readNumberList(value, name, spec, problems);
}

/**
 * An out-of-range step is an error, not clamped: it was saved with this very sentence, so a mismatch
 * means a damaged or hand-edited file, and loading it silently elsewhere would hide that.
 */
function readStep(value: unknown, sentence: string | null, problems: Problems): number | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    problems.add({ code: 'stepNotWhole', at: 'step', got: typeof value === 'number' ? value : kindOf(value) });
    return null;
  }
  if (sentence === null) return null;
  const words = tokenize(sentence).length;
  if (words === 0 && value !== 0) {
    problems.add({ code: 'stepWithoutWords', at: 'step', step: value });
    return null;
  }
  if (words > 0 && (value < 0 || value >= words)) {
    problems.add({ code: 'stepOutOfRange', at: 'step', step: value, words });
    return null;
  }
  return value === 0 ? 0 : value; // JSON's -0 is step 0
}
