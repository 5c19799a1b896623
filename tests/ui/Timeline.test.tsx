// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runLstm, type LstmParams } from '../../src/core';
import { alicePreset, traceScenario, type ScenarioTrace } from '../../src/model';
import { Timeline } from '../../src/ui/panels/Timeline/Timeline';

afterEach(cleanup);

const alice = traceScenario(alicePreset);

const cellText = (container: HTMLElement, quantity: string, step: number, unit = 0) =>
  container.querySelector(`[data-timeline-quantity="${quantity}"][data-timeline-step="${step}"][data-unit="${unit}"]`)
    ?.textContent;

/** A trace of `length` steps for a cell with `hiddenSize` units and one input feature. */
function syntheticTrace(length: number, hiddenSize: number): ScenarioTrace {
  const row = (k: number) => [...Array.from({ length: hiddenSize }, (_, j) => (j === k ? 0.3 : -0.1)), 0.8 - 0.2 * k];
  const matrix = () => Array.from({ length: hiddenSize }, (_, k) => row(k));
  const bias = () => Array.from({ length: hiddenSize }, (_, k) => 0.05 * k);
  const params: LstmParams = { Wf: matrix(), Wi: matrix(), Wc: matrix(), Wo: matrix(), bf: bias(), bi: bias(), bc: bias(), bo: bias() };
  const xs = Array.from({ length }, (_, t) => [Math.sin(t)]);
  const tokens = xs.map((vector, index) => ({ text: `w${index}`, index, vector, unknown: false }));
  const steps = runLstm(params, xs);
  return { tokens, steps, cell: 'lstm', cellSteps: steps, hiddenSize };
}

