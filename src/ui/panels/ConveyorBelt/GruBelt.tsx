import { useMemo, useSyncExternalStore } from 'react';
import type { GruStep } from '../../../core';
import { fill, useT } from '../../../i18n';
import { CELLS } from '../../../model';
import type { CellEquationId } from '../../../tex';
import { signedColor } from '../../../viz';
import { MAX_LANES } from '../../../viz/beltLayout';
import {
  gruBeltFractions,
  gruBeltFrame,
  gruBeltIn,
  gruBeltLayout,
  gruBeltOut,
  gruCandidateRoute,
  gruResetRoute,
  type GruBeltFrame,
  type GruSegmentId,
} from '../../../viz/gruBelt';
import { pointAlong, polylinePath, type Point } from '../../../viz/polyline';
import type { OnHighlight } from '../../common/linkedHighlight';
import type { AnimationClock } from '../../hooks/animationClock';
import { GruLabels } from './GruLabels';
import { LaneSegment } from './LaneSegment';
import { LayerBox } from './LayerBox';
import { Valve } from './Valve';
import type { BeltView } from './ConveyorBelt';
import styles from './ConveyorBelt.module.css';
import variants from './Variants.module.css';

interface GruBeltProps {
  /** the unit in focus (the GRU is always drawn wide: its portrait drawing is still to come) */
  view: BeltView;
  step: GruStep;
  previous: GruStep | null;
  t: number;
  token: string;
  isLast: boolean;
  clock: AnimationClock;
  digits: number;
  highlighted: CellEquationId | null;
  onHighlight: OnHighlight;
  onSelectGate?(equation: CellEquationId): void;
}

const colorOf = signedColor();
const COLOR = Object.fromEntries(CELLS.gru.quantities.map((quantity) => [quantity.key, quantity.color])) as Record<'z' | 'r' | 'hTilde' | 'h', string>;

/** The GRU's three layers on the belt: squashing function, formula (shared by both languages), equations that light them. */
const LAYERS = [
  { id: 'reset', squash: 'σ', formula: 'r = σ(W_r·[h, x] + b_r)', color: COLOR.r, highlightedBy: ['reset'] },
  { id: 'candidate', squash: 'tanh', formula: 'h̃ = tanh(W_h·[r⊙h, x] + b_h)', color: COLOR.hTilde, highlightedBy: ['candidate', 'hidden'] },
  { id: 'update', squash: 'σ', formula: 'z = σ(W_z·[h, x] + b_z)', color: COLOR.z, highlightedBy: ['update'] },
] as const;

/**
 * The GRU as a belt on which the hidden state h itself rides: the keep valve lets (1 − z) of h_{t−1}
 * through, the + junction adds z ⊙ h̃, and a pipe carries h_{t−1} through the reset valve r into the
 * candidate layer. Animated on the shared step clock: gates, reset and candidate, update, carry.
 */
