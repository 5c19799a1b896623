// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../src/i18n';
import { alicePreset, withCell } from '../../src/model';
import { compareCells, longGapShareAt } from '../../src/model/comparison';
import { Compare } from '../../src/ui/panels/Compare/Compare';
import { formatShare } from '../../src/ui/panels/Compare/formatShare';

afterEach(cleanup);

const noop = () => {};
const inChinese = (ui: ReactNode) => render(<LanguageProvider language="zh" onChange={noop}>{ui}</LanguageProvider>);
const panel = () => screen.getByRole('region', { name: /^A simple RNN beside the / });
const percent = (share: number) => formatShare(share, 3, 'nothing');

describe('Compare in every cell', () => {
  it('peephole and coupled LSTM: their own cell state beside the RNN, named by the cell', () => {
    for (const [cell, name] of [['peephole', 'peephole LSTM'], ['coupled', 'coupled LSTM']] as const) {
      const scenario = withCell(alicePreset, cell);
      const comparison = compareCells(scenario);
      render(<Compare scenario={scenario} digits={3} step={3} />);
      expect(panel()).toHaveTextContent(`At “She” (t = 3), the ${name}’s cell still holds ${percent(comparison.share.cell[3])} of “Alice”`);
      expect(screen.getByRole('region', { name: `A simple RNN beside the ${name}` })).toBe(panel());
      expect(panel()).toHaveTextContent(`In the ${name}: the built-in standard-LSTM example converted the way the cell switch converts it.`);
      const share = longGapShareAt(6, undefined, undefined, cell);
      expect(panel()).toHaveTextContent(`With 6 filler words, the ${name}’s cell still holds ${percent(share.cell)} of France at “French”`);
      expect(screen.getByRole('img', { name: /France’s signal left at the last word/ })).toHaveAccessibleName(new RegExp(`At 6 filler words: ${name} ${percent(share.cell)}, RNN`));
      const table = screen.getByRole('table', { name: /Both cells on the same words/ });
      expect(within(table).getByRole('columnheader', { name: `${name} C` })).toBeInTheDocument();
      expect(screen.getByRole('img', { name: new RegExp(`${name}: Alice 100%`) })).toBeInTheDocument();
      cleanup();
    }
  });

  it('GRU: its h beside the RNN built from Wh, bh, and says it has no cell state', () => {
    const scenario = withCell(alicePreset, 'gru');
    const comparison = compareCells(scenario);
    render(<Compare scenario={scenario} digits={3} step={3} />);
    expect(panel()).toHaveTextContent('The GRU has no separate cell state');
    expect(panel()).toHaveTextContent(/reset gate held open/);
    expect(panel()).toHaveTextContent(`At “She” (t = 3), the GRU’s h still holds ${percent(comparison.share.cell[3])} of “Alice”`);
    expect(panel()).toHaveAccessibleName('A simple RNN beside the GRU');
    // The long gap runs in the GRU too, on its h, which keeps 1 − z of itself per filler word.
    const share = longGapShareAt(6, undefined, undefined, 'gru');
    expect(panel()).toHaveTextContent(`With 6 filler words, the GRU’s h still holds ${percent(share.cell)} of France at “French”`);
    expect(panel()).toHaveTextContent('on the GRU’s belt that share is 1 − z');
    const table = screen.getByRole('table', { name: /the GRU’s h \(its memory\)/ });
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['t', 'Word', 'GRU h', 'RNN h', 'GRU: share left', 'RNN: share left']);
  });

  it('speaks Chinese for the GRU', () => {
    inChinese(<Compare scenario={withCell(alicePreset, 'gru')} digits={3} step={3} />);
    const region = screen.getByRole('region', { name: '简单 RNN 与 GRU 对照' });
    expect(region).toHaveTextContent('GRU 没有单独的细胞状态');
    expect(region).toHaveTextContent(/到了“She”（t = 3），GRU 的 h 还保留着“Alice”的 \d+%/);
  });
});
