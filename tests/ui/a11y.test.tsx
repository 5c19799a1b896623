// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DICTIONARIES, LanguageProvider, type Language } from '../../src/i18n';
import { alicePreset, stepFacts, traceScenario, withHiddenSize } from '../../src/model';
import { ANNOUNCE_SETTLE_MS, StepAnnouncer } from '../../src/ui/a11y/StepAnnouncer';
import { stepAnnouncement } from '../../src/ui/a11y/stepAnnouncement';
import { ValueTable } from '../../src/ui/panels/ValueTable/ValueTable';
import { ValueTableDisclosure } from '../../src/ui/panels/ValueTable/ValueTableDisclosure';

afterEach(cleanup);

const alice = traceScenario(alicePreset);
const threeUnits = traceScenario(withHiddenSize(alicePreset, 3, 7));
const noop = () => {};
const inLanguage = (language: Language, ui: ReactNode) => (
  <LanguageProvider language={language} onChange={noop}>
    {ui}
  </LanguageProvider>
);

describe('stepAnnouncement', () => {
  it('reads the step, the word and four values to two decimals (Alice at "She")', () => {
    expect(stepAnnouncement(alice, 3, DICTIONARIES.en.a11y.announce)).toBe(
      'Step 4 of 5, She: forget 0.65, input 0.58, cell 0.39, hidden 0.18',
    );
  });

  it('speaks Chinese with the source articles’ terms', () => {
    expect(stepAnnouncement(alice, 3, DICTIONARIES.zh.a11y.announce)).toBe(
      '第 4 步（共 5 步），She：遗忘门 0.65，输入门 0.58，细胞状态 0.39，隐藏状态 0.18',
    );
  });

  it('with several units reads the one the narration follows and names it', () => {
    for (let t = 0; t < threeUnits.steps.length; t++) {
      const unit = stepFacts(threeUnits, t)?.unit ?? -1;
      const text = stepAnnouncement(threeUnits, t, DICTIONARIES.en.a11y.announce, 3);
      expect(text).toContain(`, unit ${unit + 1} of 3: `);
      expect(text).toContain(`forget ${threeUnits.steps[t].f[unit].toFixed(3)}`);
      expect(text).toContain(`hidden ${threeUnits.steps[t].h[unit].toFixed(3).replace('-', '−')}`);
    }
  });

  it('is empty past the end', () => {
    expect(stepAnnouncement(alice, 9, DICTIONARIES.en.a11y.announce)).toBe('');
  });
});

describe('StepAnnouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is a polite status region that stays quiet on load', () => {
    render(<StepAnnouncer trace={alice} step={0} />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveAttribute('aria-atomic', 'true');
    act(() => vi.advanceTimersByTime(ANNOUNCE_SETTLE_MS * 2));
    expect(region).toHaveTextContent('');
  });

  it('announces a new step once it settles, and only where a quick run of steps stops', () => {
    const { rerender } = render(<StepAnnouncer trace={alice} step={0} />);
    rerender(<StepAnnouncer trace={alice} step={1} />);
    act(() => vi.advanceTimersByTime(ANNOUNCE_SETTLE_MS / 2));
    rerender(<StepAnnouncer trace={alice} step={3} />);
    act(() => vi.advanceTimersByTime(ANNOUNCE_SETTLE_MS / 2));
    expect(screen.getByRole('status')).toHaveTextContent('');
    act(() => vi.advanceTimersByTime(ANNOUNCE_SETTLE_MS));
    expect(screen.getByRole('status')).toHaveTextContent('Step 4 of 5, She: forget 0.65, input 0.58, cell 0.39, hidden 0.18');
  });

  it('does not speak when only the numbers change under the same step (a weight drag)', () => {
    const { rerender } = render(<StepAnnouncer trace={alice} step={2} />);
    rerender(<StepAnnouncer trace={threeUnits} step={2} />);
    act(() => vi.advanceTimersByTime(ANNOUNCE_SETTLE_MS * 2));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('announces in Chinese', () => {
    const { rerender } = render(inLanguage('zh', <StepAnnouncer trace={alice} step={0} />));
    rerender(inLanguage('zh', <StepAnnouncer trace={alice} step={3} />));
    act(() => vi.advanceTimersByTime(ANNOUNCE_SETTLE_MS));
    expect(screen.getByRole('status')).toHaveTextContent('第 4 步（共 5 步），She：遗忘门 0.65');
  });
});

describe('ValueTable', () => {
  it('is a real table with a caption, scoped headers and every value', () => {
    render(<ValueTable trace={alice} current={3} digits={3} features={alicePreset.features} />);
    const table = screen.getByRole('table', { name: /Every value at every step, to 3 decimals/ });
    expect(within(table).getAllByRole('columnheader').map((th) => th.getAttribute('scope'))).toEqual([
      'col', 'col', 'colgroup', 'colgroup', 'col', 'col', 'col', 'col', 'col', 'col', 'col', 'col', 'col',
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Forget gate' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'female' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(2);
    expect(rows).toHaveLength(5);
    const she = rows[3];
    expect(within(she).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['t=3, current step', 'She']);
    // x = [1, 0, 1], then f, i, C̃, o, C, h of the seed's step "She".
    expect(within(she).getAllByRole('cell').map((td) => td.textContent)).toEqual([
      '1', '0', '1', '0.647', '0.578', '0.609', '0.476', '0.389', '0.176',
    ]);
  });

  it('marks the current step, and only it', () => {
    const { rerender } = render(<ValueTable trace={alice} current={3} digits={3} />);
    const current = () => screen.getAllByRole('row').filter((row) => row.getAttribute('aria-current') === 'step');
    expect(current()).toHaveLength(1);
    expect(current()[0]).toHaveTextContent('She');
    rerender(<ValueTable trace={alice} current={0} digits={3} />);
    expect(current()).toHaveLength(1);
    expect(current()[0]).toHaveTextContent('Alice');
  });

  it('groups the columns unit by unit when there are several', () => {
    render(<ValueTable trace={threeUnits} current={0} digits={2} />);
    for (const unit of [1, 2, 3]) {
      const heading = screen.getByRole('columnheader', { name: `Unit ${unit}` });
      expect(heading).toHaveAttribute('scope', 'colgroup');
      expect(heading).toHaveAttribute('colspan', '6');
    }
    expect(screen.getAllByRole('columnheader', { name: 'Hidden state' })).toHaveLength(3);
    expect(screen.getByRole('columnheader', { name: 'x1' })).toBeInTheDocument();
    expect(within(screen.getAllByRole('row')[2]).getAllByRole('cell')).toHaveLength(3 + 18);
  });

  it('scrolls by keyboard: its scroll box is a focusable region named by the caption', () => {
    render(<ValueTable trace={alice} current={0} digits={3} />);
    const region = screen.getByRole('region', { name: /Every value at every step/ });
    expect(region).toHaveAttribute('tabindex', '0');
  });

  it('speaks Chinese', () => {
    render(inLanguage('zh', <ValueTable trace={alice} current={3} digits={3} />));
    expect(screen.getByRole('table', { name: /每个时间步的全部数值/ })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '遗忘门' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 't=3, 当前时间步' })).toBeInTheDocument();
  });
});

describe('ValueTableDisclosure', () => {
  it('opens the table in one click and closes it again', async () => {
    const user = userEvent.setup();
    render(<ValueTableDisclosure trace={alice} current={3} digits={3} />);
    const summary = screen.getByText('Show all values as a table');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(summary);
    expect(await screen.findByRole('table')).toBeInTheDocument();
    await user.click(summary);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
