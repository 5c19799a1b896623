// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCoupledLstm, runGru, runPeepholeLstm } from '../../src/core';
import { DICTIONARIES, LanguageProvider, type Language } from '../../src/i18n';
import { alicePreset, encodeSentence, traceScenario, withCell, withHiddenSize, type Scenario } from '../../src/model';
import { ANNOUNCE_SETTLE_MS, StepAnnouncer } from '../../src/ui/a11y/StepAnnouncer';
import { stepAnnouncement } from '../../src/ui/a11y/stepAnnouncement';
import { ValueTable } from '../../src/ui/panels/ValueTable/ValueTable';

/*
 * The announcer and the table for every cell, checked against the core's own run of the same cell on
 * Alice converted with withCell (the values are computed here, not read from the trace under test).
 */

afterEach(cleanup);

const en = DICTIONARIES.en.a11y.announce;
const zh = DICTIONARIES.zh.a11y.announce;
const noop = () => {};
const inLanguage = (language: Language, ui: ReactNode) => (
  <LanguageProvider language={language} onChange={noop}>
    {ui}
  </LanguageProvider>
);
/** A number as the page prints it: fixed decimals, a typographic minus. */
const shown = (value: number, digits: number) => (value < 0 ? `\u2212${Math.abs(value).toFixed(digits)}` : value.toFixed(digits));
const inputsOf = (scenario: Scenario) => encodeSentence(scenario).map((token) => token.vector);

const gru = withCell(alicePreset, 'gru');
if (gru.cell !== 'gru') throw new Error('withCell did not give a GRU');
const gruSteps = runGru(gru.params, inputsOf(gru), { h0: gru.h0 });

// withCell gives the peepholes as zeros (the LSTM's numbers); non-zero ones make the peephole's own.
const converted = withCell(alicePreset, 'peephole');
if (converted.cell !== 'peephole') throw new Error('withCell did not give a peephole LSTM');
const peephole = { ...converted, params: { ...converted.params, pf: [0.9], pi: [-0.7], po: [1.3] } };
const peepholeSteps = runPeepholeLstm(peephole.params, inputsOf(peephole), { h0: peephole.h0, c0: peephole.c0 });

const coupled = withCell(alicePreset, 'coupled');
if (coupled.cell !== 'coupled') throw new Error('withCell did not give a coupled LSTM');
const coupledSteps = runCoupledLstm(coupled.params, inputsOf(coupled), { h0: coupled.h0, c0: coupled.c0 });

describe('stepAnnouncement for each cell', () => {
  it('GRU: update gate, reset gate and hidden state, in English and in Chinese', () => {
    const trace = traceScenario(gru);
    expect(trace.steps).toEqual([]);
    for (let t = 0; t < gruSteps.length; t++) {
      const { z, r, h } = gruSteps[t];
      const token = trace.tokens[t].text;
      expect(stepAnnouncement(trace, t, en)).toBe(
        `Step ${t + 1} of 5, ${token}: update ${shown(z[0], 2)}, reset ${shown(r[0], 2)}, hidden ${shown(h[0], 2)}`,
      );
      expect(stepAnnouncement(trace, t, zh)).toBe(
        `第 ${t + 1} 步（共 5 步），${token}：更新门 ${shown(z[0], 2)}，重置门 ${shown(r[0], 2)}，隐藏状态 ${shown(h[0], 2)}`,
      );
    }
    expect(stepAnnouncement(trace, 3, en)).toMatch(/^Step 4 of 5, She: update /);
  });

  it('peephole LSTM: the LSTM’s words with the peephole’s numbers', () => {
    const trace = traceScenario(peephole);
    const { f, i, c, h } = peepholeSteps[3];
    expect(f[0]).not.toBeCloseTo(traceScenario(alicePreset).steps[3].f[0], 2);
    expect(stepAnnouncement(trace, 3, en)).toBe(
      `Step 4 of 5, She: forget ${shown(f[0], 2)}, input ${shown(i[0], 2)}, cell ${shown(c[0], 2)}, hidden ${shown(h[0], 2)}`,
    );
  });

  it('coupled LSTM: the input gate read out is 1 − f', () => {
    const trace = traceScenario(coupled);
    const { f, c, h } = coupledSteps[3];
    expect(stepAnnouncement(trace, 3, zh)).toBe(
      `第 4 步（共 5 步），She：遗忘门 ${shown(f[0], 2)}，输入门 ${shown(1 - f[0], 2)}，细胞状态 ${shown(c[0], 2)}，隐藏状态 ${shown(h[0], 2)}`,
    );
  });

  it('GRU with several units reads the unit whose hidden state changes most', () => {
    const wide = withHiddenSize(gru, 3, 11);
    if (wide.cell !== 'gru') throw new Error('not a GRU');
    const steps = runGru(wide.params, inputsOf(wide), { h0: wide.h0 });
    const trace = traceScenario(wide);
    steps.forEach((step, t) => {
      const changes = step.h.map((value, unit) => Math.abs(value - step.hPrev[unit]));
      const unit = changes.indexOf(Math.max(...changes));
      const text = stepAnnouncement(trace, t, en, 3);
      expect(text).toContain(`, unit ${unit + 1} of 3: update ${shown(step.z[unit], 3)}, reset ${shown(step.r[unit], 3)}`);
      expect(text).toContain(`hidden ${shown(step.h[unit], 3)}`);
    });
  });

  it('the live region speaks a GRU step', () => {
    vi.useFakeTimers();
    try {
      const trace = traceScenario(gru);
      const { rerender } = render(<StepAnnouncer trace={trace} step={0} />);
      rerender(<StepAnnouncer trace={trace} step={3} />);
      act(() => vi.advanceTimersByTime(ANNOUNCE_SETTLE_MS));
      expect(screen.getByRole('status')).toHaveTextContent(`Step 4 of 5, She: update ${shown(gruSteps[3].z[0], 2)}`);
    } finally {
      vi.useRealTimers();
    }
  });
});

