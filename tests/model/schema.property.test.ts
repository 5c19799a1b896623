import fc from 'fast-check';
import { compressToEncodedURIComponent as compress } from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  alicePreset,
  decodeScenarioDocument,
  decodeScenarioLink,
  encodeScenarioDocument,
  encodeScenarioLink,
  MAX_ABS_FEATURE_VALUE,
  MAX_ABS_INITIAL_STATE,
  MAX_ABS_PARAMETER,
  MAX_FEATURES,
  MAX_HIDDEN_SIZE,
  MAX_SENTENCE_TOKENS,
  MAX_VOCABULARY_ENTRIES,
  parseScenarioJson,
  tokenize,
  traceScenario,
  vocabularyKey,
  type Scenario,
  type ScenarioDecodeResult,
  hiddenSizeOf,
} from '../../src/model';
import { chineseProblemPhrases, englishProblemPhrases, problemText } from '../../src/model/schema';

// JSON has no -0, so generated numbers avoid it and round trips compare exactly.
const bounded = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true }).map((value) => (value === 0 ? 0 : value));
const vectorOf = (length: number, limit: number) => fc.array(bounded(limit), { minLength: length, maxLength: length });
const matrixOf = (rows: number, columns: number) => fc.array(vectorOf(columns, MAX_ABS_PARAMETER), { minLength: rows, maxLength: rows });

const word = fc.stringMatching(/^[a-zà-ÿ一-龥]{1,8}$/);
const token = fc.oneof(
  word,
  fc.constantFrom('__proto__', 'constructor', 'tostring', '<img src=x onerror=alert(1)>', 'a b', "don't"),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const vocabularyToken = token.map(vocabularyKey).filter((key) => key.trim() !== '' && vocabularyKey(key) === key);

/** Valid scenarios of every shape the format allows (sizes kept small so thousands of runs stay fast). */
const scenarioArbitrary = fc
  .record({ hiddenSize: fc.integer({ min: 1, max: 3 }), features: fc.uniqueArray(word, { minLength: 1, maxLength: 4 }) })
  .chain(({ hiddenSize: H, features }) => {
    const D = features.length;
    return fc.record({
      title: fc.string({ maxLength: 30 }),
      description: fc.string({ maxLength: 60 }),
      features: fc.constant(features),
      entries: fc.uniqueArray(fc.tuple(vocabularyToken, vectorOf(D, MAX_ABS_FEATURE_VALUE)), { maxLength: 8, selector: ([key]) => key }),
      extraWords: fc.array(word, { maxLength: 3 }),
      wordPicks: fc.array(fc.nat(), { maxLength: 12 }),
      params: fc.record({
        Wf: matrixOf(H, H + D),
        Wi: matrixOf(H, H + D),
        Wc: matrixOf(H, H + D),
        Wo: matrixOf(H, H + D),
        bf: vectorOf(H, MAX_ABS_PARAMETER),
        bi: vectorOf(H, MAX_ABS_PARAMETER),
        bc: vectorOf(H, MAX_ABS_PARAMETER),
        bo: vectorOf(H, MAX_ABS_PARAMETER),
      }),
      h0: fc.option(vectorOf(H, MAX_ABS_INITIAL_STATE), { nil: undefined }),
      c0: fc.option(vectorOf(H, MAX_ABS_INITIAL_STATE), { nil: undefined }),
      stepPick: fc.nat(),
    });
  })
  .map(({ entries, extraWords, wordPicks, h0, c0, stepPick, ...rest }) => {
    const words = [...entries.map(([key]) => key), ...extraWords];
    const sentence = words.length === 0 ? '' : wordPicks.map((pick, k) => `${words[pick % words.length]}${k % 4 === 3 ? '.' : ''}`).join(' ');
    const scenario: Scenario = { ...rest, sentence, vocabulary: Object.fromEntries(entries) };
    if (h0 !== undefined) scenario.h0 = h0;
    if (c0 !== undefined) scenario.c0 = c0;
    const steps = tokenize(sentence).length;
    return { scenario, step: steps === 0 ? 0 : stepPick % steps };
  });

function expectDecoded(result: ScenarioDecodeResult, scenario: Scenario, step: number): void {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(result.scenario).toEqual(scenario);
  expect(result.step).toBe(step);
}

describe('round trips of random valid scenarios', () => {
  it('through the document object, the JSON text and the link', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ scenario, step }) => {
        const document = encodeScenarioDocument(scenario, step);
        expectDecoded(decodeScenarioDocument(document), scenario, step);
        expectDecoded(parseScenarioJson(JSON.stringify(document)), scenario, step);
        expectDecoded(decodeScenarioLink(encodeScenarioLink(scenario, step)), scenario, step);
      }),
      { numRuns: 300 },
    );
  });
});

// ---- fuzzing: mutations of valid documents ----

type Key = string | number;
type Container = Record<string, unknown> | unknown[];

const HOSTILE_VALUES: unknown[] = [
  '1', 'NaN', 'Infinity', '', 'x'.repeat(2500), NaN, Infinity, -Infinity, 1e308, -1e308, 11, -10.0001, 1.5, 2 ** 53, 1e-320, -0, 0, 1, -1,
  null, true, false, {}, [], [[]], [[[[[[1]]]]]], { length: 3 }, [1, 2, 3], new Array(300).fill(0), { __proto__: null, a: 1 },
];

