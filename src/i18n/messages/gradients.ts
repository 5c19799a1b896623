import { defineMessages } from './define';

/** The gradients-through-time panel: the unrolled cells, the gradient's size at every word, ∂L/∂W. */
export const gradients = defineMessages(
  {
    title: 'Gradients through time',
    intro:
      'To learn, a cell needs to know how a number computed at the end depends on everything before it: the gradient. Unrolled, the cell is one copy per word with the belt running through all copies; the gradient of the chosen scalar L flows backwards, from the last word to the first. The strips show its size at every word, exactly, on a log scale.',
    // The cells' names in running text (the standard LSTM is its acronym, the same in every language).
    names: { peephole: 'peephole LSTM', coupled: 'coupled LSTM', gru: 'GRU' },
    // Row labels inside the drawing, where there is room for one short word.
    shortNames: { peephole: 'Peephole', coupled: 'Coupled', gru: 'GRU' },
    rnnIs:
      'The simple RNN beside the {name} is its candidate layer on its own, h = tanh(W·[h, x] + b) with the candidate layer’s weights; in the long gap each RNN unit also feeds back its own h with the weight the LSTM’s forget gate keeps per filler word.',
    rnnIsGru:
      'The simple RNN beside the GRU is its candidate layer on its own, h = tanh(Wₕ·[h, x] + bₕ): the GRU’s candidate with the reset gate held open (the GRU’s own candidate sees r ⊙ h). In the long gap each RNN unit also feeds back its own h with the weight 1 − z keeps per filler word.',
    longGapCell:
      'The long gap is the built-in standard-LSTM example converted to the {name} the way the cell switch converts it.',
    empty: 'The sentence has no words yet, so there is nothing to backpropagate through.',
    controls: {
      legend: 'What to differentiate',
      source: 'Sentence',
      sourceSentence: 'the current sentence',
      sourceLongGap: 'the long gap: France … French',
      gap: 'Filler words between “France” and “I speak fluent French”',
      gapValue: '{gap} filler words',
      scale: 'RNN recurrent weight scale',
      scaleValue: '× {scale}',
      scaleHint: 'Multiplies the RNN’s recurrent weights (the h columns of W); the largest is now {largest}.',
      scaleNone: 'This RNN has no recurrent weights to scale (they are all 0): it forgets everything after one word.',
      scalar: 'Scalar L',
      scalarHidden: 'h at the last word',
      scalarSquared: 'squared error to a target, ½(h − y)²',
      unit: 'Hidden unit',
      allUnits: 'all units, summed',
      unitN: 'unit {unit}',
      target: 'Target y',
    },
    loss: 'L = {value} in the {name}, {rnn} in the RNN.',
    beltLine:
      'Along the cell state the gradient is multiplied by the forget gate at every word, {formula}: a product of forget gates: the “gradient highway” that lets an LSTM learn from words far back. It survives as long as f ≈ 1.',
    peepholeLine:
      'Along the peephole LSTM’s cell state the gradient is multiplied at every word by the forget gate plus the peephole terms, since f and i also read Cₜ₋₁: {formula}. Still a product of one factor per word along the belt, which survives as long as that factor stays near 1.',
    gruLine:
      'The GRU’s h is its belt: at every word the gradient is multiplied by 1 − z, the share of the old state the update gate keeps, plus the routes through z, the reset gate r and the candidate h̃: {formula}. It survives as long as z ≈ 0.',
    rnnLine:
      'In the simple RNN it is multiplied by tanh′ · W at every word, {formula}: a product of such factors, which vanishes when they are below 1 and explodes when they are above 1 — until tanh saturates (tanh′ ≈ 0 where h ≈ ±1) and it vanishes again.',
    chainLabel: 'The cells unrolled over the sentence, and the size of the gradient at every word',
    keysHint: 'Point at a word, or focus the diagram and use ← → Home End, to read its exact values.',
    valueText: '“{token}” (t = {t}): |∂L/∂C| = {memory}, |∂L/∂h| = {hidden} in the {name}; |∂L/∂h| = {rnn} in the RNN',
    valueTextGru: '“{token}” (t = {t}): |∂L/∂h| = {hidden} in the {name}; |∂L/∂h| = {rnn} in the RNN',
    flowsBack: 'gradient flows back',
    axis: 'size of the gradient (log scale)',
    zero: '0 (exactly)',
    exactlyZero: 'exactly 0 (drawn below the axis)',
    kept: 'From the last word back to “{token}”, the {name}’s {symbol} is {value} of its size at the end, the RNN’s |∂L/∂h| {rnn}.',
    keptNone: 'At the last word the gradient is 0 (L does not depend on h there), so nothing flows back.',
    readout: {
      title: 'Exact values at “{token}” (t = {t})',
      rnn: 'Simple RNN',
      forget: 'forget gate {symbol}: the belt’s factor at this word',
      peephole: '{symbol}: the belt’s factor at this word, the forget gate plus the peephole terms',
      keep: '{symbol}: the share of h the update gate keeps, the direct path back',
      gruJacobian: '{symbol}: every path back at this word',
      rnnFactor: '{symbol}: the RNN’s factor at this word',
    },
    weights: {
      title: '∂L/∂W: how L would change with each weight',
      caption: 'For every weight matrix and bias of both cells, the size of its gradient (its norm) and its three largest entries, signed. Columns h₁ … multiply the previous hidden state, the others the word’s features.',
      parameter: 'Parameter',
      cell: 'Cell',
      norm: 'Norm',
      largest: 'Largest entries',
      entry: '{place}: {value}',
      place: 'row {row}, {column}',
      bias: 'unit {row}',
    },
  },
  {
    title: '随时间反向传播的梯度',
    intro:
      '要学习，单元就得知道最后算出的某个数如何依赖于之前的一切：这就是梯度。把单元按时间展开，每个词对应一个副本，传送带贯穿所有副本；所选标量 L 的梯度从最后一个词往回流向第一个词。下面的色带给出它在每个词处的精确大小（对数刻度）。',
    names: { peephole: '窥视孔 LSTM', coupled: '耦合门 LSTM', gru: 'GRU' },
    shortNames: { peephole: '窥视孔', coupled: '耦合门', gru: 'GRU' },
    rnnIs:
      '与 {name} 对照的简单 RNN 就是它的候选值层单独使用：h = tanh(W·[h, x] + b)，权重取自候选值层；在长间隔实验中，RNN 的每个单元还把自己的 h 送回自身，权重等于 LSTM 的遗忘门在每个填充词处保留的比例。',
    rnnIsGru:
      '与 GRU 对照的简单 RNN 就是它的候选值层单独使用：h = tanh(Wₕ·[h, x] + bₕ)，相当于把重置门一直开着的 GRU 候选值（GRU 自己的候选值看到的是 r ⊙ h）。在长间隔实验中，RNN 的每个单元还把自己的 h 送回自身，权重等于 1 − z 在每个填充词处保留的比例。',
    longGapCell: '长间隔实验用的是内置的标准 LSTM 示例，按切换单元时的方式转换成了 {name}。',
    empty: '句子里还没有词，梯度无处可传。',
    controls: {
      legend: '对什么求导',
      source: '句子',
      sourceSentence: '当前句子',
      sourceLongGap: '长间隔：France … French',
      gap: '“France”与“I speak fluent French”之间的填充词个数',
      gapValue: '{gap} 个填充词',
      scale: 'RNN 循环权重的倍数',
      scaleValue: '{scale} 倍',
      scaleHint: '把 RNN 的循环权重（W 中乘 h 的那几列）乘上这个倍数；现在最大的一个是 {largest}。',
      scaleNone: '这个 RNN 没有可缩放的循环权重（全为 0）：读完一个词就把之前的全忘了。',
      scalar: '标量 L',
      scalarHidden: '最后一个词处的 h',
      scalarSquared: '与目标值的平方误差 ½(h − y)²',
      unit: '隐藏单元',
      allUnits: '所有单元求和',
      unitN: '单元 {unit}',
      target: '目标值 y',
    },
    loss: '{name} 中 L = {value}，RNN 中 L = {rnn}。',
    beltLine:
      '沿着细胞状态，梯度每经过一个词就乘上那里的遗忘门，{formula}：一串遗忘门的乘积：正是这条“梯度高速公路”让 LSTM 能从很远之前的词中学习。只要 f ≈ 1，梯度就能保留下来。',
    peepholeLine:
      '在窥视孔 LSTM 的细胞状态上，由于 f 和 i 也读取 Cₜ₋₁，梯度每经过一个词要乘上遗忘门再加上窥视孔项：{formula}。沿着传送带仍然是每个词一个因子的连乘，只要这个因子接近 1，梯度就能保留下来。',
    gruLine:
      'GRU 的 h 就是它的传送带：梯度每经过一个词就乘上 1 − z（更新门保留旧状态的比例），再加上经过 z、重置门 r 和候选值 h̃ 的路径：{formula}。只要 z ≈ 0，梯度就能保留下来。',
    rnnLine:
      '在简单 RNN 中，梯度每经过一个词就乘上 tanh′ · W，{formula}：这些因子小于 1 时梯度消失，大于 1 时梯度爆炸——直到 tanh 饱和（h ≈ ±1 处 tanh′ ≈ 0），梯度又会消失。',
    chainLabel: '按句子展开的两种单元，以及每个词处梯度的大小',
    keysHint: '把指针移到某个词上，或者让图获得焦点后用 ← → Home End，即可查看精确数值。',
    valueText: '“{token}”（t = {t}）：{name} 中 |∂L/∂C| = {memory}，|∂L/∂h| = {hidden}；RNN 中 |∂L/∂h| = {rnn}',
    valueTextGru: '“{token}”（t = {t}）：{name} 中 |∂L/∂h| = {hidden}；RNN 中 |∂L/∂h| = {rnn}',
    flowsBack: '梯度往回流',
    axis: '梯度的大小（对数刻度）',
    zero: '0（精确为零）',
    exactlyZero: '精确为 0（画在坐标轴下方）',
    kept: '从最后一个词回到“{token}”，{name} 的 {symbol} 还有末尾时的 {value}，RNN 的 |∂L/∂h| 还有 {rnn}。',
    keptNone: '最后一个词处的梯度为 0（L 在那里不依赖 h），所以没有梯度往回流。',
    readout: {
      title: '“{token}”（t = {t}）处的精确数值',
      rnn: '简单 RNN',
      forget: '遗忘门 {symbol}：这个词处传送带上的因子',
      peephole: '{symbol}：这个词处传送带上的因子，即遗忘门加上窥视孔项',
      keep: '{symbol}：更新门保留的 h 的比例，即直接往回的路径',
      gruJacobian: '{symbol}：这个词处所有往回的路径',
      rnnFactor: '{symbol}：这个词处 RNN 的因子',
    },
    weights: {
      title: '∂L/∂W：每个权重变化时 L 怎样变',
      caption: '两种单元的每个权重矩阵和偏置：梯度的大小（范数）和绝对值最大的三个元素（带符号）。h₁ … 列乘的是上一步的隐藏状态，其余列乘的是词的特征。',
      parameter: '参数',
      cell: '单元',
      norm: '范数',
      largest: '最大的元素',
      entry: '{place}：{value}',
      place: '第 {row} 行，{column}',
      bias: '单元 {row}',
    },
  },
);
