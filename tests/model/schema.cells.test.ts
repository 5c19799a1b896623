import fc from 'fast-check';
import { compressToEncodedURIComponent as compress } from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  alicePreset,
  CELL_KINDS,
  decodeScenarioDocument,
  decodeScenarioLink,
  encodeScenarioDocument,
  encodeScenarioLink,
  hiddenSizeOf,
  parseScenarioJson,
  randomCellParams,
  traceScenario,
  traceToCsv,
  withBias,
  withCell,
  withHiddenSize,
  type CellKind,
  type Scenario,
  type ScenarioDecodeResult,
} from '../../src/model';
import { chineseProblemPhrases, englishProblemPhrases, problemText, type SchemaProblem } from '../../src/model/schema';

const english = (result: ScenarioDecodeResult) => (result.ok ? [] : result.problems.map((problem) => problemText(problem, englishProblemPhrases)));
const chinese = (result: ScenarioDecodeResult) => (result.ok ? [] : result.problems.map((problem) => problemText(problem, chineseProblemPhrases)));
const problems = (result: ScenarioDecodeResult): SchemaProblem[] => (result.ok ? [] : result.problems);

function expectRoundTrip(scenario: Scenario, step: number): void {
  const expected = { ok: true, scenario: withoutFigures(scenario), step };
  const document = encodeScenarioDocument(scenario, step);
  expect(decodeScenarioDocument(document)).toEqual(expected);
  expect(parseScenarioJson(JSON.stringify(document))).toEqual(expected);
  expect(decodeScenarioLink(encodeScenarioLink(scenario, step))).toEqual(expected);
}

function withoutFigures(scenario: Scenario): Scenario {
  const { sourceFigures: _figures, ...rest } = scenario;
  return rest as Scenario;
}

const peephole = withBias(withBias(withCell(alicePreset, 'peephole'), 'pf', 0, 0.5), 'po', 0, -1.25);

describe('documents of every cell', () => {
  it('a standard LSTM still writes version 1 with no cell field, and a v1. link, byte for byte', () => {
    const document = encodeScenarioDocument(alicePreset, 3);
    expect(document.version).toBe(1);
    expect('cell' in document).toBe(false);
    expect(JSON.stringify(document)).toBe(
      JSON.stringify({
        version: 1,
        title: alicePreset.title,
        description: alicePreset.description,
        sentence: alicePreset.sentence,
        features: alicePreset.features,
        vocabulary: alicePreset.vocabulary,
        params: alicePreset.params,
        step: 3,
      }),
    );
    expect(encodeScenarioLink(alicePreset, 3).startsWith('v1.')).toBe(true);
  });

  it('the other cells write version 2 with the cell right after the version, and a v2. link', () => {
    for (const kind of ['peephole', 'coupled', 'gru'] as const) {
      const document = encodeScenarioDocument(withCell(alicePreset, kind), 0);
      expect(Object.keys(document).slice(0, 2)).toEqual(['version', 'cell']);
      expect(document).toMatchObject({ version: 2, cell: kind });
      expect(encodeScenarioLink(withCell(alicePreset, kind), 0).startsWith('v2.')).toBe(true);
    }
    expect(Object.keys(encodeScenarioDocument(peephole, 0).params)).toEqual(['Wf', 'Wi', 'Wc', 'Wo', 'bf', 'bi', 'bc', 'bo', 'pf', 'pi', 'po']);
    expect(Object.keys(encodeScenarioDocument(withCell(alicePreset, 'gru'), 0).params)).toEqual(['Wz', 'Wr', 'Wh', 'bz', 'br', 'bh']);
  });

  it('round-trip through the document, the JSON text and the link', () => {
    const withStates = { ...withHiddenSize(alicePreset, 2, 3), h0: [0.5, -0.5], c0: [0.25, 0] };
    for (const kind of CELL_KINDS) {
      expectRoundTrip(withCell(withStates, kind), 2);
      expectRoundTrip(withCell(alicePreset, kind), 4);
    }
    expectRoundTrip(peephole, 1);
  });

  it('a version 2 document may name the LSTM; it decodes as the LSTM without a cell field', () => {
    const document = { ...encodeScenarioDocument(alicePreset, 0), version: 2, cell: 'lstm' };
    const result = decodeScenarioDocument(document);
    if (!result.ok) throw new Error(english(result).join('\n'));
    expect('cell' in result.scenario).toBe(false);
    expect(result.scenario.params).toEqual(alicePreset.params);
  });
});

