import { defineMessages } from './define';

/**
 * The "About and further reading" panel: the articles this explainer was made from, the classic texts it
 * leans on, and what its Alice example does and does not show. Chinese titles are the articles' own.
 */
export const about = defineMessages(
  {
    title: 'About and further reading',
    intro:
      'This explainer brings to life five Chinese articles on the LSTM. Every number on the page is computed live from the weights you see; where an article’s own arithmetic differs, the article note says so.',
    story:
      'The Alice example uses the weights of the worked example, LSTM的一个计算例子. With them the memory of “Alice” mostly fades by “She” (about a fifth of her effect is left, as the comparison with a simple RNN measures), and the jump at “She” comes from She’s own features. {remembered} shows what a cell that remembers needs: a forget gate near 1 at “is” and “happy”.',
    rememberedLink: 'Alice, remembered',
    sourcesTitle: 'The source articles',
    sourcesNote: 'Our copies of them record no web addresses, so they are named by their titles.',
    readingTitle: 'Further reading',
    sources: {
      worked: {
        title: 'LSTM的一个计算例子',
        note: '“A worked example of an LSTM”: the sentence “Alice is happy. She smiles.” with three features, one hidden unit and hand-picked weights, computed step by step. The Alice example and the article note are built on it.',
      },
      memory: {
        title: '循環神經網絡 - 長短期記憶網絡',
        note: '“Recurrent neural networks: long short-term memory”, a blog post on the cell state as a conveyor belt, candidate memory and why gradients survive; the source of the candidate-memory and weather examples.',
      },
      translation: {
        title: '“Understanding LSTM Networks”, in Chinese',
        note: 'A Chinese rendering of Christopher Olah’s essay (see Further reading) by 李倩 (Li Qian), 4 May 2018: the long-gap example “I grew up in France … I speak fluent French” and the variants (peepholes, coupled gates, the GRU).',
      },
      overview: {
        title: '当代深度学习模型介绍--长短期记忆网络(LSTMs)',
        note: '“Modern deep learning models: long short-term memory networks”, an overview of the four parts and the four-step flow.',
      },
      simpleRnn: {
        title: 'NLP之LSTM原理剖析',
        note: '“How the LSTM works, for NLP”: from the simple RNN to the three gates, and the “我 爱 祖国” example.',
      },
    },
    reading: {
      colah: {
        title: 'Understanding LSTM Networks',
        note: 'Christopher Olah, colah’s blog, 2015. The essay whose pictures — the chain of cells, the belt along the top — shaped this explainer.',
      },
      greff: {
        title: 'LSTM: A Search Space Odyssey',
        note: 'Klaus Greff, Rupesh K. Srivastava, Jan Koutník, Bas R. Steunebrink and Jürgen Schmidhuber, IEEE Transactions on Neural Networks and Learning Systems, 2017. Which parts of the cell matter, measured on real tasks; the forget gate and the output activation matter most.',
      },
      hochreiter: {
        title: 'Long Short-Term Memory',
        note: 'Sepp Hochreiter and Jürgen Schmidhuber, Neural Computation, 1997. The paper that introduced the cell.',
      },
    },
    opensNewTab: '(opens in a new tab)',
  },
  {
    title: '关于本页与延伸阅读',
    intro: '本页把五篇讲 LSTM 的中文文章变成可以动手的图解。页面上的每个数都由你看到的权重实时算出；文章自己的算术与精确值不同的地方，“自己验算一下”的注释会指出来。',
    story:
      'Alice 示例用的是《LSTM的一个计算例子》里的权重。用这些权重，“Alice”的记忆到“She”时大多已经淡去（按与简单 RNN 对比时的量法，她的影响只剩大约五分之一），而“She”处的跃升来自它自己的特征。{remembered} 展示了一个真正记得的单元需要什么：在“is”和“happy”处遗忘门接近 1。',
    rememberedLink: 'Alice，记住了',
    sourcesTitle: '来源文章',
    sourcesNote: '我们保存的副本没有记下网址，因此只列出标题。',
    readingTitle: '延伸阅读',
    sources: {
      worked: {
        title: 'LSTM的一个计算例子',
        note: '用三个特征、一个隐藏单元和人为设定的权重，一步一步算完“Alice is happy. She smiles.”这句话。Alice 示例和“自己验算一下”的注释都以它为基础。',
      },
      memory: {
        title: '循環神經網絡 - 長短期記憶網絡',
        note: '一篇博文：把细胞状态比作传送带，讲候选记忆以及梯度为什么能保留下来；“候选记忆”和“今天天气很好”两个示例出自这里。',
      },
      translation: {
        title: '《理解 LSTM 网络》中文编译',
        note: '李倩 2018 年 5 月 4 日对 Christopher Olah 那篇文章（见延伸阅读）的中文编译：长距离依赖的例子“I grew up in France … I speak fluent French”，以及各种变体（窥视孔、耦合门、GRU）。',
      },
      overview: {
        title: '当代深度学习模型介绍--长短期记忆网络(LSTMs)',
        note: '概述 LSTM 的四个组成部分和四步流程。',
      },
      simpleRnn: {
        title: 'NLP之LSTM原理剖析',
        note: '从 SimpleRNN 讲到三重门，以及“我 爱 祖国”的例子。',
      },
    },
    reading: {
      colah: {
        title: 'Understanding LSTM Networks（理解 LSTM 网络）',
        note: 'Christopher Olah，colah 的博客，2015 年。本页的图——沿句子展开的一串单元、顶上那条传送带——都受这篇文章启发。',
      },
      greff: {
        title: 'LSTM: A Search Space Odyssey（LSTM：搜索空间奥德赛）',
        note: 'Klaus Greff、Rupesh K. Srivastava、Jan Koutník、Bas R. Steunebrink 与 Jürgen Schmidhuber，IEEE Transactions on Neural Networks and Learning Systems，2017 年。在真实任务上测量单元的哪些部分重要：遗忘门和输出激活函数最重要。',
      },
      hochreiter: {
        title: 'Long Short-Term Memory（长短期记忆）',
        note: 'Sepp Hochreiter 与 Jürgen Schmidhuber，Neural Computation，1997 年。提出这种单元的论文。',
      },
    },
    opensNewTab: '（在新标签页中打开）',
  },
);
