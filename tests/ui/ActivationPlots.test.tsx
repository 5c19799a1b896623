// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { lstmStep, type LstmStep } from '../../src/core';
import { alicePreset, traceScenario } from '../../src/model';
import { ActivationPlots } from '../../src/ui/panels/ActivationPlots/ActivationPlots';

afterEach(cleanup);

const alice = traceScenario(alicePreset);
const she = alice.steps[3];

const titles = (figure: HTMLElement) => [...figure.querySelectorAll('title')].map((title) => title.textContent);
const figure = (name: RegExp) => screen.getByRole('figure', { name });

/** A one-unit step whose pre-activations are exactly the given z values (all weights zero). */
function stepWithZ(zf: number, zi: number, zc: number, zo: number, hiddenSize = 1): LstmStep {
  const zeros = () => Array.from({ length: hiddenSize }, () => [...Array(hiddenSize).fill(0), 0]);
  const fill = (z: number) => Array.from({ length: hiddenSize }, (_, k) => z + k * 0.5);
  return lstmStep(
    { Wf: zeros(), Wi: zeros(), Wc: zeros(), Wo: zeros(), bf: fill(zf), bi: fill(zi), bc: fill(zc), bo: fill(zo) },
    [0],
    Array(hiddenSize).fill(0),
    Array(hiddenSize).fill(0),
  );
}

describe('ActivationPlots', () => {
  it('draws a sigmoid and a tanh plot side by side, each with axes and a curve', () => {
    const { container } = render(<ActivationPlots step={she} digits={3} />);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    const sigmoid = figure(/sigmoid/i);
    const tanh = figure(/tanh/i);
    expect(within(sigmoid).getByText('σ(z)')).toBeInTheDocument();
    expect(within(tanh).getByText('tanh(z)')).toBeInTheDocument();
    for (const plot of [sigmoid, tanh]) {
      expect(within(plot).getByText('z')).toBeInTheDocument();
      expect(within(plot).getByText('−4')).toBeInTheDocument();
      expect(within(plot).getByText('4')).toBeInTheDocument();
      expect(plot.querySelector('svg')?.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    }
    expect(within(sigmoid).getByText('0.5')).toBeInTheDocument();
    expect(within(tanh).getByText('−1')).toBeInTheDocument();
    expect(container.querySelectorAll('path[d^="M"]').length).toBeGreaterThanOrEqual(2);
  });

  it('marks f, i and o on the sigmoid and C̃ on tanh, with their values at "She"', () => {
    render(<ActivationPlots step={she} digits={3} />);
    const sigmoid = figure(/sigmoid/i);
    const tanh = figure(/tanh/i);
    const z = (value: number) => (value < 0 ? '\u2212' : '') + Math.abs(value).toFixed(3);
    expect(titles(sigmoid)).toEqual([
      `f: z = ${z(she.zf[0])}, σ(z) = 0.647`,
      `i: z = ${z(she.zi[0])}, σ(z) = 0.578`,
      `o: z = ${z(she.zo[0])}, σ(z) = 0.476`,
    ]);
    expect(titles(tanh)).toEqual([`C̃: z = ${z(she.zc[0])}, tanh(z) = 0.609`]);
    expect(within(sigmoid).getAllByRole('img').map((point) => point.textContent)).toEqual([
      expect.stringContaining('f 0.647'),
      expect.stringContaining('i 0.578'),
      expect.stringContaining('o 0.476'),
    ]);
    expect(within(tanh).getByRole('img')).toHaveTextContent('C̃ 0.609');
  });

  it('places each point with a CSS transform, so a new step glides instead of jumping', () => {
    const { rerender } = render(<ActivationPlots step={alice.steps[0]} digits={3} />);
    const forget = () => within(figure(/sigmoid/i)).getAllByRole('img')[0];
    const first = forget();
    const before = first.style.transform;
    expect(before).toMatch(/^translate\([\d.]+px, [\d.]+px\)$/);
    rerender(<ActivationPlots step={she} digits={3} />);
    expect(forget()).toBe(first);
    expect(forget().style.transform).not.toBe(before);
  });

  it('pins a pre-activation beyond ±5 to the edge as an arrowhead and keeps its true value', () => {
    render(<ActivationPlots step={stepWithZ(7.25, 0, -6.5, 0)} digits={3} />);
    const forget = within(figure(/sigmoid/i)).getAllByRole('img')[0];
    expect(forget.querySelector('circle')).toBeNull();
    expect(forget.querySelector('path')).not.toBeNull();
    expect(forget).toHaveTextContent('f 0.999 at z = 7.250');
    expect(forget.querySelector('title')?.textContent).toBe(
      'f: z = 7.250 (beyond the plot, drawn at its right edge), σ(z) = 0.999',
    );
    const candidate = within(figure(/tanh/i)).getByRole('img');
    expect(candidate).toHaveTextContent('C̃ −1.000 at z = −6.500');
    expect(candidate.querySelector('title')?.textContent).toContain('left edge');
  });

  it('marks every unit of a bigger cell but labels only the first', () => {
    render(<ActivationPlots step={stepWithZ(0.2, -0.4, 1, 0.1, 3)} digits={2} />);
    const points = within(figure(/sigmoid/i)).getAllByRole('img');
    expect(points).toHaveLength(9);
    expect(points.filter((point) => point.querySelector('text'))).toHaveLength(3);
    expect(titles(figure(/sigmoid/i))).toContain('f unit 3: z = 1.20, σ(z) = 0.77');
    expect(screen.getByText(/the first unit is labelled/)).toBeInTheDocument();
  });
});
