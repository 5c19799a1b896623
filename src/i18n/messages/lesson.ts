import { defineMessages } from './define';

/** The guided lesson: a caption per slide (with live numbers in {placeholders}) and its questions. */
export const lesson = defineMessages(
  {
    title: 'Guided lesson',
    progress: 'Slide {slide} of {total}',
    // Two sentences of one caption: English puts a space between them, Chinese none.
    sentences: '{first} {second}',
    slides: {
      title: 'How does an LSTM remember? We follow one memory cell as it reads “Alice is happy. She smiles.”, ask whether at “She” it still knows that Alice came first — and measure the answer.',
      rnn: 'A simple RNN carries one vector h from word to word. Each step mixes it with the new word and squashes it through tanh, so what it saw a few words ago fades away.',
      belt: 'The LSTM adds a second line: the cell state C rides a conveyor belt through time, changed only by one multiplication and one addition. That is how a memory can travel far.',
      forget: 'The forget gate f is a valve between 0 and 1. It reads the last output h and the new word x, and decides how much of the old memory stays on the belt.',
      input: 'The candidate C̃ is a new memory proposed by a tanh layer; the input gate i decides how much of it is written onto the belt.',
      update: 'The update: C = f ⊙ C_prev + i ⊙ C̃. Keep some of the old, add some of the new.',
      output: 'The output gate o decides how much of tanh(C) leaves the cell as h — the cell’s answer at this word, and its input at the next.',
      walkAlice: '“Alice” enters an empty cell. The input gate opens to {i} and writes the candidate {cTilde}: the cell now holds C = {c}.',
      walkIs: '“is”: the forget gate is {f}, so {fPercent} of the memory stays ({kept}), and the input gate adds i ⊙ C̃ = {i} × {cTilde} = {written}: C = {c}.',
      walkHappy: '“happy” has no features set, so only h and the biases move the gates: the forget gate keeps {fPercent} and the input gate adds {written}, so C = {c}.',
      walkShe: '“She”: female and a pronoun. The candidate is {cTilde} and the input gate lets {i} of it in.',
      momentShe: 'Where does C at “She” come from? The old memory keeps f ⊙ C_prev = {f} × {cPrev} = {kept}, and “She” writes i ⊙ C̃ = {i} × {cTilde} = {written} from its own features, female and pronoun, through the input gate and the candidate: C = {c}.',
      walkSmiles: '“smiles”: a verb again. The forget gate keeps {fPercent} of the memory and the output is h = {h}.',
      answer: 'So, at “She”, does the cell still know that Alice came first? Read the sentence again with Alice’s features set to 0: at “She” the two cell states differ by {share} of what they differed by at “Alice” itself — that much of Alice’s effect is left.',
      yourTurn: 'Your turn: press Esc to leave, drag a weight or change the sentence, then press P and resume — every slide is live and follows your edits.',
    },
    verdicts: {
      momentShe: {
        own: 'The jump is She’s own doing, not a memory of Alice. The output gate passes h = {h}.',
        carried: 'Most of C is memory carried along the belt, not She’s own writing. The output gate passes h = {h}.',
      },
      answer: {
        faded: 'Hardly: the forget gate let most of the memory go at “is” ({fIs}) and “happy” ({fHappy}). A cell that carries Alice to “She” needs a forget gate near 1 at both words.',
        kept: 'Yes: the forget gate held the memory at “is” ({fIs}) and “happy” ({fHappy}), so it rode the belt to “She”.',
      },
    },
    links: {
      faded: 'Open Alice with weights that remember',
      kept: 'Back to the article’s weights',
    },
    questionLabel: 'Predict first',
    revealHint: 'Press → or the clicker to see what happens.',
    answerLabel: 'What happens',
    yourGuess: 'Your guess: {guess}.',
    questions: {
      forgetAtIs: {
        prompt: 'Will the forget gate open or close at “is”?',
        options: { open: 'Open: keep the memory of Alice', closed: 'Close: let most of it go' },
        answers: {
          open: 'It opens: f = {f}.',
          closed: 'It closes a little: f = {f}, less than half open.',
        },
      },
      cellAtShe: {
        prompt: 'At “She”, will the cell state rise or fall?',
        options: { rises: 'Rise: a strong new memory', falls: 'Fall: the memory fades' },
        answers: {
          rises: 'It rises, from {cPrev} to {c}.',
          falls: 'It falls, from {cPrev} to {c}.',
        },
      },
    },
  },
  {
    title: '引导课程',
    progress: '第 {slide} 页，共 {total} 页',
    sentences: '{first}{second}',
    slides: {
      title: 'LSTM 是怎样记住东西的？我们跟着一个记忆单元读“Alice is happy. She smiles.”，问一问读到“She”时它是否还记得前面出现过 Alice——再把答案量出来。',
      rnn: '简单 RNN 只把一个向量 h 从一个词传到下一个词。每一步都把它和新词混在一起，再经过 tanh 压缩，所以几个词之前看到的内容很快就淡去了。',
      belt: 'LSTM 多了一条线：细胞状态 C 像坐在传送带上一样穿过时间，只经过一次乘法和一次加法。记忆正是这样被带到远处的。',
      forget: '遗忘门 f 是一个取值在 0 到 1 之间的阀门。它读取上一步的输出 h 和新词 x，决定旧记忆有多少留在传送带上。',
      input: '候选值 C̃ 是 tanh 层提出的新记忆；输入门 i 决定其中有多少被写上传送带。',
      update: '更新：C = f ⊙ C_prev + i ⊙ C̃。保留一部分旧的，加入一部分新的。',
      output: '输出门 o 决定 tanh(C) 有多少作为 h 离开单元——这是单元对这个词的回答，也是它对下一个词的输入。',
      walkAlice: '“Alice”进入一个空的单元。输入门打开到 {i}，写入候选值 {cTilde}：单元现在保存 C = {c}。',
      walkIs: '“is”：遗忘门为 {f}，所以记忆保留 {fPercent}（{kept}），输入门再加上 i ⊙ C̃ = {i} × {cTilde} = {written}：C = {c}。',
      walkHappy: '“happy”没有任何特征，只有 h 和偏置在推动各个门：遗忘门保留 {fPercent}，输入门加上 {written}，于是 C = {c}。',
      walkShe: '“She”：女性，又是代词。候选值为 {cTilde}，输入门放进其中的 {i}。',
      momentShe: '“She”处的 C 从哪里来？旧记忆留下 f ⊙ C_prev = {f} × {cPrev} = {kept}，而“She”凭它自己的特征（女性、代词）经过输入门和候选值写入 i ⊙ C̃ = {i} × {cTilde} = {written}：C = {c}。',
      walkSmiles: '“smiles”：又是一个动词。遗忘门保留 {fPercent} 的记忆，输出为 h = {h}。',
      answer: '那么，读到“She”时，单元还记得前面出现过 Alice 吗？把 Alice 的特征全设为 0，再读一遍这句话：在“She”处，两次运行的细胞状态之差是在“Alice”处之差的 {share}——Alice 的影响就剩这么多。',
      yourTurn: '轮到你了：按 Esc 离开，拖动一个权重或改动句子，然后按 P 继续课程——每一页都是实时的，会跟着你的修改变化。',
    },
    verdicts: {
      momentShe: {
        own: '这次跃升是“She”自己带来的，不是对 Alice 的记忆。输出门送出 h = {h}。',
        carried: 'C 的大部分是沿传送带带过来的记忆，而不是“She”自己写入的。输出门送出 h = {h}。',
      },
      answer: {
        faded: '几乎不记得了：遗忘门在“is”（{fIs}）和“happy”（{fHappy}）处放走了大部分记忆。要把 Alice 带到“She”，单元在这两个词处的遗忘门都得接近 1。',
        kept: '记得：遗忘门在“is”（{fIs}）和“happy”（{fHappy}）处守住了记忆，它就沿着传送带一路到了“She”。',
      },
    },
    links: {
      faded: '打开一个真正记得 Alice 的权重',
      kept: '回到原文的权重',
    },
    questionLabel: '先预测',
    revealHint: '按 → 或翻页笔，看看会发生什么。',
    answerLabel: '实际发生的',
    yourGuess: '你的猜测：{guess}。',
    questions: {
      forgetAtIs: {
        prompt: '读到“is”时，遗忘门会打开还是关闭？',
        options: { open: '打开：保留关于 Alice 的记忆', closed: '关闭：让大部分记忆流走' },
        answers: {
          open: '它打开了：f = {f}。',
          closed: '它关小了一些：f = {f}，开度不到一半。',
        },
      },
      cellAtShe: {
        prompt: '读到“She”时，细胞状态会上升还是下降？',
        options: { rises: '上升：一个强烈的新记忆', falls: '下降：记忆在淡去' },
        answers: {
          rises: '它上升了，从 {cPrev} 到 {c}。',
          falls: '它下降了，从 {cPrev} 到 {c}。',
        },
      },
    },
  },
);
