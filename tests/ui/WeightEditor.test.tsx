// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

afterEach(cleanup);

const forgetAtShe = (container: HTMLElement) => container.querySelector('[data-belt-quantity="f"]')?.textContent;

async function openShe() {
  const user = userEvent.setup();
  const view = await renderApp();
  await user.click(screen.getByRole('list', { name: /sentence/i }).querySelectorAll('button')[3]);
  return { user, ...view };
}

describe('weight editor', () => {
  it('arrow keys nudge a weight and every panel follows; undo brings it back', async () => {
    const { user, container } = await openShe();
    expect(forgetAtShe(container)).toBe('0.647');
    const pronoun = screen.getByRole('spinbutton', { name: 'W f, unit 1, pronoun' });
    pronoun.focus();
    // +0.1 with Alt: z_f at "She" goes from 0.605 to 0.705, σ(0.705) = 0.669
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(pronoun).toHaveAttribute('aria-valuenow', '0.5');
    expect(forgetAtShe(container)).toBe('0.669');
    // the step did not move although an arrow key was pressed
    expect(screen.getByTestId('step-counter').textContent).toContain('She');
    // the timeline keeps the values from before the edit as a faded ghost where they changed
    await waitFor(() =>
      expect(container.querySelector('[data-timeline-quantity="f"][data-timeline-step="3"]')?.textContent).toBe('0.669was 0.647'),
    );
    // "happy" has no pronoun feature and comes before "She": unchanged, so no ghost
    expect(container.querySelector('[data-timeline-quantity="f"][data-timeline-step="2"]')?.textContent).toBe('0.475');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(forgetAtShe(container)).toBe('0.647');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(forgetAtShe(container)).toBe('0.669');
  });

  it('typed text that is not a valid weight shows a message and keeps the last good value', async () => {
    const { user, container } = await openShe();
    const bias = screen.getByRole('spinbutton', { name: 'b f, unit 1' });
    bias.focus();
    await user.keyboard('{Enter}');
    const field = screen.getByRole('textbox', { name: 'b f, unit 1' });
    await user.clear(field);
    await user.type(field, '12{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('12 is out of range: weights and biases must be between −10 and 10.');
    expect(field).toHaveValue('12');
    expect(forgetAtShe(container)).toBe('0.647');
    // A number in exponent notation is a number: 1e9 is out of range, not "not a number".
    await user.clear(field);
    await user.type(field, '1e9{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('1e9 is out of range: weights and biases must be between −10 and 10.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('1e9 is out of range: weights and biases must be between −10 and 10.');
    await user.clear(field);
    await user.type(field, '0x10{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('“0x10” is not a number. Numbers are written like 0.5, −1.25, 1,5 or 2e-3.');
    expect(forgetAtShe(container)).toBe('0.647');
    await user.clear(field);
    await user.type(field, '0.9{Enter}');
    // z_f = 0.605 − (−0.1) + 0.9 = 1.605 → σ = 0.833
    await waitFor(() => expect(forgetAtShe(container)).toBe('0.833'));
  });

  it('a drag is one undo step', async () => {
    const { user, container } = await openShe();
    const pronoun = screen.getByRole('spinbutton', { name: 'W f, unit 1, pronoun' });
    fireEvent.pointerDown(pronoun, { button: 0, clientX: 100, pointerId: 1 });
    for (const x of [110, 130, 150]) fireEvent.pointerMove(pronoun, { clientX: x, pointerId: 1 });
    fireEvent.pointerUp(pronoun, { clientX: 150, pointerId: 1 });
    // 50 px × 0.01 = +0.5: 0.4 → 0.9
    expect(pronoun).toHaveAttribute('aria-valuenow', '0.9');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('spinbutton', { name: 'W f, unit 1, pronoun' })).toHaveAttribute('aria-valuenow', '0.4');
    expect(forgetAtShe(container)).toBe('0.647');
  });

  it('picking another example loads it and Reset returns to it', async () => {
    const { user } = await openShe();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Example' }), 'motherland');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('我 爱 祖国');
    const history = screen.getByRole('group', { name: 'Edit history' });
    expect(within(history).getByRole('button', { name: 'Reset' })).toBeDisabled();
  });

  it('the slider follows the last picked number and sets it', async () => {
    const { container } = await openShe();
    act(() => screen.getByRole('spinbutton', { name: 'b f, unit 1' }).focus());
    const slider = screen.getByRole('slider', { name: /b f, unit 1/ });
    fireEvent.change(slider, { target: { value: '0.9' } });
    // z_f at "She" = 0.605 + 0.1 + 0.9 = 1.605 → σ = 0.833
    expect(forgetAtShe(container)).toBe('0.833');
    expect(screen.getByRole('spinbutton', { name: 'b f, unit 1' })).toHaveAttribute('aria-valuenow', '0.9');
  });
});
