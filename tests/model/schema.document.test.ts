import { describe, expect, it } from 'vitest';
import {
  alicePreset,
  attachKnownSourceFigures,
  decodeScenarioDocument,
  encodeScenarioDocument,
  MAX_REPORTED_ERRORS,
  traceScenario,
  type Scenario,
  type ScenarioDecodeResult,
  type LstmScenarioDocument,
  type LstmScenario,
} from '../../src/model';
import { englishProblemPhrases, problemText } from '../../src/model/schema';

/** Alice's version-1 document as plain JSON data, fresh for every test so tests can edit it freely. */
function aliceDocument(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(encodeScenarioDocument(alicePreset, 3))) as Record<string, unknown>;
}

/** A fresh Alice document with one edit applied. */
function aliceWith(edit: (document: Record<string, any>) => void): Record<string, unknown> {
  const document = aliceDocument();
  edit(document);
  return document;
}

function errorsOf(result: ScenarioDecodeResult): string[] {
  if (result.ok) throw new Error('expected the document to be rejected');
  expect(Object.keys(result).sort()).toEqual(['ok', 'problems']); // nothing partial rides along
  return result.problems.map((problem) => problemText(problem, englishProblemPhrases));
}

const { sourceFigures: _figures, ...aliceWithoutFigures } = alicePreset;

