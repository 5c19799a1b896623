import { defineMessages } from './define';

/** The activation plots: heading, captions and the descriptions of the marked points. */
export const plots = defineMessages(
  {
    title: 'Squashing functions: where this step lands',
    caption:
      'Each layer adds up its inputs into a number z, then squashes it: σ into (0, 1) for the gates, tanh into (−1, 1) for the candidate. Past about ±3 the curves flatten, so a gate is almost fully open or shut.',
    // Follows the caption in the same paragraph, hence the leading space (Chinese needs none).
    multiUnit: ' Every unit is a dot; the first unit is labelled.',
    sigmoid: 'Sigmoid σ(z): forget, input and output gates',
    tanh: 'tanh(z): candidate memory C̃',
    unitPoint: '{symbol} unit {unit}',
    point: '{name}: z = {z}, {fn}(z) = {value}',
    pointOffLeft: '{name}: z = {z} (beyond the plot, drawn at its left edge), {fn}(z) = {value}',
    pointOffRight: '{name}: z = {z} (beyond the plot, drawn at its right edge), {fn}(z) = {value}',
    offPlotLabel: '{value} at z = {z}',
  },
  {
    title: '压缩函数：这一步落在曲线的哪里',
    caption:
      '每一层先把输入加权求和成一个数 z，再把它压缩：门用 σ 压到 (0, 1) 之间，候选值用 tanh 压到 (−1, 1) 之间。z 超过约 ±3 后曲线几乎是平的，门也就几乎全开或全关。',
    multiUnit: '每个单元是一个点，只有第一个单元标出数值。',
    sigmoid: 'Sigmoid σ(z)：遗忘门、输入门和输出门',
    tanh: 'tanh(z)：候选值 C̃',
    unitPoint: '{symbol} 单元 {unit}',
    point: '{name}：z = {z}，{fn}(z) = {value}',
    pointOffLeft: '{name}：z = {z}（超出图的范围，画在左边缘），{fn}(z) = {value}',
    pointOffRight: '{name}：z = {z}（超出图的范围，画在右边缘），{fn}(z) = {value}',
    offPlotLabel: '{value}（z = {z}）',
  },
);