/** The column names a screen reader hears, after the step, word and feature headings. */
function quantityHeadings(table: HTMLElement, features: number): string[] {
  const row = within(table).getAllByRole('row')[1];
  return within(row)
    .getAllByRole('columnheader')
    .slice(features)
    .map((th) => th.querySelector('.visually-hidden')?.textContent ?? '');
}

describe('ValueTable for each cell', () => {
  const features = alicePreset.features.length;

  it('GRU: z, r, h̃ and h per unit, with the core’s numbers', () => {
    render(<ValueTable trace={traceScenario(gru)} current={3} digits={3} features={alicePreset.features} />);
    const table = screen.getByRole('table');
    expect(quantityHeadings(table, features)).toEqual(['Update gate', 'Reset gate', 'Candidate hidden state', 'Hidden state']);
    expect(within(table).getByRole('columnheader', { name: 'Unit 1' })).toHaveAttribute('colspan', '4');
    const rows = within(table).getAllByRole('row').slice(2);
    expect(rows).toHaveLength(5);
    rows.forEach((row, t) => {
      const { x, z, r, hTilde, h } = gruSteps[t];
      expect(within(row).getAllByRole('cell').map((td) => td.textContent)).toEqual([
        ...x.map(String),
        ...[z[0], r[0], hTilde[0], h[0]].map((value) => shown(value, 3)),
      ]);
    });
  });

  it('GRU in Chinese: 更新门 and 重置门 head the columns', () => {
    render(inLanguage('zh', <ValueTable trace={traceScenario(gru)} current={0} digits={3} />));
    expect(screen.getByRole('columnheader', { name: '更新门' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '重置门' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: '遗忘门' })).not.toBeInTheDocument();
  });

  it('GRU with several units: four columns per unit', () => {
    const wide = traceScenario(withHiddenSize(gru, 2, 5));
    render(<ValueTable trace={wide} current={0} digits={2} />);
    expect(screen.getAllByRole('columnheader', { name: 'Reset gate' })).toHaveLength(2);
    expect(within(screen.getAllByRole('row')[2]).getAllByRole('cell')).toHaveLength(3 + 8);
  });

  it('peephole LSTM: the LSTM’s six columns with the peephole’s numbers', () => {
    render(<ValueTable trace={traceScenario(peephole)} current={3} digits={3} />);
    const table = screen.getByRole('table');
    expect(quantityHeadings(table, features)).toEqual(['Forget gate', 'Input gate', 'Candidate memory', 'Output gate', 'Cell state', 'Hidden state']);
    const { f, i, cTilde, o, c, h } = peepholeSteps[3];
    expect(within(within(table).getAllByRole('row')[5]).getAllByRole('cell').map((td) => td.textContent).slice(features)).toEqual(
      [f[0], i[0], cTilde[0], o[0], c[0], h[0]].map((value) => shown(value, 3)),
    );
  });

  it('coupled LSTM: the input gate is headed and computed as 1 − f', () => {
    render(<ValueTable trace={traceScenario(coupled)} current={3} digits={3} />);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader', { name: 'Input gate = 1 − forget gate' })).toHaveLength(1);
    expect(within(table).getByText('i = 1 − f')).toBeInTheDocument();
    within(table)
      .getAllByRole('row')
      .slice(2)
      .forEach((row, t) => {
        const { f, i, cTilde, o, c, h } = coupledSteps[t];
        expect(i[0]).toBeCloseTo(1 - f[0], 12);
        expect(within(row).getAllByRole('cell').map((td) => td.textContent).slice(features)).toEqual(
          [f[0], 1 - f[0], cTilde[0], o[0], c[0], h[0]].map((value) => shown(value, 3)),
        );
      });
  });

  it('coupled LSTM in Chinese names the input gate as 1 − 遗忘门', () => {
    render(inLanguage('zh', <ValueTable trace={traceScenario(coupled)} current={0} digits={3} />));
    expect(screen.getByRole('columnheader', { name: '输入门，即 1 − 遗忘门' })).toBeInTheDocument();
  });
});
