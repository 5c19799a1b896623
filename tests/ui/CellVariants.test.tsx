// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../src/i18n';
import { alicePreset, CELL_KINDS, traceScenario, withBias, withCell, type CellKind, type Scenario } from '../../src/model';
import { explainerReducer, initialExplainerState } from '../../src/state';
import { CellSwitch } from '../../src/ui/panels/CellSwitch/CellSwitch';
import { ActivationPlots } from '../../src/ui/panels/ActivationPlots/ActivationPlots';
import { CellValues } from '../../src/ui/panels/CellValues/CellValues';
import { ConveyorBelt } from '../../src/ui/panels/ConveyorBelt/ConveyorBelt';
import { Equations } from '../../src/ui/panels/Equations/Equations';
import { Narration } from '../../src/ui/panels/Narration/Narration';
import { Timeline } from '../../src/ui/panels/Timeline/Timeline';

afterEach(cleanup);

const noop = () => {};
const inChinese = (ui: ReactNode) => render(<LanguageProvider language="zh" onChange={noop}>{ui}</LanguageProvider>);
const scenarioOf = (kind: CellKind): Scenario => (kind === 'peephole' ? withBias(withCell(alicePreset, kind), 'po', 0, 1) : withCell(alicePreset, kind));

// Step 0 of Alice, by hand (see tests/tex/cellEquations.test.ts): the GRU's z = 0.450, r = 0.401, h̃ = 0.197,
// h = 0.089; the coupled LSTM's i = 1 − 0.550 = 0.450; the peephole LSTM with p_o = 1 has o = 0.431.
const EXPECTED: Record<CellKind, { names: string[]; values: Record<string, string> }> = {
  lstm: { names: ['Forget gate', 'Input gate', 'Candidate memory', 'Cell state update', 'Output gate', 'Hidden state'], values: { f: '0.550', i: '0.622' } },
  peephole: { names: ['Forget gate', 'Input gate', 'Candidate memory', 'Cell state update', 'Output gate', 'Hidden state'], values: { o: '0.431' } },
  coupled: {
    names: ['Forget gate', 'Input gate = 1 − forget gate', 'Candidate memory', 'Cell state update', 'Output gate', 'Hidden state'],
    values: { i: '0.450', c: '0.089' },
  },
  gru: { names: ['Update gate', 'Reset gate', 'Candidate hidden state', 'Hidden state update'], values: { z: '0.450', r: '0.401', hTilde: '0.197', h: '0.089' } },
};

describe('every panel follows the cell', () => {
  for (const kind of CELL_KINDS) {
    it(`${kind}: equations, values, timeline and plots name the cell's quantities with its numbers`, () => {
      const scenario = scenarioOf(kind);
      const trace = traceScenario(scenario);
      const step = trace.cellSteps[0];
      const { container } = render(
        <>
          <Equations params={scenario.params} step={step} t={0} digits={3} highlighted={[]} onHighlight={noop} />
          <CellValues step={step} t={0} token="Alice" digits={3} cell={kind} />
          <Timeline trace={trace} current={0} onSelect={noop} digits={3} />
          <ActivationPlots step={step} digits={3} cell={kind} />
        </>,
      );
      const equations = [...container.querySelectorAll('[data-equation]')];
      expect(equations.map((item) => item.querySelector('span')?.textContent?.replace(/[+−]$/, ''))).toEqual(EXPECTED[kind].names);
      for (const [key, value] of Object.entries(EXPECTED[kind].values)) {
        expect(container.querySelector(`td[data-quantity="${key}"][data-unit="0"]`)?.textContent).toBe(value);
        expect(container.querySelector(`[data-timeline-quantity="${key}"]`)?.textContent).toContain(value);
      }
      const rowCount = kind === 'gru' ? 4 : 6;
      expect(screen.getByRole('grid').querySelectorAll('tbody tr')).toHaveLength(rowCount);
    });
  }

  it('GRU: a layer expands to its dot product over [r ⊙ h, x], and the plots name the GRU’s gates', () => {
    const scenario = withCell(alicePreset, 'gru');
    const step = traceScenario(scenario).cellSteps[1];
    const { container } = render(
      <>
        <Equations params={scenario.params} step={step} t={1} digits={3} highlighted={[]} onHighlight={noop} />
        <ActivationPlots step={step} digits={3} />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: /Candidate hidden state/ }));
    expect(container.querySelector('[data-expansion="candidate"] .katex-mathml annotation')?.textContent).toContain('r_{1} \\odot h_{0}');
    expect(screen.getByRole('figure', { name: /update and reset gates/ })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /candidate hidden state/ })).toBeInTheDocument();
  });

  it('peephole: the output gate’s expansion includes p_o · C', () => {
    const scenario = scenarioOf('peephole');
    const { container } = render(
      <Equations params={scenario.params} step={traceScenario(scenario).cellSteps[0]} t={0} digits={3} highlighted={[]} onHighlight={noop} />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Output gate/ }));
    expect(container.querySelector('[data-expansion="output"] .katex-mathml annotation')?.textContent).toContain('1.000 \\cdot 0.123');
  });

  it('the GRU in Chinese: 更新门, 重置门, 候选隐藏状态', () => {
    const scenario = withCell(alicePreset, 'gru');
    const trace = traceScenario(scenario);
    const { container } = inChinese(
      <>
        <Equations params={scenario.params} step={trace.cellSteps[0]} t={0} digits={3} highlighted={[]} onHighlight={noop} />
        <CellValues step={trace.cellSteps[0]} t={0} token="Alice" digits={3} />
      </>,
    );
    const names = [...container.querySelectorAll('[data-equation] > * > span:first-child')].map((span) => span.textContent?.replace(/[+−]$/, ''));
    expect(names).toEqual(['更新门', '重置门', '候选隐藏状态', '隐藏状态更新']);
    expect(screen.getAllByText('候选隐藏状态').length).toBeGreaterThan(1);
  });
});

