// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { alicePreset, traceScenario } from '../../src/model';
import { Narration } from '../../src/ui/panels/Narration/Narration';
import { formatPercent } from '../../src/ui/panels/Narration/formatPercent';

afterEach(cleanup);

const trace = traceScenario(alicePreset);
const story = () => screen.getByTestId('narration').textContent ?? '';

describe('Narration', () => {
  it('tells what happens at “She” with formatted numbers', () => {
    render(<Narration trace={trace} step={3} digits={3} />);
    expect(screen.getByRole('heading', { name: 'What happens at “She”' })).toBeInTheDocument();
    expect(story()).toBe(
      'The forget gate is mostly open and keeps 65% of the old memory; the input gate is about half open and writes 58% of the positive candidate 0.609. ' +
        'The cell state rises from 0.057 to 0.389 — the biggest change in the sentence so far. ' +
        'The output gate is about half open and lets 48% of tanh(C) out, so h = 0.176 — the strongest output so far.',
    );
  });

  it('tints each number with its quantity’s colour while keeping it as text', () => {
    render(<Narration trace={trace} step={3} digits={3} />);
    const cell = screen.getByText('0.389');
    expect(cell).toHaveAttribute('data-tone', 'c');
    expect(cell.style.getPropertyValue('--tone')).toBe('var(--cell)');
    expect(screen.getByText('65%').style.getPropertyValue('--tone')).toBe('var(--forget)');
    expect(screen.getByText('0.176').style.getPropertyValue('--tone')).toBe('var(--hidden)');
  });

  it('updates with the step and is not a live region (the step announcer speaks each step once)', () => {
    const { rerender } = render(<Narration trace={trace} step={3} digits={3} />);
    expect(screen.getByTestId('narration').closest('[aria-live]')).toBeNull();
    rerender(<Narration trace={trace} step={1} digits={3} />);
    expect(screen.getByRole('heading', { name: 'What happens at “is”' })).toBeInTheDocument();
    expect(story()).toContain('The cell state falls from 0.123 to 0.000, leaving the memory almost empty');
  });

  it('follows the chosen precision', () => {
    render(<Narration trace={trace} step={3} digits={5} />);
    expect(story()).toContain('keeps 64.68% of the old memory');
    expect(story()).toContain('from 0.05737 to 0.38901');
  });

  it('says when a word is not in the vocabulary', () => {
    render(<Narration trace={traceScenario({ ...alicePreset, sentence: 'Bob smiles' })} step={0} digits={3} />);
    expect(story()).toMatch(/^“Bob” is not in the vocabulary, so the cell sees a zero vector\. /);
  });

  it('renders nothing for an empty sentence', () => {
    const { container } = render(<Narration trace={traceScenario({ ...alicePreset, sentence: '' })} step={0} digits={3} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('formatPercent', () => {
  it('shows whole percent at the default precision and more with more digits', () => {
    expect(formatPercent(0.646836, 3)).toBe('65%');
    expect(formatPercent(0.646836, 4)).toBe('64.7%');
    expect(formatPercent(0, 3)).toBe('0%');
    expect(formatPercent(1, 3)).toBe('100%');
  });

  it('never rounds a gate that is not exactly shut or open to 0% or 100%', () => {
    expect(formatPercent(0.9963, 3)).toBe('99.6%');
    expect(formatPercent(0.004, 3)).toBe('0.4%');
    expect(formatPercent(0.99999, 3)).toBe('>99.9%');
    expect(formatPercent(0.000001, 3)).toBe('<0.1%');
  });
});
