import { defineMessages } from './define';

/** The sentence as an unrolled chain: one button per word, C and h passed from each cell to the next. */
export const tokens = defineMessages(
  {
    label: 'Sentence, one token per time step',
    unknownTitle: 'Not in the vocabulary: fed to the cell as a zero vector',
    unknown: 'not in vocabulary',
    inputTitle: 'Input x for “{word}”: [{vector}]',
    passedOn: 'After “{word}” the cell passes on {values}',
    stateValue: '{name} = {value}',
    stateNorm: '‖{name}‖ = {value}, the length of the vector of its {units} units {vector}',
  },
  {
    label: '句子：每个时间步读一个词',
    unknownTitle: '词表中没有这个词：以零向量输入单元',
    unknown: '不在词表中',
    inputTitle: '“{word}”的输入 x：[{vector}]',
    passedOn: '读完“{word}”后，单元传出 {values}',
    stateValue: '{name} 为 {value}',
    stateNorm: '‖{name}‖ = {value}，即 {units} 个单元组成的向量 {vector} 的长度',
  },
);
