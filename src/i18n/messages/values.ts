import { defineMessages } from './define';

/** The cell-values table, and the names of the six quantities that the timeline shares. */
export const values = defineMessages(
  {
    title: 'Inside the cell at {token}',
    caption: 'Every layer reads the same input: the previous hidden state next to the new word.',
    tableCaption: 'Values of the cell at step {t}',
    columns: {
      quantity: 'Quantity',
      unit: 'Unit',
      before: 'Before',
      value: 'Value',
      size: 'Size',
    },
    quantities: {
      f: 'Forget gate',
      i: 'Input gate',
      cTilde: 'Candidate memory',
      o: 'Output gate',
      c: 'Cell state',
      h: 'Hidden state',
    },
  },
  {
    title: '读到 {token} 时的单元内部',
    caption: '每一层读的都是同一个输入：上一步的隐藏状态，拼上新读到的词。',
    tableCaption: '时间步 {t} 的单元数值',
    columns: {
      quantity: '量',
      unit: '单元',
      before: '由来',
      value: '值',
      size: '大小',
    },
    quantities: {
      f: '遗忘门',
      i: '输入门',
      cTilde: '候选值',
      o: '输出门',
      c: '细胞状态',
      h: '隐藏状态',
    },
  },
);
