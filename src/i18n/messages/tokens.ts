import { defineMessages } from './define';

/** The sentence strip: one button per word of the sentence. */
export const tokens = defineMessages(
  {
    label: 'Sentence, one token per time step',
    unknownTitle: 'Not in the vocabulary: fed to the cell as a zero vector',
    unknown: 'not in vocabulary',
  },
  {
    label: '句子：每个时间步读一个词',
    unknownTitle: '词表中没有这个词：以零向量输入单元',
    unknown: '不在词表中',
  },
);
