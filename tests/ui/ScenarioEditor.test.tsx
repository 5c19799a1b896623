// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

afterEach(cleanup);

const tokens = () => within(screen.getByRole('list', { name: /sentence/i })).getAllByRole('button');

describe('scenario editor', () => {
  it('a typed sentence is read at once; unknown words are flagged and added in one click', async () => {
    const user = userEvent.setup();
    await renderApp();
    const field = screen.getByRole('textbox', { name: /^Sentence/ });
    await user.clear(field);
    await user.type(field, 'Bob is happy');
    expect(tokens().map((b) => b.textContent)).toEqual([
      expect.stringContaining('Bob'),
      expect.stringContaining('is'),
      expect.stringContaining('happy'),
    ]);
    expect(tokens()[0].textContent).toContain('not in vocabulary');
    await user.click(screen.getByRole('button', { name: '+ add “bob”' }));
    expect(tokens()[0].textContent).not.toContain('not in vocabulary');
    expect(screen.getByRole('spinbutton', { name: 'bob, female' })).toHaveAttribute('aria-valuenow', '0');
    // one undo per typing session, one for the new word
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(tokens()).toHaveLength(5);
  });

  it('an empty sentence keeps the editor so the user can type again', async () => {
    const user = userEvent.setup();
    await renderApp();
    const field = screen.getByRole('textbox', { name: /^Sentence/ });
    await user.clear(field);
    expect(screen.getByText(/has no words yet/)).toBeInTheDocument();
    await user.type(field, 'She smiles');
    expect(tokens()).toHaveLength(2);
  });

  it('a sentence over 200 words shows a message, keeps the text, and leaves the cell on the last good one', async () => {
    const user = userEvent.setup();
    await renderApp();
    const field = screen.getByRole('textbox', { name: /^Sentence/ }) as HTMLTextAreaElement;
    await user.click(field);
    await user.paste(' word'.repeat(200));
    expect(screen.getByRole('alert').textContent).toContain('205 words');
    expect(field.value.endsWith('word')).toBe(true);
    expect(tokens()).toHaveLength(5);
  });

  it('features can be added, renamed and removed, and the weight columns follow', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: '+ feature' }));
    expect(screen.getByRole('spinbutton', { name: 'W f, unit 1, feature 4' })).toHaveAttribute('aria-valuenow', '0');
    const name = screen.getByRole('textbox', { name: 'Name of feature “feature 4”' });
    await user.clear(name);
    await user.type(name, 'verb{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('“verb” is taken.');
    await user.clear(name);
    await user.type(name, 'plural{Enter}');
    expect(screen.getByRole('spinbutton', { name: 'W f, unit 1, plural' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove feature “plural”' }));
    expect(screen.queryByRole('spinbutton', { name: 'W f, unit 1, plural' })).toBeNull();
  });

  it('the hidden size grows the grids from the seed', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hidden units H' }), '3');
    expect(screen.getByRole('spinbutton', { name: 'W f, unit 3, h₃' })).toBeInTheDocument();
    // the first unit keeps its weights
    expect(screen.getByRole('spinbutton', { name: 'W f, unit 1, pronoun' })).toHaveAttribute('aria-valuenow', '0.4');
  });
});
