// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../src/i18n';
import { alicePreset, withCell } from '../../src/model';
import { candidateRnn } from '../../src/model/comparison';
import { gradientFlow } from '../../src/model/gradients';
import { Gradients } from '../../src/ui/panels/Gradients/Gradients';
import { formatMagnitude } from '../../src/ui/panels/Gradients/formatMagnitude';

afterEach(cleanup);

const noop = () => {};
const inChinese = (ui: ReactNode) => render(<LanguageProvider language="zh" onChange={noop}>{ui}</LanguageProvider>);
const chain = () => screen.getByRole('slider', { name: 'The cells unrolled over the sentence, and the size of the gradient at every word' });
const region = () => screen.getByRole('region', { name: 'Gradients through time' });
const format = (value: number) => formatMagnitude(value, 3);
const sum = { kind: 'hidden', unit: 'all' } as const;

describe('Gradients in every cell', () => {
  it('peephole LSTM: its own ∂L/∂C with the peephole terms in the law, rows named by the cell', () => {
    const scenario = withCell(alicePreset, 'peephole');
    const flow = gradientFlow(scenario, candidateRnn(scenario), sum);
    render(<Gradients scenario={scenario} digits={3} />);
    expect(chain().getAttribute('aria-valuetext')).toBe(
      `“Alice” (t = 0): |∂L/∂C| = ${format(flow.cellNorm[0])}, |∂L/∂h| = ${format(flow.hiddenNorm[0])} in the peephole LSTM; |∂L/∂h| = ${format(flow.rnnHiddenNorm[0])} in the RNN`,
    );
    expect(region()).toHaveTextContent(/forget gate plus the peephole terms/);
    const table = screen.getByRole('table', { name: /For every weight matrix and bias of both cells/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(13);
    expect(rows[0]).toHaveTextContent(/^peephole LSTM∂L\/∂Wf/);
    expect(rows[8]).toHaveTextContent(/^peephole LSTM∂L\/∂pf/);
    expect(screen.getByRole('heading', { level: 4, name: 'peephole LSTM' })).toBeInTheDocument();
  });

  it('coupled LSTM: the forget gate is still the belt’s factor; no input layer in the table', () => {
    const scenario = withCell(alicePreset, 'coupled');
    render(<Gradients scenario={scenario} digits={3} />);
    expect(region()).toHaveTextContent(/a product of forget gates/);
    expect(region()).toHaveTextContent(/L = -?\d.* in the coupled LSTM/);
    const rows = within(screen.getByRole('table', { name: /For every weight matrix/ })).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(8);
  });

  it('GRU: |∂L/∂h| along its h with the (1 − z) law, beside the simple RNN', () => {
    const scenario = withCell(alicePreset, 'gru');
    const flow = gradientFlow(scenario, candidateRnn(scenario), sum);
    render(<Gradients scenario={scenario} digits={3} />);
    expect(chain().getAttribute('aria-valuetext')).toBe(
      `“Alice” (t = 0): |∂L/∂h| = ${format(flow.cellNorm[0])} in the GRU; |∂L/∂h| = ${format(flow.rnnHiddenNorm[0])} in the RNN`,
    );
    expect(region()).toHaveTextContent(/The GRU’s h is its belt: at every word the gradient is multiplied by 1 − z/);
    expect(region()).toHaveTextContent(/multiplied by tanh′ · W at every word/);
    expect(region()).toHaveTextContent(/the GRU’s \|∂L\/∂h\| is \d+% of its size at the end/);
    const readout = screen.getByRole('region', { name: 'Exact values at “Alice” (t = 0)' });
    expect(readout).toHaveTextContent('the share of h the update gate keeps');
    expect(readout).toHaveTextContent(format(flow.backprop.beltFactor[0][0]));
    const rows = within(screen.getByRole('table', { name: /For every weight matrix/ })).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(['∂L/∂Wz', '∂L/∂Wr', '∂L/∂Wh', '∂L/∂bz', '∂L/∂br', '∂L/∂bh', '∂L/∂W', '∂L/∂b']);
  });

  it('speaks Chinese for the GRU', () => {
    inChinese(<Gradients scenario={withCell(alicePreset, 'gru')} digits={3} />);
    expect(screen.getByRole('slider', { name: '按句子展开的两种单元，以及每个词处梯度的大小' }).getAttribute('aria-valuetext')).toMatch(/^“Alice”（t = 0）：GRU 中 \|∂L\/∂h\| = /);
    expect(screen.getByText(/GRU 的 h 就是它的传送带/)).toBeInTheDocument();
  });
});
