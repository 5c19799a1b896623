// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { alicePreset, traceScenario, type Scenario, type SourceFigures } from '../../src/model';
import { ArticleNote } from '../../src/ui/panels/ArticleNote/ArticleNote';

afterEach(cleanup);

function renderNote(scenario: Scenario, step = 2, digits = 3) {
  return render(<ArticleNote scenario={scenario} trace={traceScenario(scenario)} step={step} digits={digits} />);
}
const note = () => screen.getByRole('complementary', { name: 'Check the arithmetic yourself' });

describe('ArticleNote', () => {
  it('names the article it checks and points to the list of sources', () => {
    renderNote(alicePreset);
    const citation = note().querySelector('p');
    expect(citation?.textContent).toBe(
      'The figures come from LSTM的一个计算例子 (“A worked example of an LSTM”), the Chinese article whose sentence, features and weights the Alice example uses; our copy of it records no author or address (all sources).',
    );
    expect(citation?.querySelector('cite')).toHaveAttribute('lang', 'zh');
    expect(within(note()).getByRole('link', { name: 'all sources' })).toHaveAttribute('href', '#about-and-further-reading');
  });

  it('explains the skipped step with the article’s figures and the exact ones', () => {
    renderNote(alicePreset);
    expect(note().querySelectorAll('p')[1]?.textContent).toBe(
      'The source article rounds as it goes and skips step t = 2, stating C2 ≈ 0.012 and h2 ≈ 0.005, where the exact values are 0.057 and 0.026. ' +
        'Later steps build on those, so its t = 3 figures are off too. ' +
        'Steps t = 0 and t = 1 agree with the exact values to its rounding.',
    );
  });

  it('tabulates every figure and highlights the current step', () => {
    renderNote(alicePreset, 3);
    const rows = within(note()).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      't = 0 Alice≈ 0.1220.123≈ 0.0480.049✓ agrees',
      't = 1 is≈ 0.0000.000≈ 0.0000.000✓ agrees',
      't = 2 happy skipped≈ 0.0120.057≈ 0.0050.026✗ off',
      't = 3 She≈ 0.3560.389≈ 0.1640.176✗ off',
    ]);
    expect(rows.filter((row) => row.getAttribute('aria-current') === 'step')).toEqual([rows[3]]);
  });

  it('highlights no row at a step the article has no figures for', () => {
    renderNote(alicePreset, 4);
    expect(note().querySelector('[aria-current]')).toBeNull();
  });

  it('shows the exact values at the chosen precision', () => {
    renderNote(alicePreset, 2, 6);
    expect(note().textContent).toContain('where the exact values are 0.057368 and 0.025797');
  });

  it('takes the exact values from the trace, not from the text', () => {
    // The same figures recorded for a different forget bias: the comparison follows that cell.
    const params = structuredClone(alicePreset.params);
    params.bf = [0.4];
    const sourceFigures: SourceFigures = { ...(alicePreset.sourceFigures as SourceFigures), params };
    const scenario = { ...alicePreset, params, sourceFigures };
    const c2 = traceScenario(scenario).steps[2].c[0];
    renderNote(scenario);
    expect(c2).not.toBeCloseTo(0.057, 3);
    expect(note().textContent).toContain(`where the exact values are ${c2.toFixed(3)}`);
  });

  it('says the figures belong to the original weights once a weight is edited', () => {
    const params = structuredClone(alicePreset.params);
    params.Wf[0][1] = 0.9;
    renderNote({ ...alicePreset, params });
    expect(note()).toHaveTextContent(/worked out with its original weights\. You have changed the weights/);
    expect(within(note()).queryByRole('table')).toBeNull();
  });

  it('says the figures belong to the original words once the sentence is edited', () => {
    renderNote({ ...alicePreset, sentence: 'Bob is happy. She smiles.' });
    expect(note()).toHaveTextContent(/original words and starting state/);
  });

  it('is hidden for a scenario without source figures', () => {
    const { container } = renderNote({ ...alicePreset, sourceFigures: undefined });
    expect(container).toBeEmptyDOMElement();
  });
});
