// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';

afterEach(cleanup);

const presenter = () => screen.queryByRole('region', { name: 'Presenter view' });

describe('presenter mode', () => {
  it('P enters and Esc leaves; the page keeps the step', async () => {
    const user = userEvent.setup();
    await renderApp();
    // A click jumps without animating, so the belt is at rest when presenter mode opens.
    await user.click(within(screen.getByRole('list', { name: /sentence/i })).getAllByRole('button')[1]);
    await user.keyboard('p');
    await waitFor(() => expect(presenter()).not.toBeNull());
    expect(screen.getByTestId('presenter-counter').textContent).toBe('Step 2 of 5 · is');
    expect(document.documentElement.dataset.presenting).toBe('true');
    await user.keyboard('{PageDown}');
    expect(screen.getByTestId('presenter-counter').textContent).toBe('Step 3 of 5 · happy');
    await user.keyboard('{Escape}');
    expect(presenter()).toBeNull();
    expect(document.documentElement.dataset.presenting).toBeUndefined();
    expect(screen.getByTestId('step-counter').textContent).toContain('happy');
  });

  it('B blanks the screen and Esc first brings it back', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.keyboard('p');
    await waitFor(() => expect(presenter()).not.toBeNull());
    await user.keyboard('b');
    expect(screen.getByText(/The screen is blank/)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByText(/The screen is blank/)).toBeNull();
    expect(presenter()).not.toBeNull();
  });

  it('the lesson asks before it reveals, and the answer comes from the live numbers', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Guided lesson' }));
    await waitFor(() => expect(presenter()).not.toBeNull());
    for (let press = 0; press < 8; press++) await user.keyboard('{PageDown}');
    expect(presenter()?.textContent).toContain('Will the forget gate open or close at “is”?');
    expect(screen.getByTestId('presenter-counter').textContent).toBe('Step 1 of 5 · Alice');
    await user.click(screen.getByRole('button', { name: /Close: let most of it go/ }));
    await user.keyboard('{PageDown}');
    expect(screen.getByTestId('presenter-counter').textContent).toBe('Step 2 of 5 · is');
    expect(presenter()?.textContent).toContain('It closes a little: f = 0.453');
    expect(presenter()?.textContent).toContain('Your guess: Close');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Resume lesson at slide 9' })).toBeInTheDocument();
  });

  it('the title slide keeps the sentence’s punctuation, and the lesson ends by answering its question from the live numbers', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Guided lesson' }));
    await waitFor(() => expect(presenter()).not.toBeNull());
    expect(presenter()?.querySelector('q')?.textContent).toBe('Alice is happy. She smiles.');
    // To slide 14, the answer: 13 slides on, and the two question slides take one more press each to reveal.
    for (let press = 0; press < 15; press++) await user.keyboard('{PageDown}');
    expect(presenter()?.textContent).toContain('Slide 14 of 15');
    const answer = screen.getByTestId('lesson-answer').textContent;
    expect(answer).toContain('the two cell states differ by 22% of what they differed by at “Alice” itself — that much of Alice’s effect is left. Hardly:');
    expect(within(presenter()!).getByRole('link', { name: 'Open Alice with weights that remember' })).toHaveAttribute('href', '?preset=alice-remembered');
  });

  it('outside the lesson the header says the presenter steps word by word', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.keyboard('p');
    await waitFor(() => expect(presenter()).not.toBeNull());
    expect(presenter()?.textContent).toContain('Stepping word by word — no lesson');
  });
});