describe('the cell switch', () => {
  it('is a labelled radio group; picking a cell dispatches it and says what happened to the weights', () => {
    let state = initialExplainerState;
    const view = render(<CellSwitch scenario={state.scenario} onCell={(cell) => (state = explainerReducer(state, { type: 'setCell', cell }))} />);
    const group = screen.getByRole('radiogroup', { name: 'Cell type' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => (radio as HTMLInputElement).value)).toEqual(['lstm', 'peephole', 'coupled', 'gru']);
    expect(within(group).getByRole('radio', { name: /Standard LSTM/ })).toBeChecked();
    fireEvent.click(within(group).getByRole('radio', { name: /^GRU/ }));
    expect(state.scenario.cell).toBe('gru');
    view.rerender(<CellSwitch scenario={state.scenario} onCell={noop} />);
    expect(within(group).getByRole('radio', { name: /^GRU/ })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('the update gate starts from the forget layer negated');
  });

  it('LSTM → peephole says every number is unchanged; in Chinese too', () => {
    inChinese(<CellSwitch scenario={alicePreset} onCell={noop} />);
    const group = screen.getByRole('radiogroup', { name: '单元类型' });
    expect(within(group).getByRole('radio', { name: /门控循环单元 GRU/ })).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: /耦合的输入门与遗忘门/ })).toBeInTheDocument();
    fireEvent.click(within(group).getByRole('radio', { name: /窥视孔/ }));
    // The parent did not switch (noop), so the note waits for the scenario to run the new cell.
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});

describe('the belt follows the cell', () => {
  const clock = { subscribe: () => () => {}, getProgress: () => 1 } as unknown as Parameters<typeof ConveyorBelt>[0]['clock'];
  const beltOf = (kind: CellKind) => {
    const scenario = scenarioOf(kind);
    const steps = traceScenario(scenario).cellSteps;
    return render(
      <ConveyorBelt step={steps[3]} previous={steps[2]} cell={kind} params={scenario.params} t={3} token="She" isLast={false} clock={clock} digits={3} highlighted={null} onHighlight={noop} />,
    );
  };
  const text = (container: HTMLElement, quantity: string) => container.querySelector(`[data-belt-quantity="${quantity}"]`)?.textContent;

  it('standard LSTM: four layer boxes, no peepholes, no "1 −"', () => {
    const { container } = beltOf('lstm');
    expect(container.querySelectorAll('[data-layer]')).toHaveLength(4);
    expect(container.querySelectorAll('[data-peephole]')).toHaveLength(0);
    expect(container.querySelector('[data-node="complement"]')).toBeNull();
    expect(text(container, 'f')).toBe('0.647');
  });

  it('peephole: dashed taps into f, i and o with their weights', () => {
    const { container } = beltOf('peephole');
    expect([...container.querySelectorAll('[data-peephole]')].map((tap) => tap.getAttribute('data-peephole'))).toEqual(['forget', 'input', 'output']);
    expect(text(container, 'po')).toBe(' = 1.000');
    expect(screen.getByText(/Peephole LSTM cell/)).toBeInTheDocument();
  });

  it('coupled: no input box, a "1 −" node into the input valve', () => {
    const { container } = beltOf('coupled');
    expect([...container.querySelectorAll('[data-layer]')].map((box) => box.getAttribute('data-layer'))).toEqual(['forget', 'candidate', 'output']);
    expect(container.querySelector('[data-node="complement"]')?.textContent).toContain('1 −');
    expect(Number(text(container, 'i')) + Number(text(container, 'f'))).toBeCloseTo(1, 2);
  });

  it('GRU: its own belt with update, reset and candidate, keep and write valves, h on the belt', () => {
    const { container } = beltOf('gru');
    expect(screen.getByTestId('belt')).toHaveAttribute('data-cell', 'gru');
    expect([...container.querySelectorAll('[data-layer]')].map((box) => box.getAttribute('data-layer'))).toEqual(['reset', 'candidate', 'update']);
    expect(container.querySelectorAll('[data-valve]')).toHaveLength(3);
    for (const quantity of ['hPrev', 'keep', 'kept', 'r', 'resetHPrev', 'hTilde', 'written', 'z', 'h']) expect(text(container, quantity)).toMatch(/^−?\d\.\d{3}$/);
    expect(Number(text(container, 'keep')) + Number(text(container, 'z'))).toBeCloseTo(1, 2);
    expect(screen.getByText('h₃ carries over to step t = 4')).toBeInTheDocument();
  });
});

describe('the narration follows the cell', () => {
  it('tells the GRU’s story with its own colours, in English and Chinese', () => {
    const trace = traceScenario(withCell(alicePreset, 'gru'));
    const view = render(<Narration trace={trace} step={3} digits={3} />);
    expect(screen.getByTestId('narration')).toHaveTextContent('The update gate is mostly closed');
    expect(view.container.querySelector('[data-tone="z"]')).not.toBeNull();
    expect(view.container.querySelector('[data-tone="r"]')).not.toBeNull();
    cleanup();
    inChinese(<Narration trace={trace} step={3} digits={3} />);
    expect(screen.getByTestId('narration')).toHaveTextContent('重置门开了一半左右');
  });
});
