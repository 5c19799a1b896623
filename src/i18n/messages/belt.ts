import { defineMessages } from './define';

/** The conveyor belt: its accessible names, the words drawn in the SVG and its captions. */
export const belt = defineMessages(
  {
    scrollHint: 'Swipe sideways to follow the belt across the whole cell.',
    label: 'The memory cell at step {t}, reading “{token}”',
    cellTitle: 'LSTM cell · t = {t}',
    layerLabel: '{name}: {formula}',
    layers: {
      forget: 'Forget layer',
      input: 'Input layer',
      candidate: 'Candidate layer',
      output: 'Output layer',
    },
    /** the word written small under σ or tanh in each layer's box */
    boxes: {
      forget: 'FORGET',
      input: 'INPUT',
      candidate: 'CANDIDATE',
      output: 'OUTPUT',
    },
    valves: {
      forget: 'Forget gate',
      input: 'Input gate',
      output: 'Output gate',
    },
    carry: '{h} and {c} carry over to step t = {next}',
    carryLast: '{h} and {c} would carry over to a next word',
    someLanes: 'Showing the first {shown} of {total} hidden units; the equations and timeline show them all.',
    focus: {
      label: 'Values for unit',
      auto: 'largest change now (unit {unit})',
      unit: 'unit {unit}',
      note: 'The numbers are unit {unit}’s; the other lanes are faint.',
    },
  },
  {
    scrollHint: '左右滑动，沿着传送带看完整个单元。',
    label: '时间步 {t} 的记忆单元，正在读“{token}”',
    cellTitle: 'LSTM 单元 · t = {t}',
    layerLabel: '{name}：{formula}',
    layers: {
      forget: '遗忘门层',
      input: '输入门层',
      candidate: '候选值层',
      output: '输出门层',
    },
    boxes: {
      forget: '遗忘',
      input: '输入',
      candidate: '候选',
      output: '输出',
    },
    valves: {
      forget: '遗忘门',
      input: '输入门',
      output: '输出门',
    },
    carry: '{h} 和 {c} 传给下一步 t = {next}',
    carryLast: '{h} 和 {c} 会传给下一个词（如果还有）',
    someLanes: '这里只画出 {total} 个隐藏单元中的前 {shown} 个；公式和时间线显示全部单元。',
    focus: {
      label: '显示数值的单元',
      auto: '此刻变化最大的（单元 {unit}）',
      unit: '单元 {unit}',
      note: '数字属于单元 {unit}；其他通道颜色较淡。',
    },
  },
);