describe('document round trip', () => {
  it('decodes what it encodes for Alice, leaving the article figures out of the document', () => {
    const document = encodeScenarioDocument(alicePreset, 3);
    expect(document).not.toHaveProperty('sourceFigures');
    expect(document.version).toBe(1);
    const result = decodeScenarioDocument(JSON.parse(JSON.stringify(document)));
    expect(result).toEqual({ ok: true, scenario: aliceWithoutFigures, step: 3 });
  });

  it('reattaches the article figures only to an exact copy of Alice', () => {
    const result = decodeScenarioDocument(aliceDocument());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const attached = attachKnownSourceFigures({ ...result.scenario, title: 'My copy' });
    expect(attached.sourceFigures).toBe(alicePreset.sourceFigures);
    expect(attached.title).toBe('My copy');

    const edited = decodeScenarioDocument(aliceWith((d) => (d.params.Wf[0][1] = 0.31)));
    if (!edited.ok) throw new Error(JSON.stringify(edited.problems));
    expect(attachKnownSourceFigures(edited.scenario)).toBe(edited.scenario);
    const withH0: Scenario = { ...result.scenario, h0: [0] };
    expect(attachKnownSourceFigures(withH0)).toBe(withH0);
  });

  it('encodes h0, c0 and step, and shares no arrays with the scenario either way', () => {
    const scenario: Scenario = { ...alicePreset, h0: [0.5], c0: [-0.25] };
    const document = encodeScenarioDocument(scenario, 2) as LstmScenarioDocument;
    expect(document).toMatchObject({ h0: [0.5], c0: [-0.25], step: 2 });
    expect(document.params.Wf[0]).not.toBe(alicePreset.params.Wf[0]);
    const result = decodeScenarioDocument(document);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    document.params.Wf[0][0] = 9;
    document.vocabulary.she[0] = 9;
    (document.h0 as number[])[0] = 0.9;
    expect((result.scenario as LstmScenario).params.Wf[0][0]).toBe(0.2);
    expect(result.scenario.vocabulary.she).toEqual([1, 0, 1]);
    expect(result.scenario.h0).toEqual([0.5]);
  });

  it('defaults a missing title, description and step, and normalises vocabulary keys', () => {
    const result = decodeScenarioDocument(
      aliceWith((d) => {
        delete d.title;
        delete d.description;
        delete d.step;
        d.vocabulary.She = d.vocabulary.she;
        delete d.vocabulary.she;
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.step).toBe(0);
    expect(result.scenario.title).toBe('');
    expect(result.scenario.description).toBe('');
    expect(result.scenario.vocabulary.she).toEqual([1, 0, 1]);
    expect(Object.keys(result.scenario.vocabulary)).not.toContain('She');
  });

  it('accepts $schema and exportedBy annotations and ignores them', () => {
    const result = decodeScenarioDocument(aliceWith((d) => Object.assign(d, { $schema: 'https://example.org/s.json', exportedBy: 'LSTM explainer' })));
    expect(result.ok).toBe(true);
  });
});

describe('messages name exactly what is wrong', () => {
  const cases: [string, (document: Record<string, any>) => void, string[]][] = [
    ['a short weight row', (d) => d.params.Wf[0].pop(), ['params.Wf[0] has 3 columns, expected 4 (H=1 + D=3)']],
    ['a short vector', (d) => (d.vocabulary.she = [1, 0]), ['vocabulary.she has 2 numbers, expected 3 (one per feature)']],
    ['an unsupported version', (d) => (d.version = 7), ['version 7 is not supported (this app reads version 1 or 2)']],
    ['a missing version', (d) => delete d.version, ['version is missing (this app reads version 1 or 2)']],
    ['a version as text', (d) => (d.version = '1'), ['version must be the number 1 or 2, got string']],
    ['a sentence that is not text', (d) => (d.sentence = 42), ['sentence must be text']],
    ['a missing sentence', (d) => delete d.sentence, ['sentence is missing']],
    ['an empty feature name', (d) => (d.features[1] = ''), ['features[1] is empty']],
    ['a blank feature name', (d) => (d.features[2] = '   '), ['features[2] is empty']],
    ['a feature name that is not text', (d) => (d.features[0] = 5), ['features[0] must be text']],
    ['duplicate features', (d) => (d.features[2] = 'verb'), ['features has duplicates: "verb"']],
    ['no features', (d) => (d.features = []), ['features must name at least one feature']],
    ['features that are not a list', (d) => (d.features = 'female, verb'), ['features must be a list of names']],
    ['a weight as text', (d) => (d.params.Wi[0][2] = '0.3'), ['params.Wi[0][2] must be a number, got string']],
    ['a weight of null', (d) => (d.params.Wi[0][2] = null), ['params.Wi[0][2] must be a number, got null']],
    ['a huge weight', (d) => (d.params.Wc[0][1] = 1e308), ['params.Wc[0][1] is 1e+308, but weights and biases must be between -10 and 10']],
    ['a bias just over the limit', (d) => (d.params.bo[0] = -10.5), ['params.bo[0] is -10.5, but weights and biases must be between -10 and 10']],
    ['a feature value over the limit', (d) => (d.vocabulary.is[1] = 11), ['vocabulary.is[1] is 11, but feature values must be between -10 and 10']],
    ['a bias with two entries', (d) => d.params.bf.push(0), ['params.bf has 2 numbers, expected 1 (H=1)']],
    ['a matrix with two rows', (d) => d.params.Wo.push([0, 0, 0, 0]), ['params.Wo has 2 rows, expected 1 (H=1)']],
    ['a matrix whose rows are flat', (d) => (d.params.Wo = [0.1, -0.2, 0.4, 0.3]), ['params.Wo has 4 rows, expected 1 (H=1)']],
    ['a matrix that is a flat list', (d) => (d.params.Wo = [0.1]), ['params.Wo[0] must be a list of 4 numbers']],
    ['no hidden units', (d) => (d.params.Wf = []), ['params.Wf must have at least one row (the hidden size H ≥ 1)']],
    ['params that are a list', (d) => (d.params = []), ['params must be an object with Wf, Wi, Wc, Wo, bf, bi, bc, bo']],
    ['a missing bias', (d) => delete d.params.bc, ['params.bc is missing']],
    ['h0 out of range', (d) => (d.h0 = [1.5]), ['h0[0] is 1.5, but initial states must be between -1 and 1']],
    ['c0 too long', (d) => (d.c0 = [0, 0]), ['c0 has 2 numbers, expected 1 (H=1)']],
    ['a fractional step', (d) => (d.step = 1.5), ['step must be a whole number, got 1.5']],
    ['a step as text', (d) => (d.step = '2'), ['step must be a whole number, got string']],
    ['a step past the end', (d) => (d.step = 5), ['step 5 is out of range: the sentence has 5 words, so step must be between 0 and 4']],
    ['a negative step', (d) => (d.step = -1), ['step -1 is out of range: the sentence has 5 words, so step must be between 0 and 4']],
    ['a step with no words', (d) => Object.assign(d, { sentence: '…', step: 1 }), ['step 1 is out of range: the sentence has no words, so step must be 0']],
    ['a title that is not text', (d) => (d.title = ['Alice']), ['title must be text']],
    ['vocabulary as a list', (d) => (d.vocabulary = [[1, 0, 0]]), ['vocabulary must be an object mapping each token to its feature vector']],
    ['an empty token', (d) => (d.vocabulary[''] = [0, 0, 0]), ['vocabulary has an empty token']],
    ['two spellings of a token', (d) => (d.vocabulary.She = [1, 0, 1]), ['vocabulary has "she" and "She", which are the same token']],
    ['a token that is not a word', (d) => (d.vocabulary['a b'] = [1]), ['vocabulary["a b"] has 1 numbers, expected 3 (one per feature)']],
    ['an extra top-level field', (d) => (d.colour = 'red'), ['the document has unknown field "colour" (allowed: version, title, description, sentence, features, vocabulary, params, h0, c0, step, $schema, exportedBy)']],
    ['extra parameters', (d) => Object.assign(d.params, { Wx: [], by: [] }), ['params has unknown fields "Wx", "by" (allowed: Wf, Wi, Wc, Wo, bf, bi, bc, bo)']],
  ];
  for (const [what, edit, expected] of cases) {
    it(`reports ${what}`, () => {
      expect(errorsOf(decodeScenarioDocument(aliceWith(edit)))).toEqual(expected);
    });
  }

  it('reports every problem of a document, in reading order', () => {
    const errors = errorsOf(
      decodeScenarioDocument(
        aliceWith((d) => {
          d.sentence = 7;
          d.features[1] = '';
          d.params.Wf[0].pop();
          d.h0 = [2];
        }),
      ),
    );
    expect(errors).toEqual([
      'sentence must be text',
      'features[1] is empty',
      'params.Wf[0] has 3 columns, expected 4 (H=1 + D=3)',
      'h0[0] is 2, but initial states must be between -1 and 1',
    ]);
  });

  it('rejects values that are not documents', () => {
    expect(errorsOf(decodeScenarioDocument(null))).toEqual(['the document must be a JSON object, got null']);
    expect(errorsOf(decodeScenarioDocument([aliceDocument()]))).toEqual(['the document must be a JSON object, got an array']);
    expect(errorsOf(decodeScenarioDocument('{"version":1}'))).toEqual(['the document must be a JSON object, got string']);
    expect(errorsOf(decodeScenarioDocument(undefined))).toEqual(['the document must be a JSON object, got undefined']);
    expect(errorsOf(decodeScenarioDocument({}))).toEqual(['version is missing (this app reads version 1 or 2)']);
  });

  it('lists at most MAX_REPORTED_ERRORS problems and counts the rest', () => {
    const errors = errorsOf(
      decodeScenarioDocument(
        aliceWith((d) => {
          // H = 2: four 2 × 5 matrices and four biases of text, 48 problems in all
          for (const name of ['Wf', 'Wi', 'Wc', 'Wo']) d.params[name] = [['a', 'b', 'c', 'd', 'e'], ['a', 'b', 'c', 'd', 'e']];
          for (const name of ['bf', 'bi', 'bc', 'bo']) d.params[name] = ['a', 'b'];
        }),
      ),
    );
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(errors[0]).toBe('params.Wf[0][0] must be a number, got string');
    expect(errors.at(-1)).toBe(`…and ${48 - MAX_REPORTED_ERRORS} more problems`);
  });
});

describe('limits', () => {
  const words = (count: number) => Array.from({ length: count }, () => 'she').join(' ');
  const withHidden = (H: number) => (d: Record<string, any>) => {
    const row = () => new Array(H + 3).fill(0);
    for (const name of ['Wf', 'Wi', 'Wc', 'Wo']) d.params[name] = Array.from({ length: H }, row);
    for (const name of ['bf', 'bi', 'bc', 'bo']) d.params[name] = new Array(H).fill(0);
  };

  it('accepts the largest allowed sizes', () => {
    const result = decodeScenarioDocument(
      aliceWith((d) => {
        d.sentence = words(200);
        d.step = 199;
        withHidden(8)(d);
        d.h0 = new Array(8).fill(-1);
        d.c0 = new Array(8).fill(1);
        d.params.Wf[7][10] = 10;
        d.vocabulary.she = [-10, 10, 0];
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(traceScenario(result.scenario).steps).toHaveLength(200);
  });

  it('refuses sentences, H, D and vocabularies past the limits', () => {
    expect(errorsOf(decodeScenarioDocument(aliceWith((d) => (d.sentence = words(201)))))).toEqual(['sentence has 201 words, the limit is 200']);
    expect(errorsOf(decodeScenarioDocument(aliceWith((d) => (d.sentence = `${'x'.repeat(2001)}`))))).toEqual([
      'sentence has 2001 characters, the limit is 2000',
    ]);
    expect(errorsOf(decodeScenarioDocument(aliceWith(withHidden(9))))).toEqual(['params.Wf has 9 rows, but the hidden size H is limited to 8']);
    const manyFeatures = Array.from({ length: 17 }, (_, k) => `f${k}`);
    expect(errorsOf(decodeScenarioDocument(aliceWith((d) => (d.features = manyFeatures))))[0]).toBe('features has 17 names, the limit is 16');
    const bigVocabulary = Object.fromEntries(Array.from({ length: 501 }, (_, k) => [`w${k}`, [0, 0, 0]]));
    expect(errorsOf(decodeScenarioDocument(aliceWith((d) => (d.vocabulary = bigVocabulary))))).toEqual(['vocabulary has 501 entries, the limit is 500']);
    expect(errorsOf(decodeScenarioDocument(aliceWith((d) => (d.features[0] = 'f'.repeat(101)))))[0]).toBe('features[0] has 101 characters, the limit is 100');
  });

  it('refuses a huge array by its length without reading it', () => {
    const started = performance.now();
    const errors = errorsOf(decodeScenarioDocument(aliceWith((d) => (d.features = new Array(2 ** 32 - 1)))));
    expect(errors).toEqual(['features has 4294967295 names, the limit is 16']);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('hostile documents', () => {
  it('keeps __proto__ and constructor tokens as plain vocabulary entries and pollutes no prototype', () => {
    const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = JSON.stringify(aliceDocument())
      .replace('"alice":', '"__proto__":{"polluted":true},"constructor":[0,1,0],"toString":[0,0,1],"alice":')
      .replace('"sentence":"Alice is happy. She smiles."', '"sentence":"Alice is happy. She smiles constructor valueOf."');
    const hostile: unknown = JSON.parse(text);
    const result = decodeScenarioDocument(hostile);
    expect(errorsOf(result)).toEqual(['vocabulary.__proto__ must be a list of 3 numbers']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);

    const accepted = decodeScenarioDocument(JSON.parse(text.replace('{"polluted":true}', '[1,1,1]')));
    if (!accepted.ok) throw new Error(JSON.stringify(accepted.problems));
    const vocabulary = accepted.scenario.vocabulary;
    expect(Object.getPrototypeOf(vocabulary)).toBeNull();
    expect(Object.hasOwn(vocabulary, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(vocabulary, '__proto__')?.value).toEqual([1, 1, 1]);
    expect(vocabulary.constructor).toEqual([0, 1, 0]);
    const trace = traceScenario(accepted.scenario);
    expect(trace.tokens.map((token) => [token.text, token.unknown])).toEqual([
      ['Alice', false],
      ['is', false],
      ['happy', false],
      ['She', false],
      ['smiles', false],
      ['constructor', false],
      ['valueOf', true],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a __proto__ key at the top level or in params as an unknown field', () => {
    const top = JSON.parse(JSON.stringify(aliceDocument()).replace('{', '{"__proto__":{"polluted":1},')) as unknown;
    expect(errorsOf(decodeScenarioDocument(top))[0]).toMatch(/^the document has unknown field "__proto__"/);
    const params = JSON.parse(JSON.stringify(aliceDocument()).replace('"params":{', '"params":{"__proto__":{"Wf":[[0]]},')) as unknown;
    expect(errorsOf(decodeScenarioDocument(params))[0]).toMatch(/^params has unknown field "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps HTML in tokens, features and titles as plain text', () => {
    const html = '<img src=x onerror=alert(1)>';
    const result = decodeScenarioDocument(
      aliceWith((d) => {
        d.title = html;
        d.sentence = `${html} \\href{javascript:alert(1)}{x} }\\def\\a{\\a}\\a`;
        d.features[0] = html;
        d.vocabulary[html] = [1, 2, 3];
        d.step = 0;
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.scenario.title).toBe(html);
    expect(result.scenario.features[0]).toBe(html);
    expect(result.scenario.vocabulary[html]).toEqual([1, 2, 3]);
    expect(result.scenario.sentence.startsWith(html)).toBe(true);
  });

  it('names long and odd keys briefly', () => {
    const key = `${'k'.repeat(50)}"\n`;
    const errors = errorsOf(decodeScenarioDocument(aliceWith((d) => (d.vocabulary[key] = 'x'))));
    expect(errors).toEqual([`vocabulary["${'k'.repeat(40)}…"] must be a list of 3 numbers`]);
  });

  it('never runs getters and never throws on exotic objects', () => {
    let ran = false;
    const document = aliceDocument();
    Object.defineProperty(document, 'sentence', { enumerable: true, get: () => ((ran = true), 'Alice') });
    // An accessor is not data: its value counts as absent.
    expect(errorsOf(decodeScenarioDocument(document))).toEqual(['sentence is missing']);
    expect(ran).toBe(false);
    const trap = new Proxy(aliceDocument(), {
      ownKeys: () => {
        throw new Error('trap');
      },
    });
    expect(errorsOf(decodeScenarioDocument(trap))).toEqual(['the document could not be read: trap']);
  });

  it('accepts -0 from JSON as 0 for the step', () => {
    const result = decodeScenarioDocument(JSON.parse(JSON.stringify(aliceDocument()).replace('"step":3', '"step":-0')));
    expect(result.ok && Object.is(result.step, 0)).toBe(true);
  });
});
