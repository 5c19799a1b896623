import type { GruStep } from '../../../core';
import { formatNumber } from '../../../tex';
import { fill as fillIn, useT } from '../../../i18n';
import { CELLS } from '../../../model';
import { gateColor, signedColor } from '../../../viz';
import type { GruBeltLayout, GruSegmentId } from '../../../viz/gruBelt';
import { subscript } from '../../format';
import { LaneValues } from './LaneValues';
import styles from './ConveyorBelt.module.css';

interface GruLabelsProps {
  layout: GruBeltLayout;
  /** the lane whose values are written out when there are several */
  focus: number;
  step: GruStep;
  t: number;
  token: string;
  digits: number;
  /** (1 − z) ⊙ h_{t−1}, z ⊙ h̃ and 1 − z, computed once by the belt */
  kept: number[];
  written: number[];
  keep: number[];
  fill: Record<GruSegmentId, number>;
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
  revealedBy?: GruSegmentId;
  /** where small per-lane tags go on a horizontal pipe when there are several lanes */
  lanes?: { x: number; y: number };
  gate?: boolean;
}

const colorOf = signedColor();
const COLOR = Object.fromEntries(CELLS.gru.quantities.map((quantity) => [quantity.key, quantity.color])) as Record<'z' | 'r' | 'hTilde' | 'h', string>;

/** Every element of the GRU belt with its symbol and current value; with several units the focused unit's, marked [k], and small tags on the lanes of horizontal pipes. */
export function GruLabels({ layout, focus, step, t, token, digits, kept, written, keep, fill, isLast }: GruLabelsProps) {
  const words = useT().cells.belt;
  const now = subscript(t);
  const before = subscript(t - 1);
  const lanes = layout.lanes;
  const beltTop = layout.belt.y - layout.pipeSize / 2;
  const resetTop = layout.resetValve.y - layout.pipeSize / 2;
  const riserRight = layout.plus.x + layout.pipeSize / 2 + 10;
  const candidateTop = layout.boxes.candidate.cy - layout.boxes.candidate.height / 2;
  const resetTurn = layout.boxes.candidate.cx - layout.boxes.candidate.width / 2 - 40;
  const specs: LabelSpec[] = [
    { quantity: 'hPrev', symbol: `h${before}`, values: step.hPrev, x: layout.belt.x0 + 4, y: beltTop - 12, anchor: 'start', color: COLOR.h, revealedBy: 'beltIn', lanes: { x: layout.belt.x0 + 44, y: layout.belt.y } },
    { quantity: 'keep', symbol: `1 − z${now}`, values: keep, x: layout.keepValve.x - 22, y: beltTop - 14, anchor: 'end', color: COLOR.z, revealedBy: 'beltIn', gate: true, lanes: { x: layout.keepValve.x - 44, y: layout.belt.y } },
    { quantity: 'kept', symbol: `(1 − z${now})·h${before}`, values: kept, x: layout.keepValve.x + 22, y: beltTop - 14, anchor: 'start', color: COLOR.h, revealedBy: 'beltKept', lanes: { x: (layout.keepValve.x + layout.plus.x) / 2 + 10, y: layout.belt.y } },
    { quantity: 'h', symbol: `h${now}`, values: step.h, x: layout.belt.x1 - 4, y: beltTop - 12, anchor: 'end', color: COLOR.h, revealedBy: 'beltOut', lanes: { x: layout.belt.x1 - 40, y: layout.belt.y } },
    { quantity: 'r', symbol: `r${now}`, values: step.r, x: layout.resetValve.x - 34, y: resetTop - 12, anchor: 'end', color: COLOR.r, revealedBy: 'resetLow', gate: true, lanes: { x: layout.resetValve.x - 44, y: layout.resetValve.y } },
    { quantity: 'resetHPrev', symbol: `r${now}⊙h${before}`, values: step.resetHPrev, x: (layout.resetValve.x + resetTurn) / 2 + 10, y: resetTop - 12, anchor: 'middle', color: COLOR.r, revealedBy: 'resetHigh', lanes: { x: (layout.resetValve.x + resetTurn) / 2 + 10, y: layout.resetValve.y } },
    { quantity: 'hTilde', symbol: `h̃${now}`, values: step.hTilde, x: riserRight, y: candidateTop - 10, anchor: 'start', color: COLOR.hTilde, revealedBy: 'candidateLow' },
    { quantity: 'written', symbol: `z${now}·h̃${now}`, values: written, x: layout.plus.x - layout.pipeSize / 2 - 10, y: (layout.writeValve.y + beltTop + layout.pipeSize) / 2, anchor: 'end', color: COLOR.hTilde, revealedBy: 'candidateHigh' },
    { quantity: 'z', symbol: `z${now}`, values: step.z, x: layout.boxes.update.cx + 10, y: layout.writeValve.y - 10, anchor: 'start', color: COLOR.z, revealedBy: 'candidateLow', gate: true },
  ];
  const unit = lanes > 1 ? focus : 0;
  return (
    <g className={styles.labels}>
      {specs.map((spec) => {
        const opacity = spec.revealedBy ? 0.2 + 0.8 * fill[spec.revealedBy] : 1;
        return (
          <g key={spec.quantity} style={{ opacity }}>
            <text className={styles.label} x={spec.x} y={spec.y} textAnchor={spec.anchor}>
              <tspan className={styles.labelSymbol} fill={spec.color}>
                {spec.symbol}
              </tspan>
              {lanes > 1 && <tspan className={styles.labelUnit}>[{unit + 1}]</tspan>}
              <tspan className={styles.labelEquals}> = </tspan>
              <tspan className={styles.labelValue} data-belt-quantity={spec.quantity} data-unit={unit}>
                {formatNumber(spec.values[unit], digits)}
              </tspan>
            </text>
            {lanes > 1 && spec.lanes && (
              <LaneValues
                x={spec.lanes.x}
                y={spec.lanes.y}
                laneOffsets={layout.laneOffsets}
                laneSize={layout.laneSize}
                values={spec.values.slice(0, lanes)}
                focus={unit}
                background={spec.gate ? gateColor(spec.color) : colorOf}
                digits={digits}
                quantity={spec.quantity}
              />
            )}
          </g>
        );
      })}
      <text className={styles.label} x={layout.xEntry.x + 12} y={layout.xEntry.y - 2} textAnchor="start">
        <tspan className={styles.labelSymbol}>x{now}</tspan>
        <tspan className={styles.labelEquals}> = </tspan>
        <tspan className={styles.labelToken}>{token}</tspan>
        <tspan className={styles.labelEquals}> [{step.x.map((v) => (Number.isInteger(v) ? String(v) : formatNumber(v, digits))).join(', ')}]</tspan>
      </text>
      <text className={styles.loopLabel} x={(layout.loop[1].x + layout.loop[2].x) / 2} y={layout.loop[1].y - 8} textAnchor="middle">
        {fillIn(isLast ? words.carryGruLast : words.carryGru, { h: `h${now}`, next: t + 1 })}
      </text>
    </g>
  );
}
