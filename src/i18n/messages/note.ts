import { defineMessages } from './define';

/** The article note: the source article's rounded figures checked against the exact values. */
export const note = defineMessages(
  {
    title: 'Check the arithmetic yourself',
    cites:
      'The figures come from {article} (“A worked example of an LSTM”), the Chinese article whose sentence, features and weights the Alice example uses; our copy of it records no author or address ({about}).',
    aboutLink: 'all sources',
    noLongerApplies: {
      parameters:
        'The article’s figures were worked out with its original weights. You have changed the weights, so they no longer describe this cell: put the original weights back to compare them with the exact values again.',
      inputs:
        'The article’s figures were worked out for its original words and starting state. You have changed those, so they no longer describe these steps: restore them to compare again.',
    },
    rounds: 'The source article rounds as it goes.',
    skips: 'The source article rounds as it goes and skips step {steps}, stating {figures}.',
    skipsOff: 'The source article rounds as it goes and skips step {steps}, stating {figures}, where the exact values are {exact}.',
    // Each follows another sentence of the same paragraph, hence the leading space (Chinese needs none).
    laterOff: ' Later steps build on those, so its {steps} figures are off too.',
    differ: ' Its {steps} figures differ from the exact values.',
    agree: ' Steps {steps} agree with the exact values to its rounding.',
    listComma: ', ',
    listAnd: ' and ',
    tableCaption: 'The article’s rounded figures beside the exact values',
    step: 'Step',
    articleExact: '{symbol} article · exact',
    check: 'Check',
    skipped: ' skipped',
    agrees: '✓ agrees',
    off: '✗ off',
  },
  {
    title: '自己验算一下',
    cites: '这些数值出自 {article}，Alice 示例的句子、特征和权重都取自这篇中文文章；我们保存的副本没有记下作者和网址（{about}）。',
    aboutLink: '全部来源',
    noLongerApplies: {
      parameters:
        '文章中的数值是用它原来的权重算出来的。你改动了权重，这些数值已经不再描述这个单元：把权重改回原值，就能再次和精确值对照。',
      inputs: '文章中的数值是针对它原来的词和初始状态算出来的。你改动了这些，数值已经不再描述这几步：改回去就能再次对照。',
    },
    rounds: '原文每算一步都做了四舍五入。',
    skips: '原文每算一步都做了四舍五入，还跳过了 {steps} 这一步，直接给出 {figures}。',
    skipsOff: '原文每算一步都做了四舍五入，还跳过了 {steps} 这一步，直接给出 {figures}，而精确值是 {exact}。',
    laterOff: '后面的步骤都建立在这些数之上，所以它在 {steps} 的数值也有偏差。',
    differ: '它在 {steps} 的数值与精确值不同。',
    agree: '在 {steps}，原文的数值在它的舍入精度内与精确值一致。',
    listComma: '、',
    listAnd: ' 和 ',
    tableCaption: '文章中舍入后的数值与精确值对照',
    step: '时间步',
    articleExact: '{symbol} 原文 · 精确值',
    check: '核对',
    skipped: '（原文跳过）',
    agrees: '✓ 一致',
    off: '✗ 有偏差',
  },
);