/** Every container in the document with a path to it. */
function containers(value: unknown, path: Key[] = []): { path: Key[]; node: Container }[] {
  if (value === null || typeof value !== 'object') return [];
  const node = value as Container;
  const children = Array.isArray(node) ? node.map((child, k) => containers(child, [...path, k])) : Object.keys(node).map((key) => containers(node[key], [...path, key]));
  return [{ path, node }, ...children.flat()];
}

interface Mutation {
  target: number;
  kind: number;
  pick: number;
  value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({ target: fc.nat(), kind: fc.integer({ min: 0, max: 6 }), pick: fc.nat(), value: fc.constantFrom(...HOSTILE_VALUES) });

/** Applies one mutation in place (delete, replace, resize, add a field, recase a key, nest, stringify a number); inserts copies only, so no cycles. */
function mutate(document: unknown, { target, kind, pick, value }: Mutation): void {
  const all = containers(document);
  const { node } = all[target % all.length];
  const keys: Key[] = Array.isArray(node) ? node.map((_, k) => k) : Object.keys(node);
  const key = keys.length > 0 ? keys[pick % keys.length] : undefined;
  const set = (k: Key, v: unknown) => Object.defineProperty(node, k, { value: v, enumerable: true, writable: true, configurable: true });
  switch (kind) {
    case 0:
      if (key === undefined) return;
      if (Array.isArray(node)) node.splice(key as number, 1);
      else delete node[key as string];
      return;
    case 1:
      if (key !== undefined) set(key, structuredClone(value));
      return;
    case 2:
      if (Array.isArray(node)) node.push(structuredClone(node[node.length - 1] ?? value));
      else set(['extra', '__proto__', 'constructor', 'Wx', 'She'][pick % 5], structuredClone(value));
      return;
    case 3:
      if (Array.isArray(node)) node.pop();
      return;
    case 4:
      if (key !== undefined && !Array.isArray(node)) set(String(key).toUpperCase(), node[key as string]);
      return;
    case 5:
      if (key !== undefined) set(key, [structuredClone((node as Record<Key, unknown>)[key])]);
      return;
    default:
      if (key !== undefined && typeof (node as Record<Key, unknown>)[key] === 'number') set(key, String((node as Record<Key, unknown>)[key]));
  }
}

/** Every accepted scenario must be within the limits and run through the core. */
function expectUsable(result: ScenarioDecodeResult): void {
  if (!result.ok) {
    expect(Object.keys(result).sort()).toEqual(['ok', 'problems']);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problemText(problem, englishProblemPhrases)).not.toBe('');
      expect(problemText(problem, chineseProblemPhrases)).not.toBe('');
    }
    return;
  }
  const { scenario, step } = result;
  const trace = traceScenario(scenario);
  const H = hiddenSizeOf(scenario);
  expect(H).toBeLessThanOrEqual(MAX_HIDDEN_SIZE);
  expect(scenario.features.length).toBeLessThanOrEqual(MAX_FEATURES);
  expect(Object.keys(scenario.vocabulary).length).toBeLessThanOrEqual(MAX_VOCABULARY_ENTRIES);
  expect(trace.tokens.length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
  expect(Number.isInteger(step) && step >= 0 && step < Math.max(trace.steps.length, 1)).toBe(true);
  for (const step of trace.steps) for (const value of [...step.c, ...step.h]) expect(Number.isFinite(value)).toBe(true);
}

const mutatedDocuments = fc
  .tuple(fc.oneof(fc.constant({ scenario: alicePreset, step: 3 }), scenarioArbitrary), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([{ scenario, step }, mutations]) => {
    const document: unknown = structuredClone(encodeScenarioDocument(scenario, step));
    for (const change of mutations) mutate(document, change);
    return document;
  });

describe('fuzzing the decoders with mutated documents', () => {
  const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

  it('the document decoder never throws and accepts only usable scenarios', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutatedDocuments, (document) => {
        const result = decodeScenarioDocument(document);
        if (result.ok) accepted++;
        expectUsable(result);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(50); // some mutations (a changed title, a weight within range) stay valid
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  });

  it('the JSON and link decoders never throw on mutated documents', () => {
    fc.assert(
      fc.property(mutatedDocuments, (document) => {
        const text = JSON.stringify(document);
        expectUsable(parseScenarioJson(text));
        expectUsable(decodeScenarioLink(`v1.${compress(text)}`));
      }),
      { numRuns: 1000 },
    );
  });

  it('the JSON and link decoders never throw on damaged text', () => {
    const damaged = fc
      .tuple(fc.oneof(fc.constant({ scenario: alicePreset, step: 3 }), scenarioArbitrary), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 3 }))
      .map(([{ scenario, step }, edits]) => {
        const apply = (text: string) =>
          edits.reduce((current, [at, drop, insert]) => {
            const where = at % (current.length + 1);
            return current.slice(0, where) + insert + current.slice(where + (drop % 4));
          }, text);
        return { json: apply(JSON.stringify(encodeScenarioDocument(scenario, step))), link: apply(encodeScenarioLink(scenario, step)) };
      });
    fc.assert(
      fc.property(damaged, ({ json, link }) => {
        expectUsable(parseScenarioJson(json));
        expectUsable(decodeScenarioLink(link));
      }),
      { numRuns: 1500 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  });
});
