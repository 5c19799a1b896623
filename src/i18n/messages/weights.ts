import { defineMessages } from './define';

/** The weight editor: its title and hint, the history buttons, the gate grids and their cells' names. */
export const weights = defineMessages(
  {
    title: 'Weights: drag a number and watch the gates change',
    hint: 'Drag sideways (Shift for fine steps), use the arrow keys, or click to type; values from −{limit} to {limit}. Columns multiply {columns}. Click a valve on the belt to jump to its gate.',
    history: 'Edit history',
    undo: 'Undo',
    undoTitle: 'Undo (Ctrl+Z)',
    redo: 'Redo',
    redoTitle: 'Redo (Ctrl+Shift+Z)',
    reset: 'Reset',
    resetTitle: "Back to the preset's own weights and sentence",
    gates: { forget: 'Forget gate', input: 'Input gate', candidate: 'Candidate', output: 'Output gate' },
    gateRegion: '{gate} weights',
    unit: 'unit',
    weightLabel: 'W {symbol}, unit {unit}, {column}',
    biasLabel: 'b {symbol}, unit {unit}',
  },
  {
    title: '权重：拖动一个数，看各个门怎样变化',
    hint: '左右拖动（按住 Shift 微调）、用方向键，或点击后直接输入；取值范围是 −{limit} 到 {limit}。各列依次乘以 {columns}。点击传送带上的阀门，可以跳到对应门的权重。',
    history: '编辑历史',
    undo: '撤销',
    undoTitle: '撤销（Ctrl+Z）',
    redo: '重做',
    redoTitle: '重做（Ctrl+Shift+Z）',
    reset: '重置',
    resetTitle: '恢复成示例原来的权重和句子',
    gates: { forget: '遗忘门', input: '输入门', candidate: '候选值', output: '输出门' },
    gateRegion: '{gate}的权重',
    unit: '单元',
    weightLabel: 'W {symbol}，单元 {unit}，{column}',
    biasLabel: 'b {symbol}，单元 {unit}',
  },
);
