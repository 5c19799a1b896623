import { memo, useRef, useState } from 'react';
import type { CellEquationId } from '../../../tex';
import { isGruStep, type CellKind, type CellParams, type CellStep } from '../../../model';
import { MAX_LANES, type BeltOrientation } from '../../../viz/beltLayout';
import { unitOfLargestChange } from '../../../viz/beltTurn';
import type { OnHighlight } from '../../common/linkedHighlight';
import type { AnimationClock } from '../../hooks/animationClock';
import { useElementWidth } from '../../hooks/useElementWidth';
import { GruBelt } from './GruBelt';
import { LstmFamilyBelt } from './LstmBelt';
import { UnitPicker } from './UnitPicker';
import styles from './ConveyorBelt.module.css';

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

/** What the belt decides for itself and hands to the drawing: how it is turned and which unit its numbers speak of. */
export interface BeltView {
  orientation: BeltOrientation;
  /** the lane whose values the labels show (0 with a single unit) */
  focus: number;
}

/** Below this width the wide drawing's labels would shrink under 12 px: the belt is drawn for portrait instead. */
const PORTRAIT_BELOW = 640;

/**
 * The memory cell as a conveyor belt: C flows left to right through the forget valve and the + junction
 * (with dashed peephole taps into the gates for the peephole LSTM, and a "1 −" node in place of the input
 * layer for the coupled one); the GRU has its own belt, on which h itself rides. In a narrow container
 * the drawing is turned so the belt runs top to bottom; with several units one unit's values are shown,
 * the unit that changed most unless the reader picks another.
 */
export const ConveyorBelt = memo(function ConveyorBelt(props: ConveyorBeltProps) {
  const { step, previous } = props;
  const frame = useRef<HTMLDivElement>(null);
  const width = useElementWidth(frame, 1000);
  const [chosen, setChosen] = useState<number | null>(null);
  const lanes = Math.min(step.h.length, MAX_LANES);
  const [now, before] = 'c' in step ? [step.c, step.cPrev] : [step.h, step.hPrev];
  const automatic = unitOfLargestChange(now, before, lanes);
  const view: BeltView = {
    orientation: width < PORTRAIT_BELOW ? 'portrait' : 'landscape',
    focus: chosen !== null && chosen < lanes ? chosen : automatic,
  };
  const kind = props.cell === 'peephole' || props.cell === 'coupled' ? props.cell : 'lstm';
  return (
    <div ref={frame} className={styles.frame}>
      {lanes > 1 && <UnitPicker lanes={lanes} chosen={chosen !== null && chosen < lanes ? chosen : null} automatic={automatic} onChoose={setChosen} />}
      {isGruStep(step) ? (
        <GruBelt {...props} view={view} step={step} previous={previous && isGruStep(previous) ? previous : null} />
      ) : (
        <LstmFamilyBelt {...props} view={view} kind={kind} step={step} previous={previous && !isGruStep(previous) ? previous : null} />
      )}
    </div>
  );
});
