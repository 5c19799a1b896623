import type { StepFacts } from './facts';
import { gruChinesePhrases } from './gruPhrases.zh';
import { count, percent, token, value, words, type NarrationPhrases } from './phrases';
import type { GateBand } from './thresholds';
import type { NarrationSentence } from './types';

// Chinese sets numbers and Latin symbols off with a space, but not next to full-width punctuation.
const BAND: Record<GateBand, string> = {
  shut: '几乎关死',
  mostlyClosed: '大半关着',
  half: '开了一半左右',
  mostlyOpen: '大半开着',
  open: '几乎全开',
};
const TREND = { rises: '升到', falls: '降到' } as const;
const SIGN = { positive: '正的', negative: '负的' } as const;

/** The Chinese phrasebook of the step narration: written for Chinese readers, not word for word from English. */
export const chinesePhrases: NarrationPhrases = {
  separator: '',

  unitChoice: (facts) => [
    words('这个 LSTM 有 '),
    count(facts.hiddenSize),
    words(' 个隐藏单元，下面跟踪细胞状态变化最大的第 '),
    count(facts.unit + 1),
    words(' 个。'),
  ],

  unknownToken: (facts) => [words('词表里没有“'), token(facts.token), words('”，所以单元读到的是一个全零向量。')],

  zeroInput: (facts) => [
    words('“'),
    token(facts.token),
    words('”的特征全是 0，所以推动各个门的只有上一步的输出和偏置。'),
  ],

  gates: (facts) => [...forgetClause(facts), words('；'), ...inputClause(facts), words('。')],

  cell: (facts) => {
    const sentence: NarrationSentence =
      facts.trend === 'steady'
        ? [words('细胞状态几乎没变，从 '), value(facts.cellBefore, 'c'), words(' 到 '), value(facts.cell, 'c')]
        : [words('细胞状态从 '), value(facts.cellBefore, 'c'), words(` ${TREND[facts.trend]} `), value(facts.cell, 'c')];
    if (facts.trend !== 'steady' && facts.endsNearZero) sentence.push(words('，记忆几乎被清空'));
    if (facts.changeRank !== 'none') {
      const rank = facts.changeRank === 'largestSoFar' ? '这句话到目前为止最大的一次变化' : '到目前为止最小的一次变化';
      sentence.push(words(`——${forThisUnit(facts)}这是${rank}`));
    }
    if (facts.trend !== 'steady' && facts.cancels) {
      sentence.push(words('：遗忘门留下的部分（'), value(facts.kept, 'c'));
      sentence.push(words('）和输入门写入的部分（'), value(facts.written, 'cTilde'), words('）几乎相互抵消'));
    }
    sentence.push(words('。'));
    return sentence;
  },

  output: (facts) => [
    words(`输出门${BAND[facts.outputBand]}，放出 tanh(C) 的 `),
    percent(facts.output, 'o'),
    words('，所以 h = '),
    value(facts.hidden, 'h'),
    words(facts.strongestOutputSoFar ? `——${forThisUnit(facts)}这是到目前为止最强的输出。` : '。'),
  ],

  variant: (facts, cell) =>
    cell === 'peephole'
      ? [
          words('通过窥视孔连接，遗忘门和输入门还读取了旧的细胞状态 C = '),
          value(facts.cellBefore, 'c'),
          words('，输出门读取的是新的 C = '),
          value(facts.cell, 'c'),
          words('。'),
        ]
      : [words('在这个单元里，输入门和遗忘门是耦合的：忘掉多少就写入多少，1 − f = '), percent(facts.input, 'i'), words('。')],

  gru: gruChinesePhrases,
};

function forgetClause(facts: StepFacts): NarrationSentence {
  if (facts.memoryBefore === 'empty') {
    return [words('记忆还是空的，遗忘门（'), percent(facts.forget, 'f'), words('）没有东西可留')];
  }
  if (facts.memoryBefore === 'nearlyEmpty') {
    return [
      words('记忆几乎是空的（'),
      value(facts.cellBefore, 'c'),
      words('），遗忘门（'),
      percent(facts.forget, 'f'),
      words('）能留下的很少'),
    ];
  }
  if (facts.forgetBand === 'shut') {
    return [words('遗忘门几乎关死，抹掉了旧记忆，只留下 '), percent(facts.forget, 'f')];
  }
  return [words(`遗忘门${BAND[facts.forgetBand]}，留下旧记忆的 `), percent(facts.forget, 'f')];
}

function inputClause(facts: StepFacts): NarrationSentence {
  const candidate: NarrationSentence =
    facts.candidateSign === 'neutral'
      ? [words('候选值 '), value(facts.candidate, 'cTilde'), words('（接近 0）')]
      : [words(`${SIGN[facts.candidateSign]}候选值 `), value(facts.candidate, 'cTilde')];
  if (facts.inputBand === 'shut') {
    return [words('输入门几乎关死，'), ...candidate, words(' 只放进 '), percent(facts.input, 'i')];
  }
  return [words(`输入门${BAND[facts.inputBand]}，把`), ...candidate, words(' 的 '), percent(facts.input, 'i'), words(' 写入记忆')];
}

function forThisUnit(facts: StepFacts): string {
  return facts.hiddenSize > 1 ? '就这个单元而言，' : '';
}
