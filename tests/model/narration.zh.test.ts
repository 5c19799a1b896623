import { describe, expect, it } from 'vitest';
import { alicePreset, traceScenario, type NarrationSegment } from '../../src/model';
import { chinesePhrases, englishPhrases, narrateStep, sentenceText } from '../../src/model/narration';

const alice = traceScenario(alicePreset);
const chinese = (t: number) => narrateStep(alice, t, chinesePhrases);
const textAt = (t: number) => chinese(t).map(sentenceText).join('');
/** The numbers a narration quotes, as "kind quantity value", sorted: the facts, whatever the word order. */
const numbersOf = (segments: NarrationSegment[]) =>
  segments
    .flatMap((segment) => (segment.kind === 'number' || segment.kind === 'percent' ? [`${segment.kind} ${segment.quantity} ${segment.value}`] : []))
    .sort();

describe('the Chinese narration of Alice’s five steps', () => {
  it('t=0 “Alice”: an empty memory, a positive candidate written, the cell rises from 0', () => {
    const text = textAt(0);
    expect(text).toContain('记忆还是空的，遗忘门（');
    expect(text).toContain('输入门大半开着，把正的候选值 0.1973');
    expect(text).toMatch(/细胞状态从 0 升到 0\.1228\d+。/);
    expect(text).toContain('所以 h = 0.0490');
    expect(text).not.toContain('到目前为止');
  });

  it('t=1 “is”: the cell falls to almost nothing because what is kept and what is written cancel', () => {
    const text = textAt(1);
    expect(text).toContain('遗忘门开了一半左右，留下旧记忆的 ');
    expect(text).toContain('负的候选值 -0.0850');
    expect(text).toMatch(/细胞状态从 0\.1228\d+ 降到 0\.000199\d*，记忆几乎被清空/);
    expect(text).toContain('几乎相互抵消');
  });

  it('t=2 “happy”: no features, an almost empty memory and the smallest change so far', () => {
    const sentences = chinese(2).map(sentenceText);
    expect(sentences[0]).toBe('“happy”的特征全是 0，所以推动各个门的只有上一步的输出和偏置。');
    expect(sentences[1]).toContain('记忆几乎是空的（0.000199');
    expect(sentences[2]).toContain('——这是到目前为止最小的一次变化。');
  });

  it('t=3 “She”: the biggest change so far and the strongest output so far', () => {
    const sentences = chinese(3).map(sentenceText);
    expect(sentences).toHaveLength(3);
    expect(sentences[0]).toMatch(/^遗忘门大半开着，留下旧记忆的 0\.6468\d+；输入门开了一半左右，把正的候选值 0\.6092\d+ 的 0\.5775\d+ 写入记忆。$/);
    expect(sentences[1]).toMatch(/^细胞状态从 0\.0573\d+ 升到 0\.3890\d+——这是这句话到目前为止最大的一次变化。$/);
    expect(sentences[2]).toMatch(/^输出门开了一半左右，放出 tanh\(C\) 的 0\.4756\d+，所以 h = 0\.1762\d+——这是到目前为止最强的输出。$/);
  });

  it('t=4 “smiles”: a candidate close to zero and a fall that is no record', () => {
    const text = textAt(4);
    expect(text).toMatch(/候选值 -0\.0470\d+（接近 0）/);
    expect(text).toMatch(/细胞状态从 0\.3890\d+ 降到 0\.1471\d+。/);
    expect(text).not.toContain('到目前为止');
  });

  it('quotes the same numbers as the English narration at every step', () => {
    for (let t = 0; t < alice.steps.length; t += 1) {
      expect(numbersOf(chinese(t).flat())).toEqual(numbersOf(narrateStep(alice, t, englishPhrases).flat()));
    }
  });

  it('has no Latin words except the tokens and tanh, and no gap between sentences', () => {
    expect(chinesePhrases.separator).toBe('');
    for (let t = 0; t < alice.steps.length; t += 1) {
      const segments = chinese(t).flat();
      const words = segments.flatMap((segment) => (segment.kind === 'text' ? [segment.text] : [])).join(' ');
      expect((words.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => word !== 'tanh')).toEqual([]);
      const latin = textAt(t).match(/[A-Za-z]{2,}/g) ?? [];
      expect(latin.filter((word) => word !== 'tanh' && word !== alice.tokens[t].text)).toEqual([]);
    }
  });
});

describe('the Chinese narration follows the numbers', () => {
  it('says an unknown word is fed as zeros, quoting the word', () => {
    const trace = traceScenario({ ...alicePreset, sentence: 'Bob is happy' });
    const sentences = narrateStep(trace, 0, chinesePhrases);
    expect(sentenceText(sentences[0])).toBe('词表里没有“Bob”，所以单元读到的是一个全零向量。');
    expect(sentences[0][1]).toEqual({ kind: 'token', text: 'Bob' });
  });

  it('says the forget gate is shut and erases the memory when its bias falls by 5', () => {
    const params = structuredClone(alicePreset.params);
    params.bf[0] -= 5;
    const text = narrateStep(traceScenario({ ...alicePreset, params }), 3, chinesePhrases).map(sentenceText).join('');
    expect(text).toContain('遗忘门几乎关死，抹掉了旧记忆，只留下 ');
  });

  it('says the input gate is shut and the cell barely changes when the input bias is very negative', () => {
    const params = structuredClone(alicePreset.params);
    params.bi[0] -= 8;
    const text = narrateStep(traceScenario({ ...alicePreset, params }), 0, chinesePhrases).map(sentenceText).join('');
    expect(text).toContain('输入门几乎关死，正的候选值 ');
    expect(text).toContain('细胞状态几乎没变，从 0 到 ');
  });
});
