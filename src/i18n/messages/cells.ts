import { defineMessages } from './define';

/**
 * The cell switch and every word the variants add: the four cells' names, what a switch did to the
 * weights, the GRU's quantities, equations, layers and valves, and the belt's new marks.
 */
export const cells = defineMessages(
  {
    switchLabel: 'Cell type',
    switchHint: 'Every panel follows the cell you pick. Switching is one step in the edit history, so Undo switches back.',
    names: {
      lstm: 'Standard LSTM',
      peephole: 'Peephole LSTM',
      coupled: 'Coupled input and forget gates',
      gru: 'GRU',
    },
    about: {
      lstm: 'Forget, input and output gates around a cell state C.',
      peephole: 'The gates also look at the cell state: f and i at Cₜ₋₁, o at Cₜ (Gers & Schmidhuber, 2000).',
      coupled: 'One gate decides both: new memory enters only where old memory leaves, i = 1 − f.',
      gru: 'Gated recurrent unit (Cho et al., 2014): an update gate z and a reset gate r; the hidden state h is the memory.',
    },
    conversion: {
      exact: 'Switched to the {cell}: every number is unchanged.',
      peepholeZero: 'Switched to the {cell}: the peepholes start at 0, so every number is unchanged until you give them weight.',
      dropsPeepholes: 'Switched to the {cell}: the peephole weights were dropped.',
      dropsInputLayer: 'Switched to the {cell}: the input layer (Wi, bi) was dropped; the input gate is now 1 − f.',
      fromCoupled: 'Switched to the {cell}: the input layer is Wi = −Wf, bi = −bf, so i = 1 − f and every number is unchanged.',
      toGru: 'Switched to the GRU: the update gate starts from the forget layer negated (so 1 − z is the forget gate at the same sum), the reset gate from the output layer, the candidate from the candidate layer; the input layer and C₀ were dropped.',
      fromGru: 'Switched to the {cell} from the GRU: forget layer = −update layer, input layer = update layer (i = z), candidate = candidate layer, output layer = reset layer.',
    },
    quantities: {
      z: 'Update gate',
      r: 'Reset gate',
      hTilde: 'Candidate hidden state',
    },
    equations: {
      update: 'Update gate',
      reset: 'Reset gate',
      gruCandidate: 'Candidate hidden state',
      gruHidden: 'Hidden state update',
      coupledInput: 'Input gate = 1 − forget gate',
    },
    layers: {
      update: 'Update layer',
      reset: 'Reset layer',
      candidate: 'Candidate layer',
    },
    boxes: {
      update: 'UPDATE',
      reset: 'RESET',
      candidate: 'CANDIDATE',
    },
    valves: {
      keep: 'Keep 1 − z',
      write: 'Write z',
      reset: 'Reset gate',
      complement: 'One minus the forget gate',
    },
    belt: {
      gruTitle: 'GRU cell · t = {t}',
      peepholeTitle: 'Peephole LSTM cell · t = {t}',
      coupledTitle: 'Coupled LSTM cell · t = {t}',
      peephole: 'Peephole {name}: {value} · C',
      peepholes: 'Peepholes: the gates read the cell state',
      oneMinus: '1 −',
      resetScaled: 'r ⊙ h',
      carryGru: '{h} carries over to step t = {next}',
      carryGruLast: '{h} would carry over to a next word',
    },
    timeline: {
      standoutGru: ' The hidden state {h} changes most at “{token}” (t={t}): read down that column to see how far the update gate let the candidate in.',
      standoutTitleGru: 'The hidden state changes most here',
      legendGatesGru: 'Gates z, r: faint = 0 (closed), full colour = 1 (open).',
      legendSignedGru: 'h̃, h:',
    },
    plots: {
      sigmoidGru: 'Sigmoid σ(z): update and reset gates',
      tanhGru: 'tanh(z): candidate hidden state h̃',
      sigmoidCoupled: 'Sigmoid σ(z): forget and output gates (the input gate is 1 − f)',
    },
    weights: {
      peepholes: 'Peepholes',
      peepholeHint: 'Each unit’s own weight on the cell state (f and i see Cₜ₋₁, o sees Cₜ).',
      peepholeLabel: 'p {symbol}, unit {unit}',
      gruHint: 'Rows over [h, features]; the candidate’s h columns multiply r ⊙ hₜ₋₁.',
    },
  },
  {
    switchLabel: '单元类型',
    switchHint: '所有面板都会跟着你选的单元变化。切换算作编辑历史中的一步，撤销就能切回去。',
    names: {
      lstm: '标准 LSTM',
      peephole: '带窥视孔连接的 LSTM',
      coupled: '耦合的输入门与遗忘门',
      gru: '门控循环单元 GRU',
    },
    about: {
      lstm: '遗忘门、输入门和输出门，围绕着细胞状态 C。',
      peephole: '各个门也能“窥视”细胞状态：f 和 i 看 Cₜ₋₁，o 看 Cₜ（Gers 与 Schmidhuber，2000 年）。',
      coupled: '一个门同时决定忘记和写入：只有旧记忆腾出位置，新记忆才能进来，i = 1 − f。',
      gru: '门控循环单元（Cho 等人，2014 年）：一个更新门 z 和一个重置门 r；隐藏状态 h 本身就是记忆。',
    },
    conversion: {
      exact: '已切换到{cell}：所有数值都没有变化。',
      peepholeZero: '已切换到{cell}：窥视孔权重从 0 开始，在你调整它们之前所有数值都不变。',
      dropsPeepholes: '已切换到{cell}：窥视孔权重已去掉。',
      dropsInputLayer: '已切换到{cell}：输入门层（Wi、bi）已去掉，输入门现在是 1 − f。',
      fromCoupled: '已切换到{cell}：输入门层取 Wi = −Wf、bi = −bf，所以 i = 1 − f，所有数值都不变。',
      toGru: '已切换到 GRU：更新门取遗忘门层的相反数（所以在同样的加权和下 1 − z 就是遗忘门），重置门取输出门层，候选值取候选值层；输入门层和 C₀ 已去掉。',
      fromGru: '已从 GRU 切换到{cell}：遗忘门层 = −更新门层，输入门层 = 更新门层（i = z），候选值层 = 候选值层，输出门层 = 重置门层。',
    },
    quantities: {
      z: '更新门',
      r: '重置门',
      hTilde: '候选隐藏状态',
    },
    equations: {
      update: '更新门',
      reset: '重置门',
      gruCandidate: '候选隐藏状态',
      gruHidden: '隐藏状态更新',
      coupledInput: '输入门 = 1 − 遗忘门',
    },
    layers: {
      update: '更新门层',
      reset: '重置门层',
      candidate: '候选值层',
    },
    boxes: {
      update: '更新',
      reset: '重置',
      candidate: '候选',
    },
    valves: {
      keep: '保留 1 − z',
      write: '写入 z',
      reset: '重置门',
      complement: '1 减去遗忘门',
    },
    belt: {
      gruTitle: 'GRU 单元 · t = {t}',
      peepholeTitle: '窥视孔 LSTM 单元 · t = {t}',
      coupledTitle: '耦合门 LSTM 单元 · t = {t}',
      peephole: '窥视孔 {name}：{value} · C',
      peepholes: '窥视孔连接：各个门读取细胞状态',
      oneMinus: '1 −',
      resetScaled: 'r ⊙ h',
      carryGru: '{h} 传给下一步 t = {next}',
      carryGruLast: '{h} 会传给下一个词（如果还有）',
    },
    timeline: {
      standoutGru: '隐藏状态 {h} 在“{token}”（t={t}）处变化最大：顺着这一列往下看，更新门放进了多少候选值。',
      standoutTitleGru: '隐藏状态在这里变化最大',
      legendGatesGru: '门 z、r：接近底色 = 0（关闭），全色 = 1（打开）。',
      legendSignedGru: 'h̃、h：',
    },
    plots: {
      sigmoidGru: 'Sigmoid σ(z)：更新门和重置门',
      tanhGru: 'tanh(z)：候选隐藏状态 h̃',
      sigmoidCoupled: 'Sigmoid σ(z)：遗忘门和输出门（输入门是 1 − f）',
    },
    weights: {
      peepholes: '窥视孔',
      peepholeHint: '每个单元对细胞状态的权重（f 和 i 看 Cₜ₋₁，o 看 Cₜ）。',
      peepholeLabel: 'p {symbol}，单元 {unit}',
      gruHint: '各行对应 [h, 特征]；候选值层的 h 列乘的是 r ⊙ hₜ₋₁。',
    },
  },
);
