import type { BoundedQuantity, JsonSource, QuotedNames, ValueKind } from './problem';
import { megabytes, shownCharacter, syntaxText, type ProblemPhrases, type SyntaxPhrases } from './phrases';

const KIND: Record<ValueKind, string> = {
  null: 'null',
  array: '数组',
  string: '文本',
  number: '数字',
  boolean: '布尔值',
  undefined: '空缺值（undefined）',
  object: '对象',
  bigint: '大整数',
  symbol: '符号',
  function: '函数',
};

const QUANTITY: Record<BoundedQuantity, string> = {
  parameters: '权重和偏置',
  featureValues: '特征值',
  initialStates: '初始状态',
};

const JSON_PREFIX: Record<JsonSource, string> = { file: 'JSON 格式不正确', link: '链接中的数据不是有效的 JSON' };

const character = (found: string) => shownCharacter(found, '字符 ');
const names = ({ names: shown, more }: QuotedNames) => (more > 0 ? `${shown.join('、')} 等 ${shown.length + more} 个` : shown.join('、'));

const chineseSyntax: SyntaxPhrases = {
  endsEarly: () => '文本提前结束（可能被截断了）',
  afterEnd: ({ found }) => `JSON 已经结束，后面却还有 ${character(found)}`,
  expectedColon: ({ found }) => `字段名后面应该是 ':'，这里却是 ${character(found)}`,
  expectedCommaOrClose: ({ close, found }) => `这里应该是 ',' 或 '${close}'，却是 ${character(found)}`,
  expectedKey: ({ found }) => `这里应该是用双引号括起的字段名，却是 ${character(found)}`,
  badNumber: () => '数字的写法不对',
  unexpectedWord: ({ word }) => `不认识的词 ${JSON.stringify(word)}（JSON 的值只能是数字、"文本"、true、false、null、列表和对象）`,
  unexpectedCharacter: ({ found }) => `这里应该是一个值，却是 ${character(found)}`,
  controlInText: () => '引号里的文本含有换行符或控制字符（请写成 \\n）',
  badEscape: ({ escape }) => `引号里的文本含有无效的转义 "\\${escape}"`,
  badUnicodeEscape: () => '引号里的文本含有无效的 \\u 转义',
  unclosedText: () => '引号里的文本没有结束（文本可能被截断了）',
};