describe('Timeline', () => {
  it('shows the exact Alice values at "She", one cell per quantity', () => {
    const { container } = render(<Timeline trace={alice} current={0} onSelect={() => {}} digits={3} />);
    expect(screen.getByRole('heading', { name: 'Timeline: every step at a glance' })).toBeInTheDocument();
    const expected = { f: '0.647', i: '0.578', cTilde: '0.609', o: '0.476', c: '0.389', h: '0.176' };
    for (const [quantity, text] of Object.entries(expected)) expect(cellText(container, quantity, 3)).toBe(text);
    expect(screen.getByRole('button', { name: 'C at She (t=3): 0.389' })).toHaveTextContent('0.389');
    expect(screen.getByRole('button', { name: 'C̃ at She (t=3): 0.609' })).toBeInTheDocument();
  });

  it('prints zero and negative values with a real minus sign at "is"', () => {
    const { container } = render(<Timeline trace={alice} current={0} onSelect={() => {}} digits={3} />);
    expect(cellText(container, 'c', 1)).toBe('0.000');
    expect(cellText(container, 'cTilde', 1)).toBe('\u22120.085');
    expect(screen.getByRole('button', { name: 'C̃ at is (t=1): \u22120.085' })).toBeInTheDocument();
  });

  it('labels the rows and the word columns, and points the student to "She"', () => {
    render(<Timeline trace={alice} current={0} onSelect={() => {}} digits={3} />);
    const grid = screen.getByRole('grid', { name: /timeline/i });
    const headers = within(grid).getAllByRole('columnheader').slice(1);
    expect(headers.map((header) => within(header).getByRole('button').textContent)).toEqual([
      'Alicet=0',
      'ist=1',
      'happyt=2',
      'Shet=3',
      'smilest=4',
    ]);
    expect(within(grid).getAllByRole('rowheader').map((header) => header.textContent)).toEqual([
      'fForget gate',
      'iInput gate',
      'C̃Candidate memory',
      'oOutput gate',
      'CCell state',
      'hHidden state',
    ]);
    expect(screen.getByText(/changes most at/)).toHaveTextContent('The cell state C changes most at “She” (t=3)');
  });

  it('colours each cell and prints it in the ink that reads on that colour', () => {
    const { container } = render(<Timeline trace={alice} current={0} onSelect={() => {}} digits={3} />);
    const cells = [...container.querySelectorAll<HTMLElement>('[data-timeline-quantity]')];
    expect(cells).toHaveLength(30);
    for (const cell of cells) {
      expect(cell.style.background).not.toBe('');
      // The fill follows the theme (a color-mix of its variables); the ink is resolved against it.
      expect(cell.style.color).toMatch(/^lch\(from color-mix/);
    }
  });

  it('marks the current column', () => {
    const { container } = render(<Timeline trace={alice} current={3} onSelect={() => {}} digits={3} />);
    expect(screen.getByRole('button', { name: 'She (t=3)' })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('button', { name: 'is (t=1)' })).not.toHaveAttribute('aria-current');
    const current = [...container.querySelectorAll('[data-timeline-quantity][aria-current="step"]')];
    expect(current).toHaveLength(6);
    expect(current.every((cell) => cell.getAttribute('data-timeline-step') === '3')).toBe(true);
  });

  it('jumps to a step when a cell or a column header is clicked', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Timeline trace={alice} current={0} onSelect={onSelect} digits={3} />);
    await user.click(screen.getByRole('button', { name: 'C at She (t=3): 0.389' }));
    expect(onSelect).toHaveBeenLastCalledWith(3);
    await user.click(screen.getByRole('button', { name: 'smiles (t=4)' }));
    expect(onSelect).toHaveBeenLastCalledWith(4);
  });

  it('is one tab stop: arrows move through the grid, left and right also pick the step', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Timeline trace={alice} current={2} onSelect={onSelect} digits={3} />);
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('f at happy (t=2): 0.475');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('C̃ at happy (t=2): 0.100');
    expect(onSelect).not.toHaveBeenCalled();
    await user.keyboard('{ArrowRight}');
    expect(onSelect).toHaveBeenLastCalledWith(3);
    expect(document.activeElement).toHaveAccessibleName('C̃ at She (t=3): 0.609');
    await user.keyboard('{Home}');
    expect(onSelect).toHaveBeenLastCalledWith(0);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(0);
  });

  it('claims the arrow keys so the page-wide step keys do not move twice', async () => {
    const user = userEvent.setup();
    const seen: boolean[] = [];
    const listener = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight') seen.push(event.defaultPrevented);
    };
    window.addEventListener('keydown', listener);
    render(<Timeline trace={alice} current={0} onSelect={() => {}} digits={3} />);
    await user.tab();
    await user.keyboard('{ArrowRight}');
    window.removeEventListener('keydown', listener);
    expect(seen).toEqual([true]);
  });

  it('prints as many decimals as asked', () => {
    const { container } = render(<Timeline trace={alice} current={0} onSelect={() => {}} digits={5} />);
    expect(cellText(container, 'c', 3)).toBe('0.38901');
  });

  it('gives every hidden unit its own row, up to eight, and says when it shows fewer', () => {
    const { container } = render(<Timeline trace={syntheticTrace(4, 10)} current={0} onSelect={() => {}} digits={3} />);
    expect(screen.getByText('Showing 8 of 10 units.')).toBeInTheDocument();
    expect(screen.getAllByRole('rowheader')).toHaveLength(48);
    expect(container.querySelectorAll('[data-timeline-quantity="h"][data-timeline-step="2"]')).toHaveLength(8);
    expect(container.querySelector('[data-unit="8"]')).toBeNull();
    expect(screen.getByRole('button', { name: /^h unit 8 at w2 \(t=2\): / })).toBeInTheDocument();
  });

  it('draws a 200-word sentence as plain cells, quickly', () => {
    const trace = syntheticTrace(200, 1);
    const onSelect = () => {};
    const { container, rerender } = render(<Timeline trace={trace} current={0} onSelect={onSelect} digits={3} />);
    const started = performance.now();
    rerender(<Timeline trace={trace} current={150} onSelect={onSelect} digits={3} />);
    const elapsed = performance.now() - started;
    expect(container.querySelectorAll('[data-timeline-quantity]')).toHaveLength(1200);
    expect(container.querySelectorAll('[data-timeline-step="150"][aria-current="step"]')).toHaveLength(6);
    // jsdom is far slower than a browser (a step change takes about 0.25 s here), so this bound only
    // catches gross slowness such as per-cell scale building on every step; it is no benchmark.
    expect(elapsed).toBeLessThan(2500);
  });
});
