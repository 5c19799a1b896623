import type { LstmStep } from '../../../core';
import { formatNumber } from '../../../tex';
import { fill as fillIn, useT } from '../../../i18n';
import { gateColor, QUANTITY_HEX, signedColor } from '../../../viz';
import type { BeltLayout } from '../../../viz/beltLayout';
import type { SegmentId } from '../../../viz/beltFrame';
import { subscript } from '../../format';
import { LaneValues } from './LaneValues';
import styles from './ConveyorBelt.module.css';

interface BeltLabelsProps {
  layout: BeltLayout;
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
  quantity: string;
  symbol: string;
  values: number[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  color: string;
  /** the segment whose filling reveals this label during the animation */
  revealedBy?: SegmentId;
  /** where per-lane tags go when there are several lanes */
  lanes?: { x: number; y: number; flow: 'horizontal' | 'vertical' | 'column' };
  /** gates' tags are tinted with the gate's own colour; signed values use the diverging scale */
  gate?: boolean;
}

const colorOf = signedColor();

/** Every element's symbol and current value, written next to it (tags on each lane when H > 1). */
export function BeltLabels({ layout, step, t, token, digits, kept, written, tanhC, fill, isLast }: BeltLabelsProps) {
  const words = useT().belt;
  const now = subscript(t);
  const before = subscript(t - 1);
  const lanes = layout.lanes;
  const show = (values: number[]) => values.slice(0, lanes);
  const beltTop = layout.belt.y - layout.pipeSize / 2;
  const riserRight = layout.plus.x + layout.pipeSize / 2 + 10;
  const tapRight = layout.tap.x + layout.pipeSize / 2 + 10;
  const hiddenTop = layout.hiddenExit.y - layout.pipeSize / 2;

  const specs: LabelSpec[] = [
    { quantity: 'cPrev', symbol: `C${before}`, values: step.cPrev, x: layout.belt.x0 + 4, y: beltTop - 12, anchor: 'start', color: QUANTITY_HEX.cell, revealedBy: 'beltIn', lanes: { x: layout.belt.x0 + 44, y: layout.belt.y, flow: 'horizontal' } },
    { quantity: 'f', symbol: `f${now}`, values: step.f, x: layout.forgetValve.x, y: beltTop - 16, anchor: 'middle', color: QUANTITY_HEX.forget, revealedBy: 'beltIn', gate: true, lanes: { x: layout.forgetValve.x - 42, y: layout.belt.y, flow: 'horizontal' } },
    { quantity: 'kept', symbol: `f${now}·C${before}`, values: kept, x: (layout.forgetValve.x + layout.plus.x) / 2 + 10, y: beltTop - 12, anchor: 'middle', color: QUANTITY_HEX.cell, revealedBy: 'beltKept', lanes: { x: (layout.forgetValve.x + layout.plus.x) / 2, y: layout.belt.y, flow: 'horizontal' } },
    { quantity: 'c', symbol: `C${now}`, values: step.c, x: layout.belt.x1 - 4, y: beltTop - 12, anchor: 'end', color: QUANTITY_HEX.cell, revealedBy: 'beltOut', lanes: { x: layout.belt.x1 - 40, y: layout.belt.y, flow: 'horizontal' } },
    { quantity: 'cTilde', symbol: `C̃${now}`, values: step.cTilde, x: riserRight, y: layout.boxes.candidate.cy - layout.boxes.candidate.height / 2 - 8, anchor: 'start', color: QUANTITY_HEX.candidate, revealedBy: 'candidateLow', lanes: { x: layout.plus.x, y: layout.boxes.candidate.cy - layout.boxes.candidate.height / 2 - 18, flow: 'vertical' } },
    { quantity: 'written', symbol: `i${now}·C̃${now}`, values: written, x: riserRight, y: (layout.inputValve.y + layout.belt.y + layout.pipeSize / 2) / 2 + 8, anchor: 'start', color: QUANTITY_HEX.candidate, revealedBy: 'candidateHigh', lanes: { x: layout.plus.x, y: (layout.inputValve.y + layout.belt.y + layout.pipeSize / 2) / 2, flow: 'vertical' } },
    { quantity: 'i', symbol: `i${now}`, values: step.i, x: (layout.boxes.input.cx + layout.inputValve.x - layout.pipeSize / 2 - 30) / 2, y: layout.inputValve.y - 12, anchor: 'middle', color: QUANTITY_HEX.input, revealedBy: 'candidateLow', gate: true, lanes: { x: layout.plus.x, y: layout.inputValve.y + 32, flow: 'vertical' } },
    { quantity: 'tanhC', symbol: `tanh(C${now})`, values: tanhC, x: tapRight + 12, y: layout.tanhNode.y + 6, anchor: 'start', color: QUANTITY_HEX.cell, revealedBy: 'tanhToValve', lanes: { x: layout.tap.x, y: (layout.tanhNode.y + layout.outputValve.y) / 2 - 16, flow: 'vertical' } },
    { quantity: 'o', symbol: `o${now}`, values: step.o, x: (layout.boxes.output.cx + layout.outputValve.x - layout.pipeSize / 2 - 30) / 2, y: layout.outputValve.y - 12, anchor: 'middle', color: QUANTITY_HEX.output, revealedBy: 'tapToTanh', gate: true, lanes: { x: layout.tap.x, y: layout.outputValve.y - 28, flow: 'vertical' } },
    { quantity: 'h', symbol: `h${now}`, values: step.h, x: layout.hiddenExit.x1 - 4, y: hiddenTop - 12, anchor: 'end', color: QUANTITY_HEX.hidden, revealedBy: 'hiddenOut', lanes: { x: layout.hiddenExit.x1 - 40, y: layout.hiddenExit.y, flow: 'horizontal' } },
    { quantity: 'hPrev', symbol: `h${before}`, values: step.hPrev, x: layout.bus.x0 + 30, y: layout.bus.y - 12, anchor: 'start', color: QUANTITY_HEX.hidden, lanes: { x: layout.bus.x0 + 116, y: layout.bus.y - 62, flow: 'column' } },
  ];

  return (
    <g className={styles.labels}>
      {specs.map((spec) => {
        const opacity = spec.revealedBy ? 0.2 + 0.8 * fill[spec.revealedBy] : 1;
        if (lanes > 1 && spec.lanes) {
          const { x, y, flow } = spec.lanes;
          const gateTint = gateColor(spec.color);
          return (
            <g key={spec.quantity} style={{ opacity }}>
              <text className={styles.labelSymbol} x={spec.x} y={spec.y} textAnchor={spec.anchor} fill={spec.color}>
                {spec.symbol}
              </text>
              <LaneValues
                x={x}
                y={y}
                flow={flow}
                laneOffsets={layout.laneOffsets}
                laneSize={layout.laneSize}
                values={show(spec.values)}
                background={spec.gate ? gateTint : colorOf}
                digits={digits}
                quantity={spec.quantity}
              />
            </g>
          );
        }
        return (
          <text key={spec.quantity} className={styles.label} x={spec.x} y={spec.y} textAnchor={spec.anchor} style={{ opacity }}>
            <tspan className={styles.labelSymbol} fill={spec.color}>
              {spec.symbol}
            </tspan>
            <tspan className={styles.labelEquals}> = </tspan>
            <tspan className={styles.labelValue} data-belt-quantity={spec.quantity} data-unit={0}>
              {formatNumber(spec.values[0], digits)}
            </tspan>
          </text>
        );
      })}
      <text className={styles.label} x={layout.xEntry.x + 12} y={layout.xEntry.y - 2} textAnchor="start">
        <tspan className={styles.labelSymbol}>x{now}</tspan>
        <tspan className={styles.labelEquals}> = </tspan>
        <tspan className={styles.labelToken}>{token}</tspan>
        <tspan className={styles.labelEquals}> [{step.x.map((v) => (Number.isInteger(v) ? String(v) : formatNumber(v, digits))).join(', ')}]</tspan>
      </text>
      <text className={styles.loopLabel} x={(layout.loop[1].x + layout.loop[2].x) / 2} y={layout.loop[1].y - 8} textAnchor="middle">
        {fillIn(isLast ? words.carryLast : words.carry, { h: `h${now}`, c: `C${now}`, next: t + 1 })}
      </text>
    </g>
  );
}