// “1 或 2”“1、2 或 3”：本应用读取的版本（或链接前缀）。
const either = (items: readonly (string | number)[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')} 或 ${items[items.length - 1]}`;

/** The Chinese phrasebook of the decoder's problems; locations stay the document's own JSON paths. */
export const chineseProblemPhrases: ProblemPhrases = {
  unreadable: ({ detail }) => `无法读取文档：${detail}`,
  notAnObject: ({ got }) => `文档必须是一个 JSON 对象，这里却是${KIND[got]}`,
  versionMissing: ({ at, supported }) => `缺少 ${at}（本应用读取第 ${either(supported)} 版）`,
  versionNotNumber: ({ at, supported, got }) => `${at} 必须是数字 ${either(supported)}，这里却是${KIND[got]}`,
  versionUnsupported: ({ at, version, supported }) => `不支持 ${at} ${version}（本应用读取第 ${either(supported)} 版）`,
  unknownCell: ({ at, name, allowed }) => `${at} 的值 ${name} 不是本应用认识的单元类型（可用：${allowed.join('、')}）`,
  noCellState: ({ at }) => `${at} 不允许出现：门控循环单元没有细胞状态（它的初始状态请写在 h0 中）`,
  incomplete: () => '文档不完整',

  missing: ({ at }) => `缺少 ${at}`,
  notText: ({ at }) => `${at} 必须是文本`,
  tooLong: ({ at, length, limit }) => `${at} 有 ${length} 个字符，上限是 ${limit}`,
  unknownFields: (problem) =>
    `${problem.at === '' ? '文档' : `${problem.at} `}含有未知字段 ${names(problem)}（允许的字段：${problem.allowed.join(', ')}）`,

  tooManyWords: ({ at, count, limit }) => `${at} 有 ${count} 个词，上限是 ${limit}`,
  stepNotWhole: ({ at, got }) => `${at} 必须是整数，这里却是 ${typeof got === 'number' ? String(got) : KIND[got]}`,
  stepWithoutWords: ({ at, step }) => `${at} ${step} 超出范围：句子里没有词，所以 ${at} 必须是 0`,
  stepOutOfRange: ({ at, step, words }) => `${at} ${step} 超出范围：句子有 ${words} 个词，所以 ${at} 必须在 0 到 ${words - 1} 之间`,

  notNameList: ({ at }) => `${at} 必须是名称的列表`,
  noFeatures: ({ at }) => `${at} 至少要有一个特征`,
  tooManyFeatures: ({ at, count, limit }) => `${at} 有 ${count} 个名称，上限是 ${limit}`,
  emptyName: ({ at }) => `${at} 是空的`,
  duplicateNames: (problem) => `${problem.at} 有重复的名称：${names(problem)}`,

  vocabularyNotObject: ({ at }) => `${at} 必须是一个对象，把每个词映射到它的特征向量`,
  tooManyEntries: ({ at, count, limit }) => `${at} 有 ${count} 个词条，上限是 ${limit}`,
  emptyToken: ({ at }) => `${at} 里有一个空词`,
  tokenTooLong: ({ at, token, length, limit }) => `${at} 里的词 ${token} 有 ${length} 个字符，上限是 ${limit}`,
  sameToken: ({ at, first, second }) => `${at} 里的 ${first} 和 ${second} 是同一个词`,

  paramsNotObject: ({ at, names: required }) => `${at} 必须是含有 ${required.join(', ')} 的对象`,
  notRowList: ({ at }) => `${at} 必须是行的列表，每个隐藏单元一行`,
  noRows: ({ at }) => `${at} 至少要有一行（隐藏单元数 H ≥ 1）`,
  tooManyRows: ({ at, count, limit }) => `${at} 有 ${count} 行，但隐藏单元数 H 最多是 ${limit}`,
  notMatrix: ({ at, rows }) => `${at} 必须是 ${rows} 行的列表`,
  wrongRowCount: ({ at, count, expected }) => `${at} 有 ${count} 行，应该是 ${expected} 行（H=${expected}）`,
  rejectedByCore: ({ at, detail }) => `${at} 未通过计算核心的检查：${detail}`,

  notNumberList: ({ at, count }) => `${at} 必须是 ${count} 个数的列表`,
  wrongUnitCount: ({ at, count, expected }) => `${at} 有 ${count} 个数，应该是 ${expected} 个（H=${expected}）`,
  wrongFeatureCount: ({ at, count, expected }) => `${at} 有 ${count} 个数，应该是 ${expected} 个（每个特征一个）`,
  wrongColumnCount: ({ at, count, hidden, features }) =>
    `${at} 有 ${count} 列，应该是 ${hidden + features} 列（H=${hidden} + D=${features}）`,
  notANumber: ({ at, got }) => `${at} 必须是数字，这里却是${KIND[got]}`,
  notFinite: ({ at, value }) => `${at} 不是有限的数（${value}）`,
  outOfRange: ({ at, value, limit, quantity }) => `${at} 是 ${value}，但${QUANTITY[quantity]}必须在 -${limit} 到 ${limit} 之间`,

  moreProblems: ({ count }) => `……还有 ${count} 个问题`,

  jsonNotText: () => 'JSON 必须是文本',
  jsonTooLarge: ({ bytes, atLeast, limit }) => `JSON 太大（${atLeast ? '至少 ' : ''}${megabytes(bytes)}），上限是 ${megabytes(limit)}`,
  jsonSyntax: ({ source, reason, line, column }) =>
    `${JSON_PREFIX[source]}：${syntaxText(reason, chineseSyntax)}（第 ${line} 行，第 ${column} 列）`,
  jsonUnparsable: ({ source, detail }) => `${JSON_PREFIX[source]}：${detail}`,

  linkNotText: () => '链接必须是文本',
  linkTooLong: ({ length, limit }) => `链接太长（${length} 个字符，上限是 ${limit}）`,
  linkOtherVersion: ({ version, supported, prefixes }) =>
    `这个链接是第 ${version} 版格式，但本应用只读取第 ${either(supported)} 版的链接（以 ${either(prefixes.map((prefix) => `"${prefix}"`))} 开头）`,
  notALink: ({ prefix }) => `这不是场景链接（场景链接以 "${prefix}" 开头）`,
  linkEmpty: ({ prefix }) => `链接在 "${prefix}" 之后没有场景数据`,
  linkBadCharacter: ({ character: found, position }) =>
    `链接的第 ${position} 个字符 ${JSON.stringify(found)} 不可能出现在场景链接里（链接是否被改动或截断了？）`,
  linkDamaged: () => '链接已损坏或不完整：其中的数据无法解压',
  linkTooLarge: ({ limit }) => `链接中的数据解压后超过 ${limit / 1000} KB，这是链接的上限`,
};
