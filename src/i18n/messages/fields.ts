import { defineMessages } from './define';

/** Shared fields and frames: the draggable number, its typing messages (what a field holds names its range), and a panel that failed. */
export const fields = defineMessages(
  {
    scrubTitle: 'Drag sideways to change (Shift: fine), or click to type',
    number: {
      empty: 'Type a number.',
      notANumber: '“{text}” is not a number. Numbers are written like 0.5, −1.25, 1,5 or 2e-3.',
      outOfRange: '{text} is out of range: {quantity} must be between −{limit} and {limit}.',
      quantities: {
        value: 'values',
        weight: 'weights and biases',
        feature: 'feature values',
      },
    },
    panelFailed: 'The {name} panel could not be drawn.',
    panelOthersWork: 'The other panels still work; changing the step or the scenario tries this one again.',
  },
  {
    scrubTitle: '左右拖动可改变数值（按住 Shift 微调），点击可直接输入',
    number: {
      empty: '请输入一个数。',
      notANumber: '“{text}”不是一个数。数可以写成 0.5、−1.25、1,5 或 2e-3 这样。',
      outOfRange: '{text} 超出了范围：{quantity}必须在 −{limit} 到 {limit} 之间。',
      quantities: {
        value: '数值',
        weight: '权重和偏置',
        feature: '特征值',
      },
    },
    panelFailed: '{name}面板无法显示。',
    panelOthersWork: '其他面板照常可用；换一个时间步或场景时会再试一次。',
  },
);