export function GruBelt(props: GruBeltProps) {
  const { view, step, previous, t, token, isLast, clock, digits, highlighted, onHighlight, onSelectGate } = props;
  const dictionary = useT();
  const words = dictionary.belt;
  const cellWords = dictionary.cells;
  const progress = useSyncExternalStore(clock.subscribe, clock.getProgress, clock.getProgress);
  const hiddenUnits = step.h.length;
  const layout = useMemo(() => gruBeltLayout(hiddenUnits), [hiddenUnits]);
  const fractions = useMemo(() => gruBeltFractions(layout), [layout]);
  const frame = gruBeltFrame(step, previous, progress, fractions);
  const { kept, written, keep } = useMemo(
    () => ({
      kept: step.z.map((z, k) => (1 - z) * step.hPrev[k]),
      written: step.z.map((z, k) => z * step.hTilde[k]),
      keep: step.z.map((z) => 1 - z),
    }),
    [step],
  );
  const laneOpacity = (lane: number) => (layout.lanes > 1 && lane !== view.focus ? 0.4 : 1);
  const isHighlighted = (...ids: CellEquationId[]) => highlighted !== null && ids.includes(highlighted);

  const routes = useMemo(
    () =>
      layout.laneOffsets.map((offset) => {
        const beltIn = gruBeltIn(layout, offset);
        const reset = gruResetRoute(layout, offset);
        const candidate = gruCandidateRoute(layout, offset);
        const keepPoint = { x: layout.keepValve.x, y: beltIn[0].y };
        const resetPoint = { x: layout.resetValve.x, y: reset[1].y };
        const writePoint = { x: candidate[0].x, y: layout.writeValve.y };
        return {
          beltIn,
          beltOut: gruBeltOut(layout, offset),
          reset,
          candidate,
          segments: {
            beltIn: [beltIn[0], keepPoint],
            beltKept: [keepPoint, beltIn[1]],
            resetLow: [...reset.slice(0, 2), resetPoint],
            resetHigh: [resetPoint, ...reset.slice(2)],
            candidateLow: [candidate[0], writePoint],
            candidateHigh: [writePoint, candidate[1]],
          } satisfies Partial<Record<GruSegmentId, Point[]>>,
        };
      }),
    [layout],
  );
  const segmentValues = {
    beltIn: step.hPrev,
    beltKept: kept,
    resetLow: step.hPrev,
    resetHigh: step.resetHPrev,
    candidateLow: step.hTilde,
    candidateHigh: written,
  } as const;
  const laneWidth = layout.laneSize - (layout.lanes > 1 ? 2 : 4);
  const { boxes } = layout;
  const pipeOutline = (route: Point[]) => (
    <path d={polylinePath(route)} fill="none" stroke="var(--pipe)" strokeWidth={layout.pipeSize + 6} strokeLinejoin="round" />
  );
  const busTap = (box: { cx: number; cy: number; height: number }) => `M${box.cx} ${layout.bus.y} L${box.cx} ${box.cy + box.height / 2}`;
  const boxTop = (box: { cy: number; height: number }) => box.cy - box.height / 2;
  const valveLabel = (name: string, symbol: string, values: number[]) =>
    `${name} ${symbol}${t} = ${values.slice(0, MAX_LANES).map((v) => v.toFixed(digits)).join(', ')}`;
  const valves = [
    { equation: 'update', key: 'keep', at: layout.keepValve, flow: 'horizontal', color: COLOR.z, label: valveLabel(cellWords.valves.keep, '1 − z', keep) },
    { equation: 'reset', key: 'reset', at: layout.resetValve, flow: 'horizontal', color: COLOR.r, label: valveLabel(cellWords.valves.reset, 'r', step.r) },
    { equation: 'update', key: 'write', at: layout.writeValve, flow: 'vertical', color: COLOR.z, label: valveLabel(cellWords.valves.write, 'z', step.z) },
  ] as const;
  const riserRight = layout.writeValve.x + layout.pipeSize / 2 + 31;

  return (
    <figure className={styles.figure}>
      <p className={styles.scrollHint}>{words.scrollHint}</p>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        data-testid="belt"
        data-cell="gru"
        data-animating={frame.stage !== null}
        data-stage={frame.stage ?? 'rest'}
        role="group"
        aria-label={fill(words.label, { t, token })}
      >
      <rect className={styles.cell} {...layout.cell} rx={28} />
      <text className={styles.cellTitle} x={layout.cell.x + layout.cell.width - 18} y={layout.cell.y + layout.cell.height - 14} textAnchor="end">
        {fill(cellWords.belt.gruTitle, { t })}
      </text>
      {/* h_t comes back round as the next step's h_{t-1}. */}
      <path className={styles.loop} d={polylinePath(layout.loop)} markerEnd="url(#belt-arrow)" />
      <path className={styles.wire} d={`M${layout.bus.x0 + 24} ${layout.bus.y} L${layout.bus.x1} ${layout.bus.y}`} />
      <path className={styles.wire} d={`M${layout.xEntry.x} ${layout.xEntry.y} L${layout.xEntry.x} ${layout.bus.y}`} markerEnd="url(#belt-arrow)" />
      {Object.values(boxes).map((box) => (
        <path key={box.cx} className={styles.wire} d={busTap(box)} markerEnd="url(#belt-arrow)" />
      ))}

      {/* Gate wires, drawn under the pipes: r to its valve, z to the write valve and through "1 −" to the keep valve. */}
      <path className={styles.gateWire} stroke={COLOR.r} d={`M${boxes.reset.cx} ${boxTop(boxes.reset)} L${boxes.reset.cx} ${layout.resetValve.y + layout.pipeSize / 2 + 30}`} />
      <path
        className={styles.gateWire}
        stroke={COLOR.z}
        d={`M${boxes.update.cx} ${boxTop(boxes.update)} L${boxes.update.cx} ${layout.complement.y} L${layout.complement.x + 17} ${layout.complement.y}`}
      />
      <path className={styles.gateWire} stroke={COLOR.z} d={`M${boxes.update.cx} ${layout.writeValve.y} L${riserRight} ${layout.writeValve.y}`} />
      <path className={styles.gateWire} stroke={COLOR.z} d={`M${layout.complement.x} ${layout.complement.y - 17} L${layout.complement.x} ${layout.belt.y + layout.pipeSize / 2 + 30}`} />

      {pipeOutline([...gruBeltIn(layout), ...gruBeltOut(layout)])}
      {pipeOutline(gruResetRoute(layout))}
      {pipeOutline(gruCandidateRoute(layout))}
      {routes.map((route, lane) => (
        <g key={lane} opacity={laneOpacity(lane)}>
          {(Object.keys(route.segments) as (keyof typeof route.segments)[]).map((id) => (
            <LaneSegment key={id} route={route.segments[id]} width={laneWidth} fill={frame.fill[id]} color={colorOf(segmentValues[id][lane])} />
          ))}
          <LaneSegment route={route.beltOut} width={laneWidth} fill={frame.fill.beltOut} color={colorOf(step.h[lane])} />
        </g>
      ))}

      <g className={styles.node} data-node="plus">
        <circle cx={layout.plus.x} cy={layout.belt.y} r={Math.min(layout.pipeSize / 2 + 9, 24)} />
        <text x={layout.plus.x} y={layout.belt.y} fontSize={26}>
          +
        </text>
      </g>
      <g className={variants.complement} data-node="complement">
        <circle cx={layout.complement.x} cy={layout.complement.y} r={17} />
        <text x={layout.complement.x} y={layout.complement.y}>
          {cellWords.belt.oneMinus}
        </text>
      </g>

      {valves.map((valve) => (
        <Valve
          key={valve.key}
          x={valve.at.x}
          y={valve.at.y}
          flow={valve.flow}
          laneOffsets={layout.laneOffsets}
          laneSize={layout.laneSize}
          opening={frame.opening[valve.key]}
          color={valve.color}
          equation={valve.equation}
          label={valve.label}
          highlighted={isHighlighted(valve.equation)}
          onHighlight={onHighlight}
          onSelect={onSelectGate}
          markerRight={valve.key === 'write'}
        />
      ))}

      {LAYERS.map((layer) => (
        <LayerBox
          key={layer.id}
          box={boxes[layer.id]}
          squash={layer.squash}
          name={cellWords.boxes[layer.id]}
          color={layer.color}
          glow={frame.glow[layer.id]}
          equation={layer.id}
          label={fill(words.layerLabel, { name: cellWords.layers[layer.id], formula: layer.formula })}
          highlighted={isHighlighted(...layer.highlightedBy)}
          onHighlight={onHighlight}
          onSelect={onSelectGate}
        />
      ))}

      {routes.map((route, lane) =>
        gruPackets(frame, route, step, written, lane).map((packet) => (
          <g key={`${packet.key}-${lane}`} className={styles.packet} transform={`translate(${packet.at.x} ${packet.at.y})`} opacity={laneOpacity(lane)}>
            <rect x={-laneWidth / 2 - 3} y={-laneWidth / 2 - 3} width={laneWidth + 6} height={laneWidth + 6} rx={layout.lanes > 1 ? 3 : 8} fill={colorOf(packet.value)} />
          </g>
        )),
      )}

      <GruLabels layout={layout} focus={view.focus} step={step} t={t} token={token} digits={digits} kept={kept} written={written} keep={keep} fill={frame.fill} isLast={isLast} />
      <defs>
        <marker id="belt-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 L10 5 L0 10 z" fill="var(--ink-soft)" />
        </marker>
      </defs>
      </svg>
      {hiddenUnits > MAX_LANES && (
        <figcaption className={styles.caption}>{fill(words.someLanes, { shown: MAX_LANES, total: hiddenUnits })}</figcaption>
      )}
    </figure>
  );
}

