import { defineMessages } from './define';

/**
 * The example menu, and the title and description of each built-in example. The English texts are the
 * presets' own (a test keeps them equal); a scenario shows the Chinese ones only while its text is unedited.
 */
export const presets = defineMessages(
  {
    label: 'Example',
    own: 'Your own scenario',
    // Shown instead of an example's text once its words are no longer the example's; {example} is its title.
    ownSentence: {
      title: 'Your own sentence',
      description: 'Your own sentence, read with the weights of “{example}”. Step through it and watch what each gate does with every word.',
    },
    ownWords: {
      title: 'Your own words',
      description: 'The sentence of “{example}” with words or features you changed. Step through it and watch what each gate does with every word.',
    },
    scenarios: {
      alice: {
        title: 'Alice is happy',
        description:
          'With the article’s weights, does the cell still know at “She” that “Alice” came first? Hardly: the forget gate lets most of her go, about a fifth of her effect is left, and the jump at “She” comes from She’s own features.',
      },
      'alice-remembered': {
        title: 'Alice, remembered',
        description:
          'The same sentence and features with hand-set weights that do remember: the forget gate stays near 1 (σ(4) ≈ 0.98) at every word and the input gate opens only for the female name, so the memory of “Alice” rides the belt through “is” and “happy” and about 95% of its effect is still there at “She”, where the pronoun opens the output gate.',
      },
      'candidate-memory': {
        title: 'Candidate memory',
        description:
          'At “自然” the candidate memory proposes [0.8, −0.3, 0.4] and the input gate [0.9, 0.2, 0.7] writes 0.72 and 0.28 into the cell but lets only −0.06 of the middle value through.',
      },
      'long-gap': {
        title: 'The long gap: France … French',
        description:
          'Unit 1 writes “France” onto the belt and keeps it through the filler words (forget gate near 1, input gate near 0) until its output gate opens at “speak fluent French”, while unit 2 only ever remembers the last word.',
      },
      motherland: {
        title: '我 爱 祖国 (I love my motherland)',
        description:
          'Each word adds a similar amount to the memory while the forget gate keeps what is already there, so the cell builds up over 我 → 爱 → 祖国 and the output gate opens wide only when 祖国 completes the sentence.',
      },
      weather: {
        title: '今天 天气 很 好 (today the weather is very good)',
        description:
          'Unit 1 stores 今天 (today) and its forget gate keeps it through 天气 while unit 2 stores the weather, and both memories stay hidden until the output gates open at 好.',
      },
    },
    stress: {
      title: 'Stress test: {words} words, {units} units',
      description: 'A synthetic sentence with random weights, for performance work rather than reading.',
    },
  },
  {
    label: '示例',
    own: '你自己的场景',
    ownSentence: {
      title: '你自己的句子',
      description: '你自己的句子，用“{example}”的权重来读。逐步看看每个门对每个词做了什么。',
    },
    ownWords: {
      title: '你自己的词',
      description: '“{example}”的句子，但你改动了其中的词或特征。逐步看看每个门对每个词做了什么。',
    },
    scenarios: {
      alice: {
        title: 'Alice 很开心',
        description:
          '用原文的权重，读到“She”时单元还记得前面出现过“Alice”吗？几乎不记得了：遗忘门放走了大部分记忆，她的影响只剩大约五分之一，而“She”处的跃升来自它自己的特征。',
      },
      'alice-remembered': {
        title: 'Alice，记住了',
        description:
          '同样的句子和特征，换上手工设定、真正能记住的权重：遗忘门在每个词处都接近 1（σ(4) ≈ 0.98），输入门只为女性名字打开，于是“Alice”的记忆沿着传送带穿过“is”和“happy”，到“She”时它的影响还剩大约 95%；代词在那里打开了输出门。',
      },
      'candidate-memory': {
        title: '候选记忆',
        description:
          '读到“自然”时，候选记忆给出 [0.8, −0.3, 0.4]，输入门 [0.9, 0.2, 0.7] 把 0.72 和 0.28 写进单元，中间那个值却只放进了 −0.06。',
      },
      'long-gap': {
        title: '长距离依赖：France … French',
        description:
          '单元 1 把“France”写上传送带，并让它穿过一长串无关的词（遗忘门接近 1，输入门接近 0），直到“speak fluent French”处才打开输出门；单元 2 则始终只记得最近的一个词。',
      },
      motherland: {
        title: '我 爱 祖国',
        description:
          '每个词都给记忆添上差不多的一份，遗忘门又保住已有的内容，于是单元沿着 我 → 爱 → 祖国 逐步累积；直到“祖国”把句子补完整，输出门才大大打开。',
      },
      weather: {
        title: '今天 天气 很 好',
        description:
          '单元 1 记下“今天”，它的遗忘门让这份记忆一路保留过“天气”；单元 2 记下天气。两份记忆一直藏在单元里，直到读到“好”时输出门才打开。',
      },
    },
    stress: {
      title: '压力测试：{words} 个词，{units} 个单元',
      description: '随机权重生成的合成句子，用于性能测试，不是用来读的。',
    },
  },
);
