// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useReducer } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { alicePreset, withCell, type CellKind, type Scenario } from '../../src/model';
import { explainerReducer, initialExplainerState } from '../../src/state';
import { WeightEditor } from '../../src/ui/panels/WeightEditor/WeightEditor';

afterEach(cleanup);

/** The editor wired to the real reducer, starting from the scenario in the given cell. */
function Editor({ scenario }: { scenario: Scenario }) {
  const [state, dispatch] = useReducer(explainerReducer, { ...initialExplainerState, scenario, origin: scenario });
  return (
    <>
      <output data-testid="params">{JSON.stringify(state.scenario.params)}</output>
      <WeightEditor
        scenario={state.scenario}
        digits={3}
        focusedGate={null}
        pickedAt={null}
        canUndo={state.history.undo.length > 0}
        canRedo={false}
        canReset={false}
        onWeight={(name, row, column, value, group) => dispatch({ type: 'setWeight', name, row, column, value, group })}
        onBias={(name, row, value, group) => dispatch({ type: 'setBias', name, row, value, group })}
        onUndo={() => dispatch({ type: 'undo' })}
        onRedo={() => {}}
        onReset={() => {}}
      />
    </>
  );
}

const regions = () => screen.getAllByRole('region').flatMap((region) => region.getAttribute('aria-label') ?? []);
const params = () => JSON.parse(screen.getByTestId('params').textContent ?? '{}') as Record<string, unknown>;
const open = (kind: CellKind) => render(<Editor scenario={withCell(alicePreset, kind)} />);

describe('the weight editor follows the cell', () => {
  it('standard LSTM: four gates', () => {
    open('lstm');
    expect(regions()).toEqual(['Forget gate weights', 'Input gate weights', 'Candidate weights', 'Output gate weights']);
  });

  it('coupled: no input layer', () => {
    open('coupled');
    expect(regions()).toEqual(['Forget gate weights', 'Candidate weights', 'Output gate weights']);
  });

  it('GRU: update, reset and candidate layers; a typed weight changes Wz', () => {
    open('gru');
    expect(regions()).toEqual(['Update gate weights', 'Reset gate weights', 'Candidate hidden state weights']);
    expect(screen.getByText(/multiply r ⊙ h/)).toBeInTheDocument();
    const weight = screen.getByRole('spinbutton', { name: 'W z, unit 1, verb' });
    fireEvent.keyDown(weight, { key: 'ArrowUp', altKey: true });
    expect((params().Wz as number[][])[0][2]).toBeCloseTo(0.2, 10);
    // The slider starts on the GRU's first weight, not on a Wf the GRU does not have.
    expect(screen.getByRole('slider', { name: /W z, unit 1/ })).toBeInTheDocument();
  });

  it('peephole: the peephole grid edits pf, pi, po', () => {
    open('peephole');
    expect(regions()).toEqual(['Forget gate weights', 'Input gate weights', 'Candidate weights', 'Output gate weights', 'Peepholes']);
    const grid = screen.getByRole('region', { name: 'Peepholes' });
    const po = within(grid).getByRole('spinbutton', { name: 'p o, unit 1' });
    expect(po).toHaveAttribute('aria-valuenow', '0');
    fireEvent.keyDown(po, { key: 'ArrowUp', altKey: true });
    expect(params().po).toEqual([0.1]);
    expect(params().pf).toEqual([0]);
  });
});
