// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeScenarioDocument, motherlandPreset } from '../../src/model';
import { STORAGE_KEY } from '../../src/state';
import { renderApp } from './renderApp';

afterEach(cleanup);

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const words = () => within(screen.getByRole('list', { name: /sentence/i })).getAllByRole('button').length;

describe('save and share', () => {
  it('a bad file is refused with its problems listed and nothing changes', async () => {
    const user = userEvent.setup();
    await renderApp();
    const bad = { ...encodeScenarioDocument(motherlandPreset, 0), params: { Wf: [[1, 2]] }, extra: true };
    await user.upload(screen.getByLabelText('Scenario file to import'), file('broken.json', JSON.stringify(bad)));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“broken.json” was not loaded; nothing changed:');
    expect(alert.textContent).toContain('extra');
    expect(words()).toBe(5);
  });

  it('a good file loads, and undo goes back', async () => {
    const user = userEvent.setup();
    await renderApp();
    const good = encodeScenarioDocument(motherlandPreset, 2);
    await user.upload(screen.getByLabelText('Scenario file to import'), file('motherland.json', JSON.stringify(good)));
    await waitFor(() => expect(words()).toBe(3));
    expect(screen.getByTestId('step-counter').textContent).toBe('Step 3 of 3 · 祖国');
    expect(screen.getByRole('combobox', { name: 'Example' })).toHaveValue('motherland');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(words()).toBe(5);
  });

  it('saves the work in the browser and restores it on the next visit', async () => {
    const user = userEvent.setup();
    const first = await renderApp();
    await user.click(within(screen.getByRole('list', { name: /sentence/i })).getAllByRole('button')[3]);
    await waitFor(() => expect(window.localStorage.getItem(STORAGE_KEY)).toContain('"step":3'));
    first.unmount();
    await renderApp();
    expect(screen.getByTestId('step-counter').textContent).toBe('Step 4 of 5 · She');
  });

  it('corrupt saved data is reported once and the app starts from Alice', async () => {
    window.localStorage.setItem(STORAGE_KEY, '{"version": 1, "sentence": ');
    await renderApp();
    expect(screen.getByText(/Your saved work could not be restored/)).toBeInTheDocument();
    expect(words()).toBe(5);
  });
});
