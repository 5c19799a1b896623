import { memo } from 'react';
import type { CellEquationId } from '../../../tex';
import { isGruStep, type CellKind, type CellParams, type CellStep } from '../../../model';
import type { OnHighlight } from '../../common/linkedHighlight';
import type { AnimationClock } from '../../hooks/animationClock';
import { GruBelt } from './GruBelt';
import { LstmFamilyBelt } from './LstmBelt';

/** The props of the belt: any cell's step, and the step before it. */
export interface ConveyorBeltProps {
  step: CellStep;
  /** the step before, whose gate openings the valves swing from while this step plays */
  previous: CellStep | null;
  /** the cell: a GRU step always draws the GRU; otherwise the standard LSTM unless told (peephole, coupled) */
  cell?: CellKind;
  /** the scenario's parameters, so the peephole taps can show their weights (optional) */
  params?: CellParams;
  t: number;
  token: string;
  /** true at the sentence's last word */
  isLast: boolean;
  clock: AnimationClock;
  digits: number;
  highlighted: CellEquationId | null;
  onHighlight: OnHighlight;
  /**
   * a gate or layer was clicked: open its weights (the GRU's valves and boxes pass 'update' or 'reset').
   * Declared as a method so a handler written for the LSTM's four gates still fits.
   */
  onSelectGate?(equation: CellEquationId): void;
}

/**
 * The memory cell as a conveyor belt: C flows left to right through the forget valve and the + junction
 * (with dashed peephole taps into the gates for the peephole LSTM, and a "1 −" node in place of the input
 * layer for the coupled one); the GRU has its own belt, on which h itself rides.
 */
export const ConveyorBelt = memo(function ConveyorBelt(props: ConveyorBeltProps) {
  const { step, previous } = props;
  if (isGruStep(step)) return <GruBelt {...props} step={step} previous={previous && isGruStep(previous) ? previous : null} />;
  const kind = props.cell === 'peephole' || props.cell === 'coupled' ? props.cell : 'lstm';
  return <LstmFamilyBelt {...props} kind={kind} step={step} previous={previous && !isGruStep(previous) ? previous : null} />;
});

