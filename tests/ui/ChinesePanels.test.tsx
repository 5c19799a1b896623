// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../src/i18n';
import { alicePreset, traceScenario, weatherPreset, type Scenario } from '../../src/model';
import { createAnimationClock } from '../../src/ui/hooks/animationClock';
import { ActivationPlots } from '../../src/ui/panels/ActivationPlots/ActivationPlots';
import { ArticleNote } from '../../src/ui/panels/ArticleNote/ArticleNote';
import { CellValues } from '../../src/ui/panels/CellValues/CellValues';
import { ConveyorBelt } from '../../src/ui/panels/ConveyorBelt/ConveyorBelt';
import { Equations } from '../../src/ui/panels/Equations/Equations';
import { Narration } from '../../src/ui/panels/Narration/Narration';
import { Player } from '../../src/ui/panels/Player/Player';
import { PresetPicker } from '../../src/ui/panels/PresetPicker/PresetPicker';
import { Timeline } from '../../src/ui/panels/Timeline/Timeline';
import { TokenStrip } from '../../src/ui/panels/TokenStrip/TokenStrip';

afterEach(cleanup);

const alice = traceScenario(alicePreset);
const SHE = 3;
const noop = () => {};
const inChinese = (ui: ReactNode) => render(<LanguageProvider language="zh" onChange={noop}>{ui}</LanguageProvider>);

