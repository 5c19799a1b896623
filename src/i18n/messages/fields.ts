import { defineMessages } from './define';

/** Shared fields and frames: the draggable number, its typing messages, and a panel that failed. */
export const fields = defineMessages(
  {
    scrubTitle: 'Drag sideways to change (Shift: fine), or click to type',
    number: {
      empty: 'Type a number.',
      notANumber: '“{text}” is not a number.',
      tooLarge: 'That number is too large.',
      outOfRange: 'Use a value between −{limit} and {limit}.',
    },
    panelFailed: 'The {name} panel could not be drawn.',
    panelOthersWork: 'The other panels still work; changing the step or the scenario tries this one again.',
  },
  {
    scrubTitle: '左右拖动可改变数值（按住 Shift 微调），点击可直接输入',
    number: {
      empty: '请输入一个数。',
      notANumber: '“{text}”不是一个数。',
      tooLarge: '这个数太大了。',
      outOfRange: '请输入 −{limit} 到 {limit} 之间的数。',
    },
    panelFailed: '{name}面板无法显示。',
    panelOthersWork: '其他面板照常可用；换一个时间步或场景时会再试一次。',
  },
);
