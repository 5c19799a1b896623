import { defineMessages } from './define';

/** The equations panel: its heading, hint and the name of each of the six equations. */
export const equations = defineMessages(
  {
    title: 'The equations at t = {t}',
    hint: 'Click a gate’s equation to write its dot product out term by term.',
    names: {
      forget: 'Forget gate',
      input: 'Input gate',
      candidate: 'Candidate memory',
      cell: 'Cell state update',
      output: 'Output gate',
      hidden: 'Hidden state',
    },
  },
  {
    title: 't = {t} 时的公式',
    hint: '点击门的公式，可以把它的点积逐项展开。',
    names: {
      forget: '遗忘门',
      input: '输入门',
      candidate: '候选值',
      cell: '细胞状态更新',
      output: '输出门',
      hidden: '隐藏状态',
    },
  },
);
