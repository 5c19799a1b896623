import type { LstmStep } from '../../../core';
import { formatNumber } from '../../../tex';
import { fill as fillIn, useT } from '../../../i18n';
import { gateColor, QUANTITY_HEX, signedColor } from '../../../viz';
import type { BeltLayout, LstmLabelId } from '../../../viz/beltLayout';
import type { SegmentId } from '../../../viz/beltFrame';
import { subscript } from '../../format';
import { LaneValues } from './LaneValues';
import styles from './ConveyorBelt.module.css';

interface BeltLabelsProps {
  layout: BeltLayout;
  /** the lane whose values are written out when there are several */
  focus: number;
  /** the cell's caption, e.g. "LSTM cell · t = 3" */
  title: string;
  step: LstmStep;
  t: number;
  token: string;
  digits: number;
  /** f ⊙ C_{t-1}, i ⊙ C̃ and tanh(C_t), computed once by the belt */
  kept: number[];
  written: number[];
  tanhC: number[];
  fill: Record<SegmentId, number>;
  /** true at the sentence's last word, where nothing carries over */
  isLast: boolean;
}

interface LabelSpec {
  quantity: LstmLabelId;
  symbol: string;
  values: number[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  color: string;
  /** the segment whose filling reveals this label during the animation */
  revealedBy?: SegmentId;
  /** where small per-lane tags go on a horizontal pipe when there are several lanes (wide drawing only) */
  lanes?: { x: number; y: number };
  /** gates' tags are tinted with the gate's own colour; signed values use the diverging scale */
  gate?: boolean;
}

const colorOf = signedColor();

/**
 * Every element's symbol and current value, written next to it. With several units the values are the
 * focused unit's, marked [k]; in the wide drawing the lanes of horizontal pipes also carry small tags.
 * A portrait layout names its own anchors (in screen coordinates; this group is not turned).
 */
export function BeltLabels({ layout, focus, title, step, t, token, digits, kept, written, tanhC, fill, isLast }: BeltLabelsProps) {
  const words = useT().belt;
  const now = subscript(t);
  const before = subscript(t - 1);
  const lanes = layout.lanes;
  const show = (values: number[]) => values.slice(0, lanes);
  const beltTop = layout.belt.y - layout.pipeSize / 2;
  const riserRight = layout.plus.x + layout.pipeSize / 2 + 10;
  const tapRight = layout.tap.x + layout.pipeSize / 2 + 10;
  const hiddenTop = layout.hiddenExit.y - layout.pipeSize / 2;

  const several = lanes > 1;
  const unit = several ? focus : 0;
  const anchors = layout.labels;
  const specs: LabelSpec[] = [
    { quantity: 'cPrev', symbol: `C${before}`, values: step.cPrev, x: layout.belt.x0 + 4, y: beltTop - 12, anchor: 'start', color: QUANTITY_HEX.cell, revealedBy: 'beltIn', lanes: { x: layout.belt.x0 + 44, y: layout.belt.y } },
    { quantity: 'f', symbol: `f${now}`, values: step.f, x: layout.forgetValve.x, y: beltTop - 16, anchor: 'middle', color: QUANTITY_HEX.forget, revealedBy: 'beltIn', gate: true, lanes: { x: layout.forgetValve.x - 42, y: layout.belt.y } },
    { quantity: 'kept', symbol: `f${now}·C${before}`, values: kept, x: (layout.forgetValve.x + layout.plus.x) / 2 + (several ? 30 : 10), y: beltTop - 12, anchor: 'middle', color: QUANTITY_HEX.cell, revealedBy: 'beltKept', lanes: { x: (layout.forgetValve.x + layout.plus.x) / 2, y: layout.belt.y } },
    { quantity: 'c', symbol: `C${now}`, values: step.c, x: layout.belt.x1 - 4, y: beltTop - 12, anchor: 'end', color: QUANTITY_HEX.cell, revealedBy: 'beltOut', lanes: { x: layout.belt.x1 - 40, y: layout.belt.y } },
    { quantity: 'cTilde', symbol: `C̃${now}`, values: step.cTilde, x: riserRight, y: layout.boxes.candidate.cy - layout.boxes.candidate.height / 2 - 8, anchor: 'start', color: QUANTITY_HEX.candidate, revealedBy: 'candidateLow' },
    { quantity: 'written', symbol: `i${now}·C̃${now}`, values: written, x: riserRight, y: several ? layout.belt.y + layout.pipeSize / 2 + 24 : (layout.inputValve.y + layout.belt.y + layout.pipeSize / 2) / 2 + 8, anchor: 'start', color: QUANTITY_HEX.candidate, revealedBy: 'candidateHigh' },
    { quantity: 'i', symbol: `i${now}`, values: step.i, x: (layout.boxes.input.cx + layout.inputValve.x - layout.pipeSize / 2 - 30) / 2, y: layout.inputValve.y - 12, anchor: 'middle', color: QUANTITY_HEX.input, revealedBy: 'candidateLow', gate: true },
    { quantity: 'tanhC', symbol: `tanh(C${now})`, values: tanhC, ...(several ? { x: layout.width - 4, y: layout.tanhNode.y - 24, anchor: 'end' as const } : { x: tapRight + 12, y: layout.tanhNode.y + 6, anchor: 'start' as const }), color: QUANTITY_HEX.cell, revealedBy: 'tanhToValve' },
    { quantity: 'o', symbol: `o${now}`, values: step.o, x: (layout.boxes.output.cx + layout.outputValve.x - layout.pipeSize / 2 - 30) / 2, y: layout.outputValve.y - 12, anchor: 'middle', color: QUANTITY_HEX.output, revealedBy: 'tapToTanh', gate: true },
    { quantity: 'h', symbol: `h${now}`, values: step.h, x: layout.hiddenExit.x1 - 4, y: hiddenTop - 12, anchor: 'end', color: QUANTITY_HEX.hidden, revealedBy: 'hiddenOut', lanes: { x: layout.hiddenExit.x1 - 40, y: layout.hiddenExit.y } },
    { quantity: 'hPrev', symbol: `h${before}`, values: step.hPrev, x: layout.bus.x0 + 30, y: layout.bus.y - 12, anchor: 'start', color: QUANTITY_HEX.hidden },
  ];

  const placed = (id: LstmLabelId, x: number, y: number, anchor: LabelSpec['anchor']) => anchors?.[id] ?? { x, y, anchor };
  const titleAt = placed('title', layout.cell.x + layout.cell.width - 18, layout.cell.y + layout.cell.height - 14, 'end');
  const xAt = placed('x', layout.xEntry.x + 12, layout.xEntry.y - 2, 'start');
  const loopAt = placed('loop', (layout.loop[1].x + layout.loop[2].x) / 2, layout.loop[1].y - 8, 'middle');

  return (
    <g className={styles.labels}>
      <text className={styles.cellTitle} x={titleAt.x} y={titleAt.y} textAnchor={titleAt.anchor}>
        {title}
      </text>
      {specs.map((spec) => {
        const opacity = spec.revealedBy ? 0.2 + 0.8 * fill[spec.revealedBy] : 1;
        const at = placed(spec.quantity, spec.x, spec.y, spec.anchor);
        const gateTint = gateColor(spec.color);
        return (
          <g key={spec.quantity} style={{ opacity }}>
            <text className={styles.label} x={at.x} y={at.y} textAnchor={at.anchor}>
              <tspan className={styles.labelSymbol} fill={spec.color}>
                {spec.symbol}
              </tspan>
              {several && <tspan className={styles.labelUnit}>[{unit + 1}]</tspan>}
              <tspan className={styles.labelEquals}> = </tspan>
              <tspan className={styles.labelValue} data-belt-quantity={spec.quantity} data-unit={unit}>
                {formatNumber(spec.values[unit], digits)}
              </tspan>
            </text>
            {several && spec.lanes && !anchors && (
              <LaneValues
                x={spec.lanes.x}
                y={spec.lanes.y}
                laneOffsets={layout.laneOffsets}
                laneSize={layout.laneSize}
                values={show(spec.values)}
                focus={unit}
                background={spec.gate ? gateTint : colorOf}
                digits={digits}
                quantity={spec.quantity}
              />
            )}
          </g>
        );
      })}
      <text className={styles.label} x={xAt.x} y={xAt.y} textAnchor={xAt.anchor}>
        <tspan className={styles.labelSymbol}>x{now}</tspan>
        <tspan className={styles.labelEquals}> = </tspan>
        <tspan className={styles.labelToken}>{token}</tspan>
        <tspan className={styles.labelEquals}> [{step.x.map((v) => (Number.isInteger(v) ? String(v) : formatNumber(v, digits))).join(', ')}]</tspan>
      </text>
      <text className={styles.loopLabel} x={loopAt.x} y={loopAt.y} textAnchor={loopAt.anchor}>
        {fillIn(isLast ? words.carryLast : words.carry, { h: `h${now}`, c: `C${now}`, next: t + 1 })}
      </text>
    </g>
  );
}
