import { defineMessages } from './define';

/** Words for assistive technology and the accessible views: the step announcement and the table of all values. */
export const a11y = defineMessages(
  {
    announce: {
      // Read by a screen reader after each step change; {values} is the list below.
      step: 'Step {step} of {count}, {token}: {values}',
      // With several hidden units: the unit the narration follows, named so the numbers make sense.
      stepUnit: 'Step {step} of {count}, {token}, unit {unit} of {units}: {values}',
      // One value read out, by quantity: its short name and the number. The cell decides which are read.
      values: {
        f: 'forget {value}',
        i: 'input {value}',
        cTilde: 'candidate {value}',
        o: 'output {value}',
        c: 'cell {value}',
        h: 'hidden {value}',
        z: 'update {value}',
        r: 'reset {value}',
        hTilde: 'candidate {value}',
      },
      separator: ', ',
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
      // The heading of a gate that is not learned but 1 − another (the coupled LSTM's input gate).
      complement: '{name} = 1 − {other}',
      current: 'current step',
      stepLabel: 't={t}',
      scrollHint: 'The table scrolls sideways.',
    },
  },
  {
    announce: {
      step: '第 {step} 步（共 {count} 步），{token}：{values}',
      stepUnit: '第 {step} 步（共 {count} 步），{token}，单元 {unit}（共 {units} 个）：{values}',
      values: {
        f: '遗忘门 {value}',
        i: '输入门 {value}',
        cTilde: '候选值 {value}',
        o: '输出门 {value}',
        c: '细胞状态 {value}',
        h: '隐藏状态 {value}',
        z: '更新门 {value}',
        r: '重置门 {value}',
        hTilde: '候选隐藏状态 {value}',
      },
      separator: '，',
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
      complement: '{name}，即 1 − {other}',
      current: '当前时间步',
      stepLabel: 't={t}',
      scrollHint: '表格可以左右滚动。',
    },
  },
);
