// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../../src/i18n';
import {
  alicePreset,
  encodeScenarioDocument,
  encodeSentence,
  traceScenario,
  withFeatureAdded,
  withFeatureRemoved,
  withFeatureRenamed,
  withHiddenSize,
  withSentence,
  withVocabularyToken,
  withVocabularyValue,
  type Scenario,
} from '../../src/model';
import { PanelBoundary } from '../../src/ui/common/PanelBoundary';
import { SaveShare } from '../../src/ui/panels/SaveShare/SaveShare';
import { ScenarioEditor } from '../../src/ui/panels/ScenarioEditor/ScenarioEditor';
import { WeightEditor } from '../../src/ui/panels/WeightEditor/WeightEditor';

afterEach(cleanup);

const inChinese = (children: ReactNode) => render(<LanguageProvider language="zh" onChange={() => {}}>{children}</LanguageProvider>);
const noop = () => {};

function WeightEditorAt({ scenario }: { scenario: Scenario }) {
  return (
    <WeightEditor
      scenario={scenario}
      digits={3}
      focusedGate={null}
      pickedAt={null}
      canUndo
      canRedo={false}
      canReset
      onWeight={noop}
      onBias={noop}
      onUndo={noop}
      onRedo={noop}
      onReset={noop}
    />
  );
}

/** The sentence editor with its scenario kept in local state, as the app keeps it in the reducer. */
function LiveScenarioEditor() {
  const [scenario, setScenario] = useState(alicePreset);
  return (
    <ScenarioEditor
      scenario={scenario}
      tokens={encodeSentence(scenario)}
      digits={3}
      onSentence={(sentence) => setScenario((s) => withSentence(s, sentence))}
      onVocabularyValue={(token, feature, value) => setScenario((s) => withVocabularyValue(s, token, feature, value))}
      onAddToken={(token) => setScenario((s) => withVocabularyToken(s, token))}
      onAddFeature={(name) => setScenario((s) => withFeatureAdded(s, name))}
      onRenameFeature={(index, name) => setScenario((s) => withFeatureRenamed(s, index, name))}
      onRemoveFeature={(index) => setScenario((s) => withFeatureRemoved(s, index))}
      onHiddenSize={(size, seed) => setScenario((s) => withHiddenSize(s, size, seed))}
    />
  );
}

