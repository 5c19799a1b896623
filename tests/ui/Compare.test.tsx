// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../src/i18n';
import { alicePreset, longGapPreset, type Scenario } from '../../src/model';
import { longGapShareAt } from '../../src/model/comparison';
import { Compare } from '../../src/ui/panels/Compare/Compare';
import { formatShare } from '../../src/ui/panels/Compare/formatShare';

afterEach(cleanup);

const noop = () => {};
const inChinese = (ui: ReactNode) => render(<LanguageProvider language="zh" onChange={noop}>{ui}</LanguageProvider>);
const panel = () => screen.getByRole('region', { name: 'A simple RNN beside the LSTM' });

describe('Compare', () => {
  it('says what the RNN is and shows how much of “Alice” is left at “She” in both cells', () => {
    render(<Compare scenario={alicePreset} digits={3} step={3} />);
    const region = panel();
    expect(region).toHaveTextContent(/LSTM’s own candidate layer/);
    expect(region).toHaveTextContent(/the gates and the belt/);
    expect(region.querySelector('.katex')).not.toBeNull();
    expect(region).toHaveTextContent('At “She” (t = 3), the LSTM’s cell still holds 22% of “Alice”; the RNN’s h holds 2%.');
    const chart = screen.getByRole('img', { name: /Share of “Alice” left at each word/ });
    expect(chart.getAttribute('aria-label')).toContain('LSTM: Alice 100%, is 52%, happy 30%, She 22%, smiles 12%');
    expect(chart.getAttribute('aria-label')).toContain('RNN: Alice 100%, is 30%, happy 9%, She 2%, smiles 0.5%');
  });

  it('lists every value of both cells in a table, the current word marked', () => {
    render(<Compare scenario={alicePreset} digits={3} step={3} />);
    const table = screen.getByRole('table', { name: /Both cells on the same words/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(6);
    const she = rows[4];
    expect(she).toHaveAttribute('aria-current', 'step');
    expect(within(she).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '0.389', '0.176', '0.621', '22%', '2%']);
  });

  it('follows another word when one is picked', () => {
    render(<Compare scenario={alicePreset} digits={3} step={4} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Follow the word' }), { target: { value: '3' } });
    expect(screen.getByRole('img', { name: /Share of “She” left at each word/ })).toBeInTheDocument();
    expect(panel()).toHaveTextContent(/At “smiles” \(t = 4\), the LSTM’s cell still holds \d+% of “She”/);
  });

  it('recomputes the long-gap result as the filler-word slider moves', () => {
    render(<Compare scenario={alicePreset} digits={3} />);
    const slider = screen.getByRole('slider', { name: 'Filler words between “France” and “I speak fluent French”' });
    expect(slider).toHaveValue('6');
    expect(slider).toHaveAttribute('min', '1');
    expect(slider).toHaveAttribute('max', '100');
    fireEvent.change(slider, { target: { value: '50' } });
    const expected = longGapShareAt(50);
    const format = (share: number) => formatShare(share, 3, 'nothing');
    expect(panel()).toHaveTextContent(
      `With 50 filler words, the LSTM’s cell still holds ${format(expected.cell)} of France at “French”; the RNN’s h holds ${format(expected.rnn)}.`,
    );
    const plot = screen.getByRole('img', { name: /France’s signal left at the last word/ });
    expect(plot.getAttribute('aria-label')).toContain(`At 50 filler words: LSTM ${format(expected.cell)}, RNN ${format(expected.rnn)}`);
    expect(panel()).toHaveTextContent(/unit 1: w = 0\.993; unit 2: w = 0\.047/);
    expect(panel()).toHaveTextContent('Weights: the built-in long-gap example.');
  });

  it('follows France by default and uses the user’s weights on the long-gap example', () => {
    const edited: Scenario = { ...longGapPreset, params: { ...longGapPreset.params, bf: [3, -3] } };
    render(<Compare scenario={edited} digits={3} />);
    expect(screen.getByRole('combobox', { name: 'Follow the word' })).toHaveDisplayValue('“France” (t = 4)');
    expect(panel()).toHaveTextContent('Weights: yours — the long-gap example as you have edited it.');
    expect(panel()).toHaveTextContent(/unit 1: w = 0\.953/);
  });

  it('explains when the first word has no effect', () => {
    render(<Compare scenario={{ ...alicePreset, sentence: 'happy is happy' }} digits={3} />);
    expect(panel()).toHaveTextContent('“happy” changes neither cell');
  });

  it('speaks Chinese under LanguageProvider', () => {
    inChinese(<Compare scenario={alicePreset} digits={3} step={3} />);
    const region = screen.getByRole('region', { name: '简单 RNN 与 LSTM 对照' });
    expect(region).toHaveTextContent('到了“She”（t = 3），LSTM 的细胞状态还保留着“Alice”的 22%；RNN 的 h 保留 2%。');
    expect(screen.getByRole('slider', { name: '“France”与“I speak fluent French”之间的填充词个数' })).toHaveAttribute('aria-valuetext', '6 个填充词');
    expect(screen.getByRole('combobox', { name: '跟踪的词' })).toBeInTheDocument();
  });
});
