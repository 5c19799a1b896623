// @vitest-environment jsdom
/**
 * The training panel with an inline runner (no worker in jsdom) and fake timers: what a user sees and
 * can do, and what the panel hands to the app (preview and adopted scenarios).
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LstmParams } from '../../src/core';
import { LanguageProvider } from '../../src/i18n';
import { decodeScenarioDocument, encodeScenarioDocument, type Scenario } from '../../src/model';
import { createInlineRunner } from '../../src/ui/panels/Training/runners';
import { TICK_MS } from '../../src/ui/panels/Training/loop';
import { TrainingPanel } from '../../src/ui/panels/Training/TrainingPanel';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderPanel(language: 'en' | 'zh' = 'en') {
  const onPreview = vi.fn<(scenario: Scenario) => void>();
  const onAdopt = vi.fn<(scenario: Scenario) => void>();
  const view = render(
    <LanguageProvider language={language} onChange={() => {}}>
      <TrainingPanel onPreview={onPreview} onAdopt={onAdopt} digits={3} createRunner={() => createInlineRunner()} />
    </LanguageProvider>,
  );
  return { onPreview, onAdopt, ...view };
}

const panel = () => screen.getByRole('region', { name: 'Training: teach the cell its job' });
const status = () => screen.getByRole('status').textContent;
const button = (name: string) => screen.getByRole('button', { name });
const metric = (term: string) => screen.getByText(term).nextElementSibling?.textContent;
/** Lets `count` report intervals pass, one at a time so React renders (and previews) after each. */
function ticks(count: number) {
  for (let k = 0; k < count; k++) act(() => vi.advanceTimersByTime(TICK_MS));
}

describe('TrainingPanel', () => {
  it('describes the task with sample sentences and waits at step 0 with seed 1; opening it previews nothing', () => {
    const { onPreview } = renderPanel();
    expect(panel()).toBeInTheDocument();
    expect(screen.getByText(/does the pronoun agree with the name/)).toBeInTheDocument();
    expect(screen.getByText(/Nora, Rose, Clara, Henry, Leo, Sam appear only in the held-out sentences/)).toBeInTheDocument();
    const samples = within(screen.getByRole('group', { name: 'Sample sentences' })).getAllByRole('radio');
    expect(samples).toHaveLength(4);
    expect(screen.getByRole('radio', { name: 'Alice is happy. She smiles. (agrees, training)' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: /^Nora is brave\. She \w+\. \(agrees, held out\)$/ })).toBeChecked();
    expect(screen.getByRole('spinbutton', { name: 'Seed' })).toHaveValue(1);
    expect(status()).toBe('Ready to train · Step 0 of 800');
    expect(metric('Held-out accuracy')).toBe('50.0%');
    expect(button('Start')).toBeEnabled();
    expect(onPreview).not.toHaveBeenCalled();
  });

  it('takes one step on request and previews the new weights as a valid scenario', () => {
    const { onPreview } = renderPanel();
    fireEvent.click(button('One step'));
    expect(status()).toBe('Paused · Step 1 of 800');
    expect(button('Resume')).toBeInTheDocument();
    expect(onPreview).toHaveBeenCalledTimes(1);
    const scenario = onPreview.mock.calls[0][0];
    expect(scenario.sentence).toMatch(/^Nora is brave\./);
    expect((scenario.params as LstmParams).Wf).toHaveLength(4);
    expect(decodeScenarioDocument(JSON.parse(JSON.stringify(encodeScenarioDocument(scenario, 0)))).ok).toBe(true);
  });

  it('trains while running, pauses, and learns the task: 100 % held out and the forget gate at "is" opens', () => {
    const { onPreview, container } = renderPanel();
    fireEvent.click(button('Start'));
    expect(status()).toMatch(/^Training…/);
    // The first tick comes at once, then one every TICK_MS.
    ticks(3);
    expect(status()).toBe('Training… · Step 40 of 800');
    fireEvent.click(button('Pause'));
    ticks(4);
    expect(status()).toBe('Paused · Step 40 of 800');
    const previews = onPreview.mock.calls.length;
    expect(previews).toBeGreaterThanOrEqual(3);
    fireEvent.click(button('Resume'));
    ticks(80);
    expect(status()).toBe('Finished · Step 800 of 800');
    expect(button('Start')).toBeDisabled();
    expect(metric('Held-out accuracy')).toBe('100.0%');
    expect(metric('Training accuracy')).toBe('100.0%');
    // Every chart has drawn its curves; the forget chart's legend gives the latest mean f at "is".
    const forget = screen.getByRole('figure', { name: 'Forget gate f at each word' });
    const atIs = within(forget).getByText(/^is: /).textContent ?? '';
    expect(Number(atIs.replace('is: ', ''))).toBeGreaterThan(0.8);
    expect(container.querySelectorAll('path[data-series]').length).toBe(2 + 2 + 5);
    for (const path of container.querySelectorAll('path[data-series]')) expect(path.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(onPreview.mock.calls.length).toBeGreaterThan(previews + 40);
  });

  it('hands the current weights to the app with the chosen sentence when the user keeps them', () => {
    const { onAdopt, onPreview } = renderPanel();
    fireEvent.click(button('One step'));
    fireEvent.click(screen.getByRole('radio', { name: 'Alice is happy. She smiles. (agrees, training)' }));
    expect(onPreview.mock.lastCall?.[0].sentence).toBe('Alice is happy. She smiles.');
    fireEvent.click(button('Use these weights'));
    expect(onAdopt).toHaveBeenCalledTimes(1);
    const scenario = onAdopt.mock.calls[0][0];
    expect(scenario.sentence).toBe('Alice is happy. She smiles.');
    expect(scenario.title).toBe('Trained: does the pronoun agree?');
    expect(scenario.description).toMatch(/^Trained weights \(step 1, seed 1, held-out accuracy [\d.]+%\)\. .*w = \[/);
  });

  it('resets to the step-0 weights of the seed in the field', () => {
    const { onPreview } = renderPanel();
    fireEvent.click(button('One step'));
    const seed1 = onPreview.mock.lastCall?.[0].params;
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Seed' }), { target: { value: '7' } });
    fireEvent.click(button('Reset'));
    expect(status()).toBe('Ready to train · Step 0 of 800');
    const reset = onPreview.mock.lastCall?.[0];
    expect(reset?.description).toMatch(/step 0, seed 7,/);
    expect(reset?.params).not.toEqual(seed1);
    // The same seed gives the same weights again.
    fireEvent.click(button('Reset'));
    expect(onPreview.mock.lastCall?.[0].params).toEqual(reset?.params);
  });

  it('speaks Chinese', () => {
    renderPanel('zh');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('训练：教会细胞它的任务');
    expect(button('开始')).toBeInTheDocument();
    expect(button('单步')).toBeInTheDocument();
    expect(button('使用这组权重')).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: '每个词处的遗忘门 f' })).toBeInTheDocument();
    expect(status()).toBe('准备训练 · 第 0 步，共 800 步');
  });
});