describe('the weight editor in Chinese', () => {
  it('names its gates, buttons and cells in Chinese', () => {
    inChinese(<WeightEditorAt scenario={alicePreset} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('权重：拖动一个数，看各个门怎样变化');
    expect(screen.getByRole('group', { name: '编辑历史' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '撤销' })).toHaveAttribute('title', '撤销（Ctrl+Z）');
    expect(screen.getByRole('button', { name: '重置' })).toBeEnabled();
    for (const gate of ['遗忘门', '输入门', '候选值', '输出门']) {
      expect(screen.getByRole('region', { name: `${gate}的权重` })).toBeInTheDocument();
    }
    const pronoun = screen.getByRole('spinbutton', { name: 'W f，单元 1，pronoun' });
    expect(pronoun).toHaveAttribute('title', '左右拖动可改变数值（按住 Shift 微调），点击可直接输入');
    expect(screen.getByRole('spinbutton', { name: 'b o，单元 1' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: /W f，单元 1，h₁/ })).toBeInTheDocument();
    expect(screen.getByText(/各列依次乘以/).textContent).toContain('[ht−1, xt]');
  });

  it('says in Chinese why a typed weight is refused, and keeps the text', async () => {
    const user = userEvent.setup();
    const onBias = vi.fn();
    inChinese(
      <WeightEditor
        scenario={alicePreset}
        digits={3}
        focusedGate={null}
        pickedAt={null}
        canUndo={false}
        canRedo={false}
        canReset={false}
        onWeight={noop}
        onBias={onBias}
        onUndo={noop}
        onRedo={noop}
        onReset={noop}
      />,
    );
    screen.getByRole('spinbutton', { name: 'b f，单元 1' }).focus();
    await user.keyboard('{Enter}');
    const field = screen.getByRole('textbox', { name: 'b f，单元 1' });
    await user.clear(field);
    await user.type(field, '12{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('12 超出了范围：权重和偏置必须在 −10 到 10 之间。');
    expect(field).toHaveValue('12');
    await user.clear(field);
    await user.type(field, '1e9{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('1e9 超出了范围：权重和偏置必须在 −10 到 10 之间。');
    await user.clear(field);
    await user.type(field, '一点五{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('“一点五”不是一个数。数可以写成 0.5、−1.25、1,5 或 2e-3 这样。');
    expect(onBias).not.toHaveBeenCalled();
  });
});

describe('switching language', () => {
  it('rewords a message already on screen', async () => {
    const user = userEvent.setup();
    const view = render(
      <LanguageProvider language="en" onChange={noop}>
        <WeightEditorAt scenario={alicePreset} />
      </LanguageProvider>,
    );
    screen.getByRole('spinbutton', { name: 'b f, unit 1' }).focus();
    await user.keyboard('{Enter}');
    const field = screen.getByRole('textbox', { name: 'b f, unit 1' });
    await user.clear(field);
    await user.type(field, 'abc{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('“abc” is not a number. Numbers are written like 0.5, −1.25, 1,5 or 2e-3.');
    view.rerender(
      <LanguageProvider language="zh" onChange={noop}>
        <WeightEditorAt scenario={alicePreset} />
      </LanguageProvider>,
    );
    expect(screen.getByRole('alert').textContent).toBe('“abc”不是一个数。数可以写成 0.5、−1.25、1,5 或 2e-3 这样。');
    expect(screen.getByRole('textbox', { name: 'b f，单元 1' })).toHaveValue('abc');
  });
});

describe('the sentence editor in Chinese', () => {
  it('names its fields in Chinese and words the limits and name checks in Chinese', async () => {
    const user = userEvent.setup();
    inChinese(<LiveScenarioEditor />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('你自己的句子');
    const sentence = screen.getByRole('textbox', { name: /^句子/ }) as HTMLTextAreaElement;
    expect(screen.getByText('（5 个词）')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '隐藏单元数 H' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '每个词的特征向量' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'she，pronoun' })).toBeInTheDocument();

    // A feature value typed out of range keeps the last good value and names the range of feature values.
    screen.getByRole('spinbutton', { name: 'she，pronoun' }).focus();
    await user.keyboard('{Enter}');
    const value = screen.getByRole('textbox', { name: 'she，pronoun' });
    await user.clear(value);
    await user.type(value, '1e400{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('1e400 超出了范围：特征值必须在 −10 到 10 之间。');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('spinbutton', { name: 'she，pronoun' })).toHaveAttribute('aria-valuenow', '1');

    await user.click(sentence);
    await user.paste(' 词'.repeat(200));
    expect(screen.getByRole('alert').textContent).toBe('这里有 205 个词，图解最多只接受 200 个。单元仍显示上一个没有超出上限的句子。');
    expect(sentence.value.endsWith('词')).toBe(true);

    await user.clear(sentence);
    await user.type(sentence, 'Bob smiles');
    await user.click(screen.getByRole('button', { name: '+ 添加“bob”' }));
    expect(screen.getByRole('spinbutton', { name: 'bob，female' })).toHaveAttribute('aria-valuenow', '0');

    await user.click(screen.getByRole('button', { name: '+ 特征' }));
    const name = screen.getByRole('textbox', { name: '特征“特征 4”的名称' });
    await user.clear(name);
    await user.type(name, 'verb{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('“verb”已经有了。');
    await user.clear(name);
    expect(screen.getByRole('alert').textContent).toBe('特征需要一个名称。');
    expect(screen.getByRole('button', { name: '删除特征“female”' })).toBeInTheDocument();

    const seed = screen.getByRole('textbox', { name: '新权重的随机种子' });
    await user.clear(seed);
    await user.type(seed, 'x');
    expect(within(seed.parentElement as HTMLElement).getByRole('alert').textContent).toBe('种子必须是 0 到 999999999 之间的整数。');
  });
});

describe('save and share in Chinese', () => {
  const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

  it('lists the problems of a broken file in Chinese, each at its place, and loads nothing', async () => {
    const user = userEvent.setup();
    const onLoad = vi.fn();
    inChinese(<SaveShare scenario={alicePreset} trace={traceScenario(alicePreset)} step={0} onLoad={onLoad} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('保存与分享');
    expect(screen.getByRole('button', { name: '复制链接' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '导出传送带 PNG' })).toBeInTheDocument();

    const bad = { ...encodeScenarioDocument(alicePreset, 0), extra: true };
    bad.params = { ...bad.params, Wf: [[0.2, 0.3, -0.1]] };
    await user.upload(screen.getByLabelText('要导入的场景文件'), file('坏的.json', JSON.stringify(bad)));
    const lines = [...screen.getByRole('alert').querySelectorAll('p')].map((line) => line.textContent);
    expect(lines).toEqual([
      '没有载入“坏的.json”，一切保持原样：',
      expect.stringMatching(/^文档含有未知字段 "extra"（允许的字段：version, /),
      'params.Wf[0] 有 3 列，应该是 4 列（H=1 + D=3）',
    ]);

    await user.upload(screen.getByLabelText('要导入的场景文件'), file('cut.json', '{"version": 1, "sentence": '));
    expect(screen.getByRole('alert').textContent).toContain('JSON 格式不正确：文本提前结束（可能被截断了）（第 1 行，第 28 列）');
    expect(onLoad).not.toHaveBeenCalled();
  });
});

describe('a failed panel in Chinese', () => {
  it('says which panel failed in Chinese', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const Broken = () => {
      throw new Error('boom');
    };
    inChinese(
      <PanelBoundary name="时间线" resetKey={1}>
        <Broken />
      </PanelBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toBe('时间线面板无法显示。 boom其他面板照常可用；换一个时间步或场景时会再试一次。');
    quiet.mockRestore();
    warn.mockRestore();
  });
});
