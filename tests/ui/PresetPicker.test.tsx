// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { alicePreset, aliceRememberedPreset } from '../../src/model';
import { renderApp } from './renderApp';

afterEach(cleanup);

const menu = () => screen.getByRole('combobox', { name: 'Example' }) as HTMLSelectElement;
const selectedLabel = () => menu().selectedOptions[0]?.textContent;

describe('the example menu and the lede follow the scenario', () => {
  it('shows Alice, then the user’s own sentence, then the Alice that remembers', async () => {
    const user = userEvent.setup();
    await renderApp();
    expect(menu()).toHaveValue('alice');
    expect(screen.getByText(alicePreset.description)).toBeInTheDocument();

    const field = screen.getByRole('textbox', { name: /^Sentence/ });
    // One change event for the whole sentence: typing it key by key re-renders the page a dozen times.
    fireEvent.change(field, { target: { value: 'Bob is happy' } });
    expect(menu()).toHaveValue('');
    expect(selectedLabel()).toBe('Your own sentence');
    expect(screen.queryByText(alicePreset.description)).toBeNull();
    expect(screen.getByText(/^Your own sentence, read with the weights of “Alice is happy”/)).toBeInTheDocument();

    await user.selectOptions(menu(), 'alice-remembered');
    expect(menu()).toHaveValue('alice-remembered');
    expect(screen.getByText(aliceRememberedPreset.description)).toBeInTheDocument();
  });
});
