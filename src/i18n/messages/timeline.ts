import { defineMessages } from './define';

/** The timeline heatmap: heading, captions, legend and the accessible names of its cells. */
export const timeline = defineMessages(
  {
    title: 'Timeline: every step at a glance',
    caption: 'Each column is a word, each row a quantity; stronger colour means further from zero.',
    // Follows the caption in the same paragraph, hence the leading space (Chinese needs none).
    standout: ' The cell state {c} changes most at “{token}” (t={t}): read down that column to see which gates let the new memory in.',
    someUnits: 'Showing {shown} of {total} units.',
    quantity: 'Quantity',
    standoutTitle: 'The cell state changes most here',
    column: '{token} (t={t})',
    cell: '{name} at {token} (t={t}): {value}',
    cellBeforeEdit: '{label}; before your edit {value}',
    was: 'was {value}',
    unit: 'unit {unit}',
    unitRow: '{symbol} unit {unit}',
    legendGates: 'Gates f, i, o: faint = 0 (closed), full colour = 1 (open).',
  },
  {
    title: '时间线：每一步一目了然',
    caption: '每一列是一个词，每一行是一个量；颜色越深，数值离 0 越远。',
    standout: '细胞状态 {c} 在“{token}”（t={t}）处变化最大：顺着这一列往下看，是哪些门放进了新的记忆。',
    someUnits: '显示 {total} 个单元中的 {shown} 个。',
    quantity: '量',
    standoutTitle: '细胞状态在这里变化最大',
    column: '{token}（t={t}）',
    cell: '{name}，{token}（t={t}）：{value}',
    cellBeforeEdit: '{label}；修改前为 {value}',
    was: '原为 {value}',
    unit: '单元 {unit}',
    unitRow: '{symbol} 单元 {unit}',
    legendGates: '门 f、i、o：接近底色 = 0（关闭），全色 = 1（打开）。',
  },
);
