import { defineMessages } from './define';

/** Words for assistive technology and the accessible views: the step announcement and the table of all values. */
export const a11y = defineMessages(
  {
    announce: {
      // Read by a screen reader after each step change; {values} is the list below.
      step: 'Step {step} of {count}, {token}: {values}',
      // With several hidden units: the unit the narration follows, named so the numbers make sense.
      stepUnit: 'Step {step} of {count}, {token}, unit {unit} of {units}: {values}',
      values: 'forget {f}, input {i}, cell {c}, hidden {h}',
    },
    table: {
      show: 'Show all values as a table',
      loading: 'Loading the table…',
      caption: 'Every value at every step, to {digits} decimals. The current step is marked.',
      step: 'Step',
      word: 'Word',
      input: 'Input x',
      feature: 'x{n}',
      unit: 'Unit {unit}',
      current: 'current step',
      stepLabel: 't={t}',
      scrollHint: 'The table scrolls sideways.',
    },
  },
  {
    announce: {
      step: '第 {step} 步（共 {count} 步），{token}：{values}',
      stepUnit: '第 {step} 步（共 {count} 步），{token}，单元 {unit}（共 {units} 个）：{values}',
      values: '遗忘门 {f}，输入门 {i}，细胞状态 {c}，隐藏状态 {h}',
    },
    table: {
      show: '以表格显示全部数值',
      loading: '正在载入表格…',
      caption: '每个时间步的全部数值，保留 {digits} 位小数。当前时间步已标出。',
      step: '时间步',
      word: '词',
      input: '输入 x',
      feature: 'x{n}',
      unit: '单元 {unit}',
      current: '当前时间步',
      stepLabel: 't={t}',
      scrollHint: '表格可以左右滚动。',
    },
  },
);
