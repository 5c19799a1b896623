import { count, percent, value, words, type GruNarrationPhrases } from './phrases';
import type { GateBand } from './thresholds';
import type { GruStepFacts } from './gruFacts';
import type { NarrationSentence } from './types';

const BAND: Record<GateBand, string> = {
  shut: '几乎关死',
  mostlyClosed: '大半关着',
  half: '开了一半左右',
  mostlyOpen: '大半开着',
  open: '几乎全开',
};

/** The Chinese phrasebook of the GRU's step narration (门控循环单元: 更新门, 重置门, 候选隐藏状态). */
export const gruChinesePhrases: GruNarrationPhrases = {
  unitChoice: (facts) => [
    words('这个门控循环单元有 '),
    count(facts.hiddenSize),
    words(' 个隐藏单元，下面跟踪隐藏状态变化最大的第 '),
    count(facts.unit + 1),
    words(' 个。'),
  ],

  gates: (facts) => [...updateClause(facts), words('；'), ...resetClause(facts), words('。')],

  candidate: (facts) =>
    facts.candidateSign === 'neutral'
      ? [words('候选隐藏状态 h̃ 是 '), value(facts.candidate, 'hTilde'), words('，接近 0，写进去的东西很少。')]
      : [
          words(`候选隐藏状态 h̃ 是${facts.candidateSign === 'positive' ? '正的' : '负的'} `),
          value(facts.candidate, 'hTilde'),
          words('，更新门把其中的 '),
          value(facts.written, 'hTilde'),
          words(' 写到传送带上。'),
        ],

  state: (facts) => {
    const sentence: NarrationSentence =
      facts.trend === 'steady'
        ? [words('隐藏状态几乎没变，从 '), value(facts.hiddenBefore, 'h'), words(' 到 '), value(facts.hidden, 'h')]
        : [words('隐藏状态从 '), value(facts.hiddenBefore, 'h'), words(facts.trend === 'rises' ? ' 升到 ' : ' 降到 '), value(facts.hidden, 'h')];
    if (facts.changeRank !== 'none') {
      const rank = facts.changeRank === 'largestSoFar' ? '这句话到目前为止最大的一次变化' : '到目前为止最小的一次变化';
      sentence.push(words(`——${facts.hiddenSize > 1 ? '就这个单元而言，' : ''}这是${rank}`));
    }
    sentence.push(words('；它没有单独的细胞状态，这个值既是记忆也是输出。'));
    return sentence;
  },
};

function updateClause(facts: GruStepFacts): NarrationSentence {
  if (facts.memoryBefore === 'empty') {
    return [words('隐藏状态还是空的，更新门（'), percent(facts.update, 'z'), words('）只决定取多少候选值')];
  }
  return [
    words(`更新门${BAND[facts.updateBand]}（`),
    percent(facts.update, 'z'),
    words('），所以单元保留旧状态的 '),
    percent(1 - facts.update, 'z'),
    words('，并取候选值的 '),
    percent(facts.update, 'z'),
  ];
}

function resetClause(facts: GruStepFacts): NarrationSentence {
  if (facts.memoryBefore === 'empty') {
    return [words('重置门（'), percent(facts.reset, 'r'), words('）还没有旧状态可以交给候选值')];
  }
  return [words(`重置门${BAND[facts.resetBand]}，让旧状态的 `), percent(facts.reset, 'r'), words(' 进入候选值的计算')];
}