describe('rejected cell documents, located and worded in both phrasebooks', () => {
  const gruDocument = () => structuredClone(encodeScenarioDocument(withCell(alicePreset, 'gru'), 0)) as unknown as Record<string, unknown>;
  const cases: [string, () => unknown, string[], string[]][] = [
    [
      'an unknown cell',
      () => ({ ...gruDocument(), cell: 'lstm2' }),
      ['cell "lstm2" is not a cell this app knows (allowed: lstm, peephole, coupled, gru)'],
      ['cell 的值 "lstm2" 不是本应用认识的单元类型（可用：lstm、peephole、coupled、gru）'],
    ],
    ['a cell that is not text', () => ({ ...gruDocument(), cell: 3 }), ['cell must be text'], ['cell 必须是文本']],
    [
      'a version 2 document without a cell',
      () => {
        const document = gruDocument();
        delete document.cell;
        return document;
      },
      ['cell is missing'],
      ['缺少 cell'],
    ],
    [
      'a cell in a version 1 document',
      () => ({ ...encodeScenarioDocument(alicePreset, 0), cell: 'gru' }),
      ['the document has unknown field "cell" (allowed: version, title, description, sentence, features, vocabulary, params, h0, c0, step, $schema, exportedBy)'],
      ['文档含有未知字段 "cell"（允许的字段：version, title, description, sentence, features, vocabulary, params, h0, c0, step, $schema, exportedBy）'],
    ],
    [
      'a GRU with a cell state',
      () => ({ ...gruDocument(), c0: [0] }),
      ['c0 is not allowed: the GRU has no cell state (give its initial state as h0)'],
      ['c0 不允许出现：门控循环单元没有细胞状态（它的初始状态请写在 h0 中）'],
    ],
    [
      "a GRU with the LSTM's weights",
      () => ({ ...gruDocument(), params: alicePreset.params }),
      [
        'params has unknown fields "Wf", "Wi", "Wc", "Wo", "bf" and 3 more (allowed: Wz, Wr, Wh, bz, br, bh)',
        'params.Wz is missing',
        'params.Wr is missing',
        'params.Wh is missing',
        'params.bz is missing',
        'params.br is missing',
        'params.bh is missing',
      ],
      [
        'params 含有未知字段 "Wf"、"Wi"、"Wc"、"Wo"、"bf" 等 8 个（允许的字段：Wz, Wr, Wh, bz, br, bh）',
        '缺少 params.Wz',
        '缺少 params.Wr',
        '缺少 params.Wh',
        '缺少 params.bz',
        '缺少 params.br',
        '缺少 params.bh',
      ],
    ],
    [
      'a coupled LSTM with an input layer',
      () => ({ ...structuredClone(encodeScenarioDocument(withCell(alicePreset, 'coupled'), 0)), params: alicePreset.params }),
      ['params has unknown fields "Wi", "bi" (allowed: Wf, Wc, Wo, bf, bc, bo)'],
      ['params 含有未知字段 "Wi"、"bi"（允许的字段：Wf, Wc, Wo, bf, bc, bo）'],
    ],
    [
      'a peephole LSTM without its peepholes, and one out of range',
      () => {
        const document = structuredClone(encodeScenarioDocument(peephole, 0)) as unknown as { params: Record<string, unknown> };
        delete document.params.pi;
        document.params.po = [11];
        return document;
      },
      ['params.pi is missing', 'params.po[0] is 11, but weights and biases must be between -10 and 10'],
      ['缺少 params.pi', 'params.po[0] 是 11，但权重和偏置必须在 -10 到 10 之间'],
    ],
    [
      'a GRU whose Wr has the wrong shape',
      () => {
        const document = gruDocument() as { params: Record<string, unknown> };
        document.params.Wr = [[1, 2]];
        return document;
      },
      ['params.Wr[0] has 2 columns, expected 4 (H=1 + D=3)'],
      ['params.Wr[0] 有 2 列，应该是 4 列（H=1 + D=3）'],
    ],
  ];
  for (const [what, make, inEnglish, inChinese] of cases) {
    it(`reports ${what}`, () => {
      const result = decodeScenarioDocument(make());
      expect(english(result)).toEqual(inEnglish);
      expect(chinese(result)).toEqual(inChinese);
      for (const problem of problems(result)) expect('at' in problem).toBe(true);
    });
  }

  it('reads a v2. link of a v2 document and refuses v3', () => {
    const gru = withCell(alicePreset, 'gru');
    expect(decodeScenarioLink(`v2.${compress(JSON.stringify(encodeScenarioDocument(gru, 0)))}`).ok).toBe(true);
    expect(english(decodeScenarioLink('v3.N4Ig'))).toEqual([
      'this link is in format version 3, but this app reads version 1 or 2 links (they start with "v1." or "v2.")',
    ]);
  });
});