/** The chips in motion on one lane: h on the belt, h_{t−1} then r ⊙ h_{t−1} on the reset pipe, h̃ then z ⊙ h̃ on the riser. */
function gruPackets(
  frame: GruBeltFrame,
  route: { beltIn: Point[]; beltOut: Point[]; reset: Point[]; candidate: Point[] },
  step: GruStep,
  written: number[],
  lane: number,
): { key: string; at: Point; value: number }[] {
  const packets: { key: string; at: Point; value: number }[] = [];
  if (frame.packets.belt !== null) {
    const leg = frame.stage === 'update' ? route.beltOut : route.beltIn;
    packets.push({ key: 'belt', at: pointAlong(leg, frame.packets.belt), value: frame.beltPacketValue[lane] });
  }
  if (frame.packets.reset !== null) {
    const value = frame.fill.resetHigh > 0 ? step.resetHPrev[lane] : step.hPrev[lane];
    packets.push({ key: 'reset', at: pointAlong(route.reset, frame.packets.reset), value });
  }
  if (frame.packets.candidate !== null) {
    const value = frame.fill.candidateHigh > 0 ? written[lane] : step.hTilde[lane];
    packets.push({ key: 'candidate', at: pointAlong(route.candidate, frame.packets.candidate), value });
  }
  return packets;
}
