import type { LstmParams } from '../../core';
import { cellOf, type CellKind, type LstmScenario, type Scenario } from '../scenario';

/**
 * Switching cells, as one undoable edit. The LSTM is the hub: every cell is read as an LSTM, then written
 * as the target. The choices, each keeping as much of the behaviour as the target can express:
 * - LSTM → peephole: all peepholes 0, so every number stays the same.
 * - LSTM → coupled: Wi and bi are dropped; the input gate becomes 1 − f.
 * - coupled → LSTM (or peephole): Wi = −Wf, bi = −bf, so i = σ(−z_f) = 1 − f and every number stays.
 * - peephole → LSTM (or coupled, GRU): the peepholes are dropped.
 * - LSTM → GRU: the update gate takes the forget layer negated (Wz = −Wf, bz = −bf, so 1 − z is the
 *   forget gate at the same pre-activation); the reset gate takes the output layer (both decide how much
 *   of the memory the layers see); the candidate layer is kept (Wh = Wc, bh = bc); the input layer and
 *   c0 are dropped. GRU → LSTM reverses it with i = z, so GRU → LSTM → GRU gives the same GRU back.
 */

/** How a switch from one cell to another treats the numbers: the UI words each case. */
export type CellConversion = 'same' | 'exact' | 'dropsPeepholes' | 'dropsInputLayer' | 'toGru' | 'fromGru';

/** What switching `from` → `to` does to the scenario's parameters (see the rules above). Pure. */
export function cellConversion(scenario: Scenario, to: CellKind): CellConversion {
  const from = cellOf(scenario);
  if (from === to) return 'same';
  if (to === 'gru') return 'toGru';
  if (from === 'gru') return 'fromGru';
  if (to === 'coupled') return 'dropsInputLayer';
  return scenario.cell === 'peephole' && hasPeepholes(scenario.params) ? 'dropsPeepholes' : 'exact';
}

function hasPeepholes(params: { pf: number[]; pi: number[]; po: number[] }): boolean {
  return [...params.pf, ...params.pi, ...params.po].some((value) => value !== 0);
}

// 0 − w rather than −w: a zero weight stays 0, not −0.
const negateRow = (row: readonly number[]) => row.map((value) => 0 - value);
const copyRow = (row: readonly number[]) => [...row];
const copyMatrix = (matrix: readonly (readonly number[])[]) => matrix.map(copyRow);
const negateMatrix = (matrix: readonly (readonly number[])[]) => matrix.map(negateRow);

/** The scenario read as a standard LSTM (the hub of every switch). Fresh arrays; never mutates. Pure. */
export function asLstmScenario(scenario: Scenario): LstmScenario {
  const { cell: _cell, params: _params, ...base } = scenario;
  const withParams = (params: LstmParams): LstmScenario => ({ ...base, params });
  switch (scenario.cell) {
    case undefined:
    case 'lstm':
      return withParams(copyLstm(scenario.params));
    case 'peephole':
      return withParams(copyLstm(scenario.params));
    case 'coupled': {
      const p = scenario.params;
      return withParams({
        Wf: copyMatrix(p.Wf), Wi: negateMatrix(p.Wf), Wc: copyMatrix(p.Wc), Wo: copyMatrix(p.Wo),
        bf: copyRow(p.bf), bi: negateRow(p.bf), bc: copyRow(p.bc), bo: copyRow(p.bo),
      });
    }
    case 'gru': {
      const p = scenario.params;
      return withParams({
        Wf: negateMatrix(p.Wz), Wi: copyMatrix(p.Wz), Wc: copyMatrix(p.Wh), Wo: copyMatrix(p.Wr),
        bf: negateRow(p.bz), bi: copyRow(p.bz), bc: copyRow(p.bh), bo: copyRow(p.br),
      });
    }
  }
}

function copyLstm(p: LstmParams): LstmParams {
  return {
    Wf: copyMatrix(p.Wf), Wi: copyMatrix(p.Wi), Wc: copyMatrix(p.Wc), Wo: copyMatrix(p.Wo),
    bf: copyRow(p.bf), bi: copyRow(p.bi), bc: copyRow(p.bc), bo: copyRow(p.bo),
  };
}

/**
 * The scenario running another cell, converted as described above; the same object when it already runs
 * that cell (so the reducer records nothing). Sentence, features, vocabulary, h0, title and source figures
 * are kept (the article note says itself when its figures no longer apply). Never mutates. Pure.
 */
export function withCell(scenario: Scenario, kind: CellKind): Scenario {
  if (cellOf(scenario) === kind) return scenario;
  const lstm = asLstmScenario(scenario);
  const { params: p, cell: _cell, ...base } = lstm;
  switch (kind) {
    case 'lstm':
      return lstm;
    case 'peephole': {
      const zeros = () => p.bf.map(() => 0);
      return { ...base, cell: 'peephole', params: { ...p, pf: zeros(), pi: zeros(), po: zeros() } };
    }
    case 'coupled':
      return { ...base, cell: 'coupled', params: { Wf: p.Wf, Wc: p.Wc, Wo: p.Wo, bf: p.bf, bc: p.bc, bo: p.bo } };
    case 'gru': {
      const { c0: _c0, ...withoutCellState } = base;
      return {
        ...withoutCellState,
        cell: 'gru',
        params: { Wz: negateMatrix(p.Wf), Wr: p.Wo, Wh: p.Wc, bz: negateRow(p.bf), br: p.bo, bh: p.bc },
      };
    }
  }
}
