// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider, type Language } from '../../src/i18n';
import { ScrubNumber } from '../../src/ui/common/ScrubNumber';

afterEach(cleanup);

/** A feature value of 0.5 in the given language, opened for typing. */
async function typeInto(language: Language, text: string) {
  const user = userEvent.setup();
  const onChange = vi.fn();
  render(
    <LanguageProvider language={language} onChange={() => {}}>
      <ScrubNumber value={0.5} limit={10} digits={3} label="she, pronoun" quantity="feature" onChange={onChange} />
    </LanguageProvider>,
  );
  screen.getByRole('spinbutton', { name: 'she, pronoun' }).focus();
  await user.keyboard('{Enter}');
  const field = screen.getByRole('textbox', { name: 'she, pronoun' });
  await user.clear(field);
  await user.type(field, `${text}{Enter}`);
  return { user, onChange, field };
}

describe('a typed number', () => {
  it.each([
    ['en', '1e9', '1e9 is out of range: feature values must be between −10 and 10.'],
    ['en', '1e400', '1e400 is out of range: feature values must be between −10 and 10.'],
    ['en', 'NaN', '“NaN” is not a number. Numbers are written like 0.5, −1.25, 1,5 or 2e-3.'],
    ['zh', '1e9', '1e9 超出了范围：特征值必须在 −10 到 10 之间。'],
    ['zh', 'Infinity', 'Infinity 超出了范围：特征值必须在 −10 到 10 之间。'],
    ['zh', '0x10', '“0x10”不是一个数。数可以写成 0.5、−1.25、1,5 或 2e-3 这样。'],
  ] as const)('in %s, %s gets its message beside the field and changes nothing', async (language, text, message) => {
    const { user, onChange, field } = await typeInto(language, text);
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect(field).toHaveAccessibleDescription(message);
    expect(field).toHaveValue(text);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('spinbutton', { name: 'she, pronoun' })).toHaveAttribute('aria-valuenow', '0.5');
    expect(onChange).not.toHaveBeenCalled();
  });

  it.each([
    ['1,5', 1.5],
    ['-1e-400', 0],
    ['2e-3', 0.002],
  ])('%s is read as %d', async (text, value) => {
    const { onChange } = await typeInto('en', text);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onChange).toHaveBeenCalledOnce();
    expect(Object.is(onChange.mock.calls[0][0], value)).toBe(true);
  });
});
