// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../src/i18n';
import { alicePreset } from '../../src/model';
import { gradientFlow } from '../../src/model/gradients';
import { Gradients } from '../../src/ui/panels/Gradients/Gradients';
import { formatMagnitude } from '../../src/ui/panels/Gradients/formatMagnitude';

afterEach(cleanup);

const noop = () => {};
const inChinese = (ui: ReactNode) => render(<LanguageProvider language="zh" onChange={noop}>{ui}</LanguageProvider>);
const chain = () => screen.getByRole('slider', { name: 'The cells unrolled over the sentence, and the size of the gradient at every word' });
const aliceFlow = gradientFlow(alicePreset, { W: alicePreset.params.Wc, b: alicePreset.params.bc }, { kind: 'hidden', unit: 'all' });
const format = (value: number) => formatMagnitude(value, 3);

describe('Gradients', () => {
  it('reads out the exact gradient sizes at the first word, from the core', () => {
    render(<Gradients scenario={alicePreset} digits={3} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Gradients through time' })).toBeInTheDocument();
    const slider = chain();
    expect(slider).toHaveAttribute('aria-valuemin', '0');
    expect(slider).toHaveAttribute('aria-valuemax', '4');
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      `“Alice” (t = 0): |∂L/∂C| = ${format(aliceFlow.cellNorm[0])}, |∂L/∂h| = ${format(aliceFlow.hiddenNorm[0])} in the LSTM; |∂L/∂h| = ${format(aliceFlow.rnnHiddenNorm[0])} in the RNN`,
    );
    const readout = screen.getByRole('region', { name: 'Exact values at “Alice” (t = 0)' });
    expect(readout).toHaveTextContent(format(aliceFlow.backprop.memoryGradient[0][0]));
    expect(readout).toHaveTextContent(format(aliceFlow.backprop.gradients[0].f?.[0] ?? NaN));
  });

  it('explains the belt as a product of forget gates and the RNN as a product of tanh′·W', () => {
    render(<Gradients scenario={alicePreset} digits={3} />);
    const region = screen.getByRole('region', { name: 'Gradients through time' });
    expect(region).toHaveTextContent(/a product of forget gates: the “gradient highway”/);
    expect(region).toHaveTextContent(/multiplied by tanh′ · W at every word/);
  });

  it('moves between words with the keyboard and claims the keys', () => {
    render(<Gradients scenario={alicePreset} digits={3} />);
    const slider = chain();
    slider.focus();
    expect(fireEvent.keyDown(slider, { key: 'ArrowRight' })).toBe(false);
    expect(slider).toHaveAttribute('aria-valuenow', '1');
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^“is” \(t = 1\)/);
    fireEvent.keyDown(slider, { key: 'End' });
    expect(slider).toHaveAttribute('aria-valuenow', '4');
    expect(screen.getByRole('region', { name: 'Exact values at “smiles” (t = 4)' })).toBeInTheDocument();
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(slider).toHaveAttribute('aria-valuenow', '4');
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(slider).toHaveAttribute('aria-valuenow', '0');
  });

  it('follows the recurrent weight scale: the RNN’s gradient at Alice is the product of tanh′·(scale × 0.3)', () => {
    render(<Gradients scenario={alicePreset} digits={3} />);
    fireEvent.change(screen.getByRole('slider', { name: 'RNN recurrent weight scale' }), { target: { value: '2' } });
    // Forward and back by hand with w = 0.6.
    const xs = [[1, 0, 0], [0, 1, 0], [0, 0, 0], [1, 0, 1], [0, 1, 0]];
    let h = 0;
    const hs = xs.map(([a, b, c]) => (h = Math.tanh(0.6 * h + 0.1 * a - 0.2 * b + 0.5 * c + 0.1)));
    const product = hs.slice(1).reduce((gradient, value) => gradient * (1 - value * value) * 0.6, 1);
    expect(chain().getAttribute('aria-valuetext')).toContain(`|∂L/∂h| = ${format(product)} in the RNN`);
    expect(screen.getByText(/the largest is now 0\.600/)).toBeInTheDocument();
  });

  it('runs the long gap with the chosen number of filler words', () => {
    render(<Gradients scenario={alicePreset} digits={3} />);
    fireEvent.click(screen.getByRole('radio', { name: 'the long gap: France … French' }));
    const gap = screen.getByRole('slider', { name: 'Filler words between “France” and “I speak fluent French”' });
    fireEvent.change(gap, { target: { value: '40' } });
    expect(chain()).toHaveAttribute('aria-valuemax', String(5 + 40 + 4 - 1));
    expect(chain().getAttribute('aria-valuetext')).toMatch(/^“France” \(t = 4\)/);
    expect(screen.getByRole('region', { name: 'Gradients through time' })).toHaveTextContent(/From the last word back to “France”, the LSTM’s \|∂L\/∂C\| is \d+% of its size at the end/);
  });

  it('differentiates a squared error to a target when asked', () => {
    render(<Gradients scenario={alicePreset} digits={3} />);
    const region = screen.getByRole('region', { name: 'Gradients through time' });
    const before = region.textContent;
    fireEvent.change(screen.getByRole('combobox', { name: 'Scalar L' }), { target: { value: 'squaredError' } });
    expect(screen.getByRole('slider', { name: 'Target y' })).toHaveValue('1');
    const hT = aliceFlow.backprop.hidden[4][0];
    expect(region).toHaveTextContent(`L = ${format(0.5 * (hT - 1) ** 2)} in the LSTM`);
    expect(region.textContent).not.toBe(before);
  });

  it('tabulates ∂L/∂W for all ten parameters of both cells', () => {
    render(<Gradients scenario={alicePreset} digits={3} />);
    const table = screen.getByRole('table', { name: /For every weight matrix and bias of both cells/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toHaveTextContent(`LSTM∂L/∂Wf${format(Math.hypot(...(aliceFlow.backprop.parameters[0].gradient as number[][])[0]))}`);
    expect(rows[8]).toHaveTextContent(/^RNN∂L/);
  });

  it('offers only the long gap for a sentence without words, and speaks Chinese', () => {
    inChinese(<Gradients scenario={{ ...alicePreset, sentence: '…' }} digits={3} />);
    expect(screen.getByRole('heading', { level: 2, name: '随时间反向传播的梯度' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '当前句子' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: '长间隔：France … French' })).toBeChecked();
    expect(screen.getByRole('slider', { name: '按句子展开的两种单元，以及每个词处梯度的大小' }).getAttribute('aria-valuetext')).toMatch(/^“France”（t = 4）：LSTM 中/);
  });
});