describe('the explainer panels in Chinese', () => {
  it('player: Chinese button names and the step counter “第 4 步，共 5 步 · She”', () => {
    inChinese(
      <Player step={SHE} stepCount={5} token="She" playing={false} speed={1} onFirst={noop} onPrevious={noop} onTogglePlay={noop} onNext={noop} onLast={noop} onSpeed={noop} />,
    );
    const player = screen.getByRole('group', { name: '播放器' });
    expect(within(player).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual(['第一步', '上一步', '播放', '下一步', '最后一步']);
    expect(screen.getByRole('button', { name: '下一步' })).toHaveAttribute('title', '下一步（→）');
    expect(screen.getByTestId('step-counter').textContent).toBe('第 4 步，共 5 步 · She');
    expect(screen.getByTestId('step-counter').querySelector('strong')?.textContent).toBe('4');
    expect(screen.getByRole('combobox', { name: '速度' })).toBeInTheDocument();
  });

  it('player: pausing is named in Chinese too', () => {
    inChinese(
      <Player step={0} stepCount={5} token="Alice" playing speed={1} onFirst={noop} onPrevious={noop} onTogglePlay={noop} onNext={noop} onLast={noop} onSpeed={noop} />,
    );
    expect(screen.getByRole('button', { name: '暂停' })).toHaveAttribute('title', '暂停（Space）');
  });

  it('sentence strip: a Chinese name, and a Chinese note on an unknown word', () => {
    const trace = traceScenario({ ...alicePreset, sentence: 'Bob smiles' });
    inChinese(<TokenStrip tokens={trace.tokens} current={0} onSelect={noop} />);
    const strip = screen.getByRole('list', { name: '句子：每个时间步读一个词' });
    const bob = within(strip).getAllByRole('button')[0];
    expect(bob).toHaveTextContent('不在词表中');
    expect(bob).toHaveAttribute('title', '词表中没有这个词：以零向量输入单元');
  });

  it('example picker: Chinese label and Chinese titles of the built-in examples', () => {
    inChinese(<PresetPicker scenario={alicePreset} onPick={noop} />);
    const picker = screen.getByRole('combobox', { name: '示例' });
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Alice 很开心',
      'Alice，记住了',
      '候选记忆',
      '长距离依赖：France … French',
      '我 爱 祖国',
      '今天 天气 很 好',
    ]);
  });

  it('example picker: the user’s own sentence on Alice’s weights is “你自己的句子”', () => {
    const own: Scenario = { ...alicePreset, sentence: 'Bob smiles' };
    inChinese(<PresetPicker scenario={own} onPick={noop} />);
    expect(screen.getByRole('combobox', { name: '示例' })).toHaveDisplayValue('你自己的句子');
  });

  it('belt: Chinese names for the cell, its gates and its layers', () => {
    const step = alice.steps[SHE];
    inChinese(
      <ConveyorBelt
        step={step}
        previous={alice.steps[SHE - 1]}
        t={SHE}
        token="She"
        isLast={false}
        clock={createAnimationClock()}
        digits={3}
        highlighted={null}
        onHighlight={noop}
      />,
    );
    const belt = screen.getByRole('group', { name: '时间步 3 的记忆单元，正在读“She”' });
    expect(within(belt).getByRole('img', { name: '遗忘门 f3 = 0.647' })).toBeInTheDocument();
    expect(within(belt).getByRole('img', { name: '输入门 i3 = 0.578' })).toBeInTheDocument();
    expect(within(belt).getByRole('img', { name: '输出门 o3 = 0.476' })).toBeInTheDocument();
    expect(within(belt).getByRole('img', { name: '候选值层：C̃ = tanh(W_C·[h, x] + b_C)' })).toBeInTheDocument();
    expect(belt).toHaveTextContent('LSTM 单元 · t = 3');
    expect(belt).toHaveTextContent('h₃ 和 C₃ 传给下一步 t = 4');
    for (const word of ['遗忘', '输入', '候选', '输出']) expect(within(belt).getByText(word)).toBeInTheDocument();
    expect(screen.getByText('左右滑动，沿着传送带看完整个单元。')).toBeInTheDocument();
  });

  it('equations: a Chinese heading, hint and equation names', () => {
    inChinese(<Equations params={alicePreset.params} step={alice.steps[SHE]} t={SHE} digits={3} highlighted={[]} onHighlight={noop} />);
    expect(screen.getByRole('heading', { name: 't = 3 时的公式' })).toBeInTheDocument();
    const names = [...document.querySelectorAll('li[data-equation]')].map((item) => item.querySelector('[class*="name"]')?.textContent?.replace(/[+−]$/, ''));
    expect(names).toEqual(['遗忘门', '输入门', '候选值', '细胞状态更新', '输出门', '隐藏状态']);
    expect(screen.getByRole('button', { name: /^遗忘门/ })).toHaveAttribute('aria-expanded', 'false');
  });

  it('cell values: a Chinese heading, column headers and quantity names', () => {
    inChinese(<CellValues step={alice.steps[SHE]} t={SHE} token="She" digits={3} />);
    expect(screen.getByRole('heading', { name: '读到 She 时的单元内部' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '时间步 3 的单元数值' })).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['量', '由来', '值', '大小']);
    expect(screen.getAllByRole('rowheader').map((header) => header.textContent)).toEqual([
      'f3遗忘门',
      'i3输入门',
      'C̃3候选值',
      'o3输出门',
      'C3细胞状态',
      'h3隐藏状态',
    ]);
  });

  it('narration: the story of “She” in Chinese with formatted numbers', () => {
    inChinese(<Narration trace={alice} step={SHE} digits={3} />);
    expect(screen.getByRole('heading', { name: '读到“She”时发生了什么' })).toBeInTheDocument();
    expect(screen.getByTestId('narration').textContent).toBe(
      '遗忘门大半开着，留下旧记忆的 65%；输入门开了一半左右，把正的候选值 0.609 的 58% 写入记忆。' +
        '细胞状态从 0.057 升到 0.389——这是这句话到目前为止最大的一次变化。' +
        '输出门开了一半左右，放出 tanh(C) 的 48%，所以 h = 0.176——这是到目前为止最强的输出。',
    );
    expect(screen.getByText('0.389')).toHaveAttribute('data-tone', 'c');
  });

  it('timeline: Chinese heading, row names, column and cell names', () => {
    inChinese(<Timeline trace={alice} current={SHE} onSelect={noop} digits={3} />);
    expect(screen.getByRole('heading', { name: '时间线：每一步一目了然' })).toBeInTheDocument();
    const grid = screen.getByRole('grid', { name: '时间线：每一步一目了然' });
    expect(within(grid).getAllByRole('rowheader').map((header) => header.textContent)).toEqual([
      'f遗忘门',
      'i输入门',
      'C̃候选值',
      'o输出门',
      'C细胞状态',
      'h隐藏状态',
    ]);
    expect(screen.getByRole('button', { name: 'She（t=3）' })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('button', { name: 'C，She（t=3）：0.389' })).toHaveTextContent('0.389');
    expect(screen.getByText(/变化最大：/)).toHaveTextContent('细胞状态 C 在“She”（t=3）处变化最大');
    expect(screen.getByText('门 f、i、o：接近底色 = 0（关闭），全色 = 1（打开）。')).toBeInTheDocument();
  });

  it('timeline: several units are named “单元 k”, and an edit’s ghost value “原为 …”', () => {
    const params = structuredClone(alicePreset.params);
    params.bf[0] += 1;
    const edited = traceScenario({ ...alicePreset, params });
    inChinese(<Timeline trace={edited} current={SHE} onSelect={noop} digits={3} ghost={alice} />);
    const cell = screen.getByRole('button', { name: /^C，She（t=3）：[\d.]+；修改前为 0\.389$/ });
    expect(cell).toHaveTextContent('原为 0.389');
    cleanup();
    inChinese(<Timeline trace={traceScenario(weatherPreset)} current={0} onSelect={noop} digits={3} />);
    expect(screen.getByRole('button', { name: /^f 单元 2，今天（t=0）：[\d.]+$/ })).toBeInTheDocument();
    expect(screen.getAllByText('单元 2').length).toBeGreaterThan(0);
  });

  it('activation plots: Chinese heading and figure captions', () => {
    inChinese(<ActivationPlots step={alice.steps[SHE]} digits={3} />);
    expect(screen.getByRole('heading', { name: '压缩函数：这一步落在曲线的哪里' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Sigmoid σ(z)：遗忘门、输入门和输出门' })).toBeInTheDocument();
    const tanh = screen.getByRole('figure', { name: 'tanh(z)：候选值 C̃' });
    expect(within(tanh).getByRole('img', { name: /^C̃：z = 0\.708，tanh\(z\) = 0\.609$/ })).toBeInTheDocument();
  });

  it('article note: the arithmetic check in Chinese', () => {
    inChinese(<ArticleNote scenario={alicePreset} trace={alice} step={SHE} digits={3} />);
    const note = screen.getByRole('complementary', { name: '自己验算一下' });
    expect(note.querySelector('p')?.textContent).toBe(
      '这些数值出自 LSTM的一个计算例子，Alice 示例的句子、特征和权重都取自这篇中文文章；我们保存的副本没有记下作者和网址（全部来源）。',
    );
    expect(note.querySelectorAll('p')[1]?.textContent).toBe(
      '原文每算一步都做了四舍五入，还跳过了 t = 2 这一步，直接给出 C2 ≈ 0.012 和 h2 ≈ 0.005，而精确值是 0.057 和 0.026。' +
        '后面的步骤都建立在这些数之上，所以它在 t = 3 的数值也有偏差。' +
        '在 t = 0 和 t = 1，原文的数值在它的舍入精度内与精确值一致。',
    );
    const rows = within(note).getAllByRole('row');
    expect(rows[0].textContent).toBe('时间步C 原文 · 精确值h 原文 · 精确值核对');
    expect(rows[3].textContent).toContain('happy（原文跳过）');
    expect(rows[4].textContent).toContain('✗ 有偏差');
  });
});