// ---- random scenarios of every cell ----
const bounded = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true }).map((value) => (value === 0 ? 0 : value));
const kindArbitrary = fc.constantFrom<CellKind>(...CELL_KINDS);
const cellScenario = fc
  .record({ kind: kindArbitrary, H: fc.integer({ min: 1, max: 3 }), D: fc.integer({ min: 1, max: 3 }), seed: fc.nat(), scale: fc.double({ min: 0.1, max: 10, noNaN: true }) })
  .chain(({ kind, H, D, seed, scale }) =>
    fc.record({
      scenario: fc.constant(
        withCell(
          {
            title: `random ${kind}`,
            description: '',
            sentence: 'a b a c',
            features: Array.from({ length: D }, (_, k) => `f${k}`),
            vocabulary: { a: Array.from({ length: D }, (_, k) => (k % 2 === 0 ? 1 : 0)), b: Array.from({ length: D }, () => -0.5) },
            params: randomCellParams('lstm', H, D, seed, Math.min(scale, 10)) as ReturnType<typeof randomCellParams> & typeof alicePreset.params,
          },
          kind,
        ),
      ),
      h0: fc.option(fc.array(bounded(1), { minLength: H, maxLength: H }), { nil: undefined }),
      c0: fc.option(fc.array(bounded(1), { minLength: H, maxLength: H }), { nil: undefined }),
      step: fc.integer({ min: 0, max: 3 }),
    }),
  )
  .map(({ scenario, h0, c0, step }) => {
    const result: Scenario = { ...scenario };
    if (h0) result.h0 = h0;
    if (c0 && result.cell !== 'gru') result.c0 = c0;
    return { scenario: result, step };
  });

describe('properties over random cells', () => {
  it('every cell round-trips exactly', () => {
    fc.assert(
      fc.property(cellScenario, ({ scenario, step }) => expectRoundTrip(scenario, step)),
      { numRuns: 300 },
    );
  });

  it('a mutated document never throws, and what it accepts runs', () => {
    fc.assert(
      fc.property(cellScenario, fc.nat(), fc.constantFrom<unknown>('gru', 'peephole', 'lstm', 'coupled', 'x', 1, null, [0], [[0]]), (case_, pick, value) => {
        const document = structuredClone(encodeScenarioDocument(case_.scenario, case_.step)) as unknown as Record<string, unknown>;
        const params = document.params as Record<string, unknown>;
        const names = Object.keys(params);
        if (pick % 3 === 0) document.cell = value;
        else if (pick % 3 === 1) params[names[pick % names.length]] = value;
        else document.c0 = value;
        const result = decodeScenarioDocument(document);
        if (!result.ok) {
          for (const problem of result.problems) {
            expect(problemText(problem, englishProblemPhrases)).not.toBe('');
            expect(problemText(problem, chineseProblemPhrases)).not.toBe('');
          }
          return;
        }
        const trace = traceScenario(result.scenario);
        expect(trace.hiddenSize).toBe(hiddenSizeOf(result.scenario));
        for (const step of trace.cellSteps) for (const h of step.h) expect(Number.isFinite(h)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the CSV trace of every cell', () => {
  it('names each cell’s own quantities per unit', () => {
    const header = (kind: CellKind) => traceToCsv(traceScenario(withCell(alicePreset, kind)), alicePreset.features).split('\r\n')[0];
    expect(header('lstm')).toBe('t,token,unknown,x_female,x_verb,x_pronoun,hPrev_0,cPrev_0,zf_0,zi_0,zc_0,zo_0,f_0,i_0,cTilde_0,o_0,c_0,h_0');
    expect(header('coupled')).toBe('t,token,unknown,x_female,x_verb,x_pronoun,hPrev_0,cPrev_0,zf_0,zc_0,zo_0,f_0,i_0,cTilde_0,o_0,c_0,h_0');
    expect(header('gru')).toBe('t,token,unknown,x_female,x_verb,x_pronoun,hPrev_0,zPre_0,rPre_0,z_0,r_0,resetHPrev_0,hTildePre_0,hTilde_0,h_0');
    const gruRows = traceToCsv(traceScenario(withCell(alicePreset, 'gru')), alicePreset.features).split('\r\n');
    const she = gruRows[4].split(',');
    // z at "She": σ(−(0.2·h₂ + 0.3 + 0.4) + 0.1), full precision
    const h2 = Number(gruRows[3].split(',').at(-1));
    expect(Number(she[9])).toBeCloseTo(1 / (1 + Math.exp(0.2 * h2 + 0.3 + 0.4 - 0.1)), 15);
    expect(Number(she.at(-1))).toBeCloseTo(0.24615, 5);
  });
});
