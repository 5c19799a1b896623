import { describe, expect, it } from 'vitest';
import { alicePreset, decodeScenarioDocument, decodeScenarioLink, encodeScenarioDocument, parseScenarioJson } from '../../src/model';
import {
  chineseProblemPhrases,
  englishProblemPhrases,
  PROBLEM_PHRASES,
  problemLocation,
  problemText,
  type JsonSyntaxReason,
  type SchemaProblem,
  type SchemaProblemCode,
  type SchemaProblemOf,
} from '../../src/model/schema';

const english = (problem: SchemaProblem) => problemText(problem, englishProblemPhrases);
const chinese = (problem: SchemaProblem) => problemText(problem, chineseProblemPhrases);

function problemsOf(result: ReturnType<typeof decodeScenarioDocument>): SchemaProblem[] {
  if (result.ok) throw new Error('expected a rejection');
  return result.problems;
}

/** Alice's document with several things wrong at once. */
function brokenAlice(): unknown {
  const document = JSON.parse(JSON.stringify(encodeScenarioDocument(alicePreset, 3))) as Record<string, any>;
  document.sentence = 7;
  document.features[1] = '';
  document.params.Wf[0].pop();
  document.h0 = [2];
  return document;
}

describe('the decoder speaks English and Chinese', () => {
  it('words the same located problems in Chinese, keeping each location', () => {
    const problems = problemsOf(decodeScenarioDocument(brokenAlice()));
    expect(problems.map(problemLocation)).toEqual(['sentence', 'features[1]', 'params.Wf[0]', 'h0[0]']);
    expect(problems.map(english)).toEqual([
      'sentence must be text',
      'features[1] is empty',
      'params.Wf[0] has 3 columns, expected 4 (H=1 + D=3)',
      'h0[0] is 2, but initial states must be between -1 and 1',
    ]);
    expect(problems.map(chinese)).toEqual([
      'sentence 必须是文本',
      'features[1] 是空的',
      'params.Wf[0] 有 3 列，应该是 4 列（H=1 + D=3）',
      'h0[0] 是 2，但初始状态必须在 -1 到 1 之间',
    ]);
  });

  it('says where a JSON file breaks, in Chinese too', () => {
    const [problem] = problemsOf(parseScenarioJson('{"version": 1,}'));
    expect(english(problem)).toBe('the JSON is not valid: expected a field name in double quotes, found \'}\' (line 1, column 15)');
    expect(chinese(problem)).toBe('JSON 格式不正确：这里应该是用双引号括起的字段名，却是 \'}\'（第 1 行，第 15 列）');
  });

  it('words size limits and broken links in Chinese', () => {
    const [tooLarge] = problemsOf(parseScenarioJson(`"${'x'.repeat(1_200_000)}"`));
    expect(chinese(tooLarge)).toBe('JSON 太大（至少 1.2 MB），上限是 1 MB');
    const [damaged] = problemsOf(decodeScenarioLink('v1.$$$$'));
    expect(chinese(damaged)).toBe('链接已损坏或不完整：其中的数据无法解压');
    const [otherVersion] = problemsOf(decodeScenarioLink('v3.N4Ig'));
    expect(chinese(otherVersion)).toBe('这个链接是第 3 版格式，但本应用只读取第 1 或 2 版的链接（以 "v1." 或 "v2." 开头）');
  });

  it('picks a phrasebook by language tag', () => {
    expect(PROBLEM_PHRASES.en).toBe(englishProblemPhrases);
    expect(PROBLEM_PHRASES.zh).toBe(chineseProblemPhrases);
  });
});

