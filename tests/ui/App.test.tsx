// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

afterEach(cleanup);

const sentenceStrip = () => screen.getByRole('list', { name: /sentence/i });

const valueOf = (container: HTMLElement, key: string) =>
  container.querySelector(`[data-quantity="${key}"][data-unit="0"]`)?.textContent;

describe('App', () => {
  it('opens on the Alice example at its first word', async () => {
    const { container } = await renderApp();
    const strip = screen.getByRole('list', { name: /sentence/i });
    expect(within(strip).getAllByRole('button').map((b) => b.querySelector('[class*="word"]')?.textContent)).toEqual([
      'Alice',
      'is',
      'happy',
      'She',
      'smiles',
    ]);
    expect(screen.getByTestId('step-counter').textContent).toBe('Step 1 of 5 · Alice');
    expect(valueOf(container, 'f')).toBe('0.550');
    expect(screen.getByRole('button', { name: 'Previous step' })).toBeDisabled();
  });

  it('moves with the Next button and the arrow keys, showing the seed values at "She"', async () => {
    const user = userEvent.setup();
    const { container } = await renderApp();
    // Jump to "happy" (no animation), then step forward: the step animates on the belt.
    await user.click(within(sentenceStrip()).getByRole('button', { name: /happy/ }));
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByTestId('step-counter').textContent).toBe('Step 4 of 5 · She');
    expect(screen.getByTestId('belt')).toHaveAttribute('data-animating', 'true');
    // Next during the animation moves on at once, and the next step animates in its turn.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('step-counter').textContent).toBe('Step 5 of 5 · smiles');
    expect(screen.getByTestId('belt')).toHaveAttribute('data-animating', 'true');
    // At the last step there is nowhere to go: the press finishes the animation.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('belt')).toHaveAttribute('data-animating', 'false');
    expect(screen.getByTestId('step-counter').textContent).toBe('Step 5 of 5 · smiles');
    // Previous lands on the step before, at rest.
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByTestId('step-counter').textContent).toBe('Step 4 of 5 · She');
    expect(screen.getByTestId('belt')).toHaveAttribute('data-animating', 'false');
    // C₃ and h₃ from SEEDS.md
    // The text panels follow the belt one painted frame later.
    await waitFor(() => expect(valueOf(container, 'c')).toBe('0.389'));
    expect(valueOf(container, 'h')).toBe('0.176');
    expect(valueOf(container, 'cPrev')).toBe('0.057');
    expect(container.querySelector('[data-belt-quantity="c"]')?.textContent).toBe('0.389');
    await user.keyboard('{End}');
    expect(screen.getByTestId('step-counter').textContent).toContain('smiles');
    await user.keyboard('{Home}');
    expect(screen.getByTestId('step-counter').textContent).toContain('Alice');
  });

  it('jumps to a token when it is clicked and marks it current', async () => {
    const user = userEvent.setup();
    await renderApp();
    const she = within(sentenceStrip()).getByRole('button', { name: /She/ });
    await user.click(she);
    expect(she).toHaveAttribute('aria-current', 'step');
    expect(screen.getByTestId('step-counter').textContent).toContain('She');
  });

  it('typesets the six equations with KaTeX', async () => {
    const { container } = await renderApp();
    expect(container.querySelectorAll('[data-equation] .katex')).toHaveLength(12);
    expect(container.querySelector('.katex-error')).toBeNull();
  });
});
