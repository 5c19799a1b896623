import { describe, expect, it } from 'vitest';
import { alicePreset, traceScenario, withBias, withCell, withHiddenSize } from '../../src/model';
import { chinesePhrases, englishPhrases, gruStepFacts, narrateStep, sentenceText } from '../../src/model/narration';

const textOf = (trace: ReturnType<typeof traceScenario>, t: number, phrases = englishPhrases) =>
  narrateStep(trace, t, phrases).map(sentenceText).join(phrases.separator);

// Alice as a GRU (Wz = −Wf, Wr = Wo, Wh = Wc). At "She" (t = 3): z = 0.352, r = 0.476, h̃ = 0.609 (0.6088),
// h_2 = 0.049 → h_3 = 0.648 · 0.049 + 0.352 · 0.609 = 0.246 (the e2e spec computes the same by hand).
const gru = traceScenario(withCell(alicePreset, 'gru'));

describe('the GRU narration', () => {
  it('facts come from the GRU step: the update and reset gates, the candidate, h', () => {
    const facts = gruStepFacts(gru, 3);
    expect(facts?.update).toBeCloseTo(0.3521, 3);
    expect(facts?.reset).toBeCloseTo(0.4762, 3);
    expect(facts?.candidate).toBeCloseTo(0.6088, 3);
    expect(facts?.hidden).toBeCloseTo(0.246, 3);
    expect(facts?.kept).toBeCloseTo((1 - facts!.update) * facts!.hiddenBefore, 15);
    expect(gruStepFacts(traceScenario(alicePreset), 0)).toBeNull();
  });

  it('in English: the first word starts from an empty state', () => {
    const text = textOf(gru, 0);
    expect(text).toMatch(/^The hidden state is still empty, so the update gate \(0\.45\d+\) only decides how much of the candidate to take; the reset gate \(0\.40\d+\) has no old state to pass to the candidate\./);
    expect(text).toContain('The candidate h̃ is positive, 0.197');
    expect(text).toMatch(/The hidden state rises from 0 to 0\.0888\d+; there is no separate cell state/);
  });

  it('in English at "She": keeps 1 − z of the old state, takes z of the candidate, the biggest change so far', () => {
    const text = textOf(gru, 3);
    expect(text).toContain('The update gate is mostly closed (0.352');
    expect(text).toContain('so the cell keeps 0.647');
    expect(text).toContain('the reset gate is about half open and lets 0.476');
    expect(text).toMatch(/The hidden state rises from 0\.049\d+ to 0\.246\d+ — the biggest change in the sentence so far/);
    expect(text).not.toMatch(/forget|output gate|cell state C/);
  });

  it('in Chinese: 更新门, 重置门, 候选隐藏状态, and no Latin words but the token', () => {
    const text = textOf(gru, 3, chinesePhrases);
    expect(text).toContain('更新门大半关着（0.352');
    expect(text).toContain('重置门开了一半左右，让旧状态的 0.476');
    expect(text).toContain('候选隐藏状态 h̃ 是正的 0.608');
    expect(text).toMatch(/隐藏状态从 0\.049\d+ 升到 0\.246\d+——这是这句话到目前为止最大的一次变化/);
    const latin = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => word !== 'She');
    expect(latin).toEqual([]);
  });

  it('several units: names the one whose hidden state changes most', () => {
    const trace = traceScenario(withCell(withHiddenSize(alicePreset, 3, 5), 'gru'));
    const [first] = narrateStep(trace, 3, englishPhrases).map(sentenceText);
    expect(first).toMatch(/^The GRU has 3 units; this follows unit \d of 3, whose hidden state changes most\.$/);
    expect(narrateStep(trace, 3, chinesePhrases).map(sentenceText)[0]).toMatch(/^这个门控循环单元有 3 个隐藏单元/);
  });
});

describe('the LSTM variants reuse the LSTM narration with their difference stated', () => {
  it('peephole: the gates also read C_{t−1} and C_t', () => {
    const trace = traceScenario(withBias(withCell(alicePreset, 'peephole'), 'pf', 0, 1));
    const sentences = narrateStep(trace, 3, englishPhrases).map(sentenceText);
    expect(sentences[1]).toMatch(/^Through the peepholes the forget and input gates also read the old memory C = 0\.05\d+, and the output gate the new C = 0\.\d+\.$/);
    expect(narrateStep(trace, 3, chinesePhrases).map(sentenceText)[1]).toMatch(/^通过窥视孔连接，遗忘门和输入门还读取了旧的细胞状态 C = /);
    // Everything else is the LSTM's story.
    expect(sentences).toHaveLength(narrateStep(traceScenario(alicePreset), 3).length + 1);
  });

  it('coupled: the input gate writes exactly the share that is let go', () => {
    const trace = traceScenario(withCell(alicePreset, 'coupled'));
    const sentences = narrateStep(trace, 3, englishPhrases).map(sentenceText);
    expect(sentences[1]).toBe(`In this cell the input gate is tied to the forget gate: it writes exactly the share that is let go, 1 − f = ${trace.steps[3].i[0]}.`);
    expect(trace.steps[3].i[0]).toBeCloseTo(1 - trace.steps[3].f[0], 15);
    expect(narrateStep(trace, 3, chinesePhrases).map(sentenceText)[1]).toContain('忘掉多少就写入多少');
  });

  it('the standard LSTM narration is unchanged', () => {
    expect(narrateStep(traceScenario(alicePreset), 3, englishPhrases).map(sentenceText).some((s) => s.includes('peephole'))).toBe(false);
  });
});