// One example of every problem: the type makes a missing code a compile error, so a new code cannot ship
// without both phrasebooks being checked here.
const at = 'params.Wf[0]';
const EXAMPLES: { [Code in SchemaProblemCode]: SchemaProblemOf<Code> } = {
  unreadable: { code: 'unreadable', detail: 'trap' },
  notAnObject: { code: 'notAnObject', at: '', got: 'array' },
  versionMissing: { code: 'versionMissing', at: 'version', supported: [1, 2] },
  versionNotNumber: { code: 'versionNotNumber', at: 'version', supported: [1, 2], got: 'string' },
  versionUnsupported: { code: 'versionUnsupported', at: 'version', version: 3, supported: [1, 2] },
  unknownCell: { code: 'unknownCell', at: 'cell', name: '"lstm2"', allowed: ['lstm', 'peephole', 'coupled', 'gru'] },
  noCellState: { code: 'noCellState', at: 'c0', cell: 'gru' },
  incomplete: { code: 'incomplete' },
  missing: { code: 'missing', at },
  notText: { code: 'notText', at },
  tooLong: { code: 'tooLong', at, length: 201, limit: 200 },
  unknownFields: { code: 'unknownFields', at: '', names: ['"a"', '"b"', '"c"', '"d"', '"e"'], more: 2, allowed: ['version', 'sentence'] },
  tooManyWords: { code: 'tooManyWords', at: 'sentence', count: 201, limit: 200 },
  stepNotWhole: { code: 'stepNotWhole', at: 'step', got: 1.5 },
  stepWithoutWords: { code: 'stepWithoutWords', at: 'step', step: 2 },
  stepOutOfRange: { code: 'stepOutOfRange', at: 'step', step: 9, words: 5 },
  notNameList: { code: 'notNameList', at: 'features' },
  noFeatures: { code: 'noFeatures', at: 'features' },
  tooManyFeatures: { code: 'tooManyFeatures', at: 'features', count: 17, limit: 16 },
  emptyName: { code: 'emptyName', at: 'features[1]' },
  duplicateNames: { code: 'duplicateNames', at: 'features', names: ['"verb"'], more: 0 },
  vocabularyNotObject: { code: 'vocabularyNotObject', at: 'vocabulary' },
  tooManyEntries: { code: 'tooManyEntries', at: 'vocabulary', count: 501, limit: 500 },
  emptyToken: { code: 'emptyToken', at: 'vocabulary' },
  tokenTooLong: { code: 'tokenTooLong', at: 'vocabulary', token: '"kkk…"', length: 101, limit: 100 },
  sameToken: { code: 'sameToken', at: 'vocabulary', first: '"she"', second: '"She"' },
  paramsNotObject: { code: 'paramsNotObject', at: 'params', names: ['Wf', 'bf'] },
  notRowList: { code: 'notRowList', at: 'params.Wf' },
  noRows: { code: 'noRows', at: 'params.Wf' },
  tooManyRows: { code: 'tooManyRows', at: 'params.Wf', count: 9, limit: 8 },
  notMatrix: { code: 'notMatrix', at: 'params.Wi', rows: 2 },
  wrongRowCount: { code: 'wrongRowCount', at: 'params.Wi', count: 1, expected: 2 },
  rejectedByCore: { code: 'rejectedByCore', at: 'params', detail: 'Wf has 2 rows' },
  notNumberList: { code: 'notNumberList', at: 'params.bf', count: 2 },
  wrongUnitCount: { code: 'wrongUnitCount', at: 'params.bf', count: 1, expected: 2 },
  wrongFeatureCount: { code: 'wrongFeatureCount', at: 'vocabulary.she', count: 2, expected: 3 },
  wrongColumnCount: { code: 'wrongColumnCount', at, count: 3, hidden: 1, features: 3 },
  notANumber: { code: 'notANumber', at: 'params.bf[0]', got: 'string' },
  notFinite: { code: 'notFinite', at: 'params.bf[0]', value: Infinity },
  outOfRange: { code: 'outOfRange', at: 'params.bf[0]', value: 12, limit: 10, quantity: 'parameters' },
  moreProblems: { code: 'moreProblems', count: 28 },
  jsonNotText: { code: 'jsonNotText' },
  jsonTooLarge: { code: 'jsonTooLarge', bytes: 1_200_000, atLeast: false, limit: 1_000_000 },
  jsonSyntax: { code: 'jsonSyntax', source: 'link', reason: { code: 'endsEarly' }, line: 3, column: 7 },
  jsonUnparsable: { code: 'jsonUnparsable', source: 'file', detail: 'Unexpected token' },
  linkNotText: { code: 'linkNotText' },
  linkTooLong: { code: 'linkTooLong', length: 100_004, limit: 100_000 },
  linkOtherVersion: { code: 'linkOtherVersion', version: '3', supported: [1, 2], prefixes: ['v1.', 'v2.'] },
  notALink: { code: 'notALink', prefix: 'v1.' },
  linkEmpty: { code: 'linkEmpty', prefix: 'v1.' },
  linkBadCharacter: { code: 'linkBadCharacter', character: '%', position: 14 },
  linkDamaged: { code: 'linkDamaged' },
  linkTooLarge: { code: 'linkTooLarge', limit: 100_000 },
};

const SYNTAX: JsonSyntaxReason[] = [
  { code: 'endsEarly' },
  { code: 'afterEnd', found: '{' },
  { code: 'expectedColon', found: '"' },
  { code: 'expectedCommaOrClose', close: ']', found: '\u00a0' },
  { code: 'expectedKey', found: '}' },
  { code: 'badNumber' },
  { code: 'unexpectedWord', word: 'Infinity' },
  { code: 'unexpectedCharacter', found: "'" },
  { code: 'controlInText' },
  { code: 'badEscape', escape: 'x' },
  { code: 'badUnicodeEscape' },
  { code: 'unclosedText' },
];

/** English words left in a Chinese message that are not the problem's own data (paths, names, details). */
function strayEnglish(text: string, problem: SchemaProblem): string[] {
  const own = JSON.stringify(problem);
  const shared = /^(JSON|true|false|null|undefined|text|KB|MB|Infinity)$/;
  return (text.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !own.includes(word) && !shared.test(word));
}

describe('both phrasebooks word every problem', () => {
  const everyProblem: SchemaProblem[] = [
    ...Object.values(EXAMPLES),
    ...SYNTAX.map((reason): SchemaProblem => ({ code: 'jsonSyntax', source: 'file', reason, line: 1, column: 2 })),
  ];
  for (const problem of everyProblem) {
    const name = problem.code === 'jsonSyntax' ? `jsonSyntax/${problem.reason.code}` : problem.code;
    it(name, () => {
      const inEnglish = english(problem);
      const inChinese = chinese(problem);
      expect(inEnglish).toMatch(/[a-z]{3,}/);
      expect(inChinese).toMatch(/[\u4e00-\u9fff]/);
      expect(strayEnglish(inChinese, problem)).toEqual([]);
      const location = problemLocation(problem);
      if (location) {
        expect(inEnglish).toContain(location);
        expect(inChinese).toContain(location);
      }
      // a placeholder or an undefined field never leaks into the words
      expect(`${inEnglish} ${inChinese}`).not.toMatch(/undefined|NaN|\[object|\{\w+\}/);
    });
  }
});
