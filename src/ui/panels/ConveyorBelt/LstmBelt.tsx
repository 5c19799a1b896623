import { useMemo, useSyncExternalStore } from 'react';
import type { LstmStep } from '../../../core';
import type { CellEquationId, EquationId } from '../../../tex';
import { fill, useT } from '../../../i18n';
import {
  beltForgetLeg,
  beltFractions,
  beltLayout,
  beltUpdateLeg,
  candidateRoute,
  hiddenRoute,
  MAX_LANES,
} from '../../../viz/beltLayout';
import { beltFrame, type BeltFrame } from '../../../viz/beltFrame';
import { pointAlong, polylinePath, type Point } from '../../../viz/polyline';
import { QUANTITY_HEX, signedColor } from '../../../viz';
import { beltTextProperties, drawingTransform, uprightAt } from '../../../viz/beltTurn';
import { BeltLabels } from './BeltLabels';
import { ComplementNode } from './ComplementNode';
import { PeepholeTaps } from './PeepholeTaps';
import { LaneSegment } from './LaneSegment';
import { LayerBox } from './LayerBox';
import { Valve } from './Valve';
import type { BeltView, ConveyorBeltProps } from './ConveyorBelt';
import styles from './ConveyorBelt.module.css';

const colorOf = signedColor();

/** The four learned layers: squashing function, formula (shared by both languages) and the equations that light them. */
const LAYERS = [
  { id: 'forget', squash: 'σ', formula: 'f = σ(W_f·[h, x] + b_f)', highlightedBy: ['forget'] },
  { id: 'input', squash: 'σ', formula: 'i = σ(W_i·[h, x] + b_i)', highlightedBy: ['input'] },
  { id: 'candidate', squash: 'tanh', formula: 'C̃ = tanh(W_C·[h, x] + b_C)', highlightedBy: ['candidate', 'cell'] },
  { id: 'output', squash: 'σ', formula: 'o = σ(W_o·[h, x] + b_o)', highlightedBy: ['output'] },
] as const satisfies readonly { id: 'forget' | 'input' | 'candidate' | 'output'; squash: string; formula: string; highlightedBy: readonly EquationId[] }[];

/** The belt of the LSTM family, with the variant's marks. */
export interface LstmFamilyBeltProps extends ConveyorBeltProps {
  kind: 'lstm' | 'peephole' | 'coupled';
  view: BeltView;
  step: LstmStep;
  previous: LstmStep | null;
}

/**
 * The standard, peephole and coupled LSTM as a conveyor belt: C flows left to right through the forget
 * valve and the + junction; the peephole LSTM adds dashed taps into the gates, the coupled LSTM a "1 −"
 * node in place of the input layer.
 */
export function LstmFamilyBelt(props: LstmFamilyBeltProps) {
  const { kind, view, params, step, previous, t, token, isLast, clock, digits, highlighted, onHighlight, onSelectGate } = props;
  const { orientation, focus } = view;
  const dictionary = useT();
  const words = dictionary.belt;
  const progress = useSyncExternalStore(clock.subscribe, clock.getProgress, clock.getProgress);
  const hiddenUnits = step.h.length;
  const layout = useMemo(() => beltLayout(hiddenUnits, orientation), [hiddenUnits, orientation]);
  const portrait = layout.orientation === 'portrait';
  // With several lanes the focused one carries the written values; the others are drawn faint.
  const laneOpacity = (lane: number) => (layout.lanes > 1 && lane !== focus ? 0.4 : 1);
  const fractions = useMemo(() => beltFractions(layout), [layout]);
  const frame = beltFrame(step, previous, progress, fractions);
  // Derived once per step, not on every animation frame.
  const { kept, written, tanhC } = useMemo(
    () => ({
      kept: step.f.map((f, k) => f * step.cPrev[k]),
      written: step.i.map((i, k) => i * step.cTilde[k]),
      tanhC: step.c.map(Math.tanh),
    }),
    [step],
  );
  const isHighlighted = (...ids: CellEquationId[]) => highlighted !== null && ids.includes(highlighted);

  // Routes per lane, split at the valves and nodes so each piece can carry its own value's colour.
  const routes = useMemo(
    () =>
      layout.laneOffsets.map((offset) => {
        const forgetLeg = beltForgetLeg(layout, offset);
        const candidate = candidateRoute(layout, offset);
        const hidden = hiddenRoute(layout, offset);
        const valveOnBelt = { x: layout.forgetValve.x, y: forgetLeg[0].y };
        const valveOnRiser = { x: candidate[0].x, y: layout.inputValve.y };
        const tanhPoint = { x: hidden[0].x, y: layout.tanhNode.y };
        const valvePoint = { x: hidden[0].x, y: layout.outputValve.y };
        return {
          forgetLeg,
          updateLeg: beltUpdateLeg(layout, offset),
          candidate,
          hidden,
          segments: {
            beltIn: [forgetLeg[0], valveOnBelt],
            beltKept: [valveOnBelt, forgetLeg[1]],
            candidateLow: [candidate[0], valveOnRiser],
            candidateHigh: [valveOnRiser, candidate[1]],
            tapToTanh: [hidden[0], tanhPoint],
            tanhToValve: [tanhPoint, valvePoint],
            hiddenOut: [valvePoint, ...hidden.slice(1)],
          },
        };
      }),
    [layout],
  );

  const segmentValues = {
    beltIn: step.cPrev,
    beltKept: kept,
    candidateLow: step.cTilde,
    candidateHigh: written,
    tapToTanh: step.c,
    tanhToValve: tanhC,
    hiddenOut: step.h,
  } as const;
  const laneWidth = layout.laneSize - (layout.lanes > 1 ? 2 : 4);
  const { boxes } = layout;
  const busTap = (box: { cx: number; cy: number; height: number }) =>
    `M${box.cx} ${layout.bus.y} L${box.cx} ${box.cy + box.height / 2}`;
  const gateWire = (box: { cx: number; cy: number; height: number }, to: Point) =>
    `M${box.cx} ${box.cy - box.height / 2} L${box.cx} ${to.y} L${to.x} ${to.y}`;
  const pipeOutline = (route: Point[]) => (
    <path d={polylinePath(route)} fill="none" stroke="var(--pipe)" strokeWidth={layout.pipeSize + 6} strokeLinejoin="round" />
  );
  const valves = [
    { equation: 'forget', symbol: 'f', at: layout.forgetValve, flow: 'horizontal' },
    { equation: 'input', symbol: 'i', at: layout.inputValve, flow: 'vertical' },
    { equation: 'output', symbol: 'o', at: layout.outputValve, flow: 'vertical' },
  ] as const;
  const valveLabel = (equation: keyof typeof words.valves, symbol: string, values: number[]) =>
    `${words.valves[equation]} ${symbol}${t} = ${values.slice(0, MAX_LANES).map((v) => v.toFixed(digits)).join(', ')}`;

  return (
    <figure className={styles.figure}>
      {!portrait && <p className={styles.scrollHint}>{words.scrollHint}</p>}
      <svg
        className={`${styles.svg} ${portrait ? styles.portrait : ''}`}
        style={beltTextProperties(layout.orientation)}
        viewBox={`0 0 ${layout.screen.width} ${layout.screen.height}`}
        data-orientation={layout.orientation}
        data-testid="belt"
        data-animating={frame.stage !== null}
        data-stage={frame.stage ?? 'rest'}
        role="group"
        aria-label={fill(words.label, { t, token })}
      >
        <g transform={drawingTransform(layout.orientation)}>
        <rect className={styles.cell} {...layout.cell} rx={28} />

        {/* h_t comes back round as the next step's h_{t-1}. */}
        <path className={styles.loop} d={polylinePath(layout.loop)} markerEnd="url(#belt-arrow)" />

        {/* The input bus [h_{t-1}, x_t] and its taps into the four layers. */}
        <path className={styles.wire} d={`M${layout.bus.x0 + 24} ${layout.bus.y} L${layout.bus.x1} ${layout.bus.y}`} />
        <path className={styles.wire} d={`M${layout.xEntry.x} ${layout.xEntry.y} L${layout.xEntry.x} ${layout.bus.y}`} markerEnd="url(#belt-arrow)" />
        {Object.values(kind === 'coupled' ? { forget: boxes.forget, candidate: boxes.candidate, output: boxes.output } : boxes).map((box) => (
          <path key={box.cx} className={styles.wire} d={busTap(box)} markerEnd="url(#belt-arrow)" />
        ))}

        {/* Gate wires from the layers to their valves. */}
        <path className={styles.gateWire} stroke={QUANTITY_HEX.forget} d={gateWire(boxes.forget, { x: layout.forgetValve.x, y: layout.belt.y + layout.pipeSize / 2 + 30 })} />
        {kind !== 'coupled' && (
          <path className={styles.gateWire} stroke={QUANTITY_HEX.input} d={gateWire(boxes.input, { x: layout.inputValve.x - layout.pipeSize / 2 - 31, y: layout.inputValve.y })} />
        )}
        {kind === 'coupled' && (
          <ComplementNode
            layout={layout}
            forgetColor={QUANTITY_HEX.forget}
            inputColor={QUANTITY_HEX.input}
            valveWireEnd={{ x: layout.inputValve.x - layout.pipeSize / 2 - 31, y: layout.inputValve.y }}
            highlighted={highlighted}
            onHighlight={onHighlight}
          />
        )}
        <path className={styles.gateWire} stroke={QUANTITY_HEX.output} d={gateWire(boxes.output, { x: layout.outputValve.x - layout.pipeSize / 2 - 31, y: layout.outputValve.y })} />

        {/* Pipes: the belt, the candidate riser and the hidden-state pipe, each with one lane per unit. */}
        {pipeOutline([...beltForgetLeg(layout), ...beltUpdateLeg(layout)])}
        {pipeOutline(candidateRoute(layout))}
        {pipeOutline(hiddenRoute(layout))}
        {routes.map((route, lane) => (
          <g key={lane} opacity={laneOpacity(lane)}>
            {(Object.keys(route.segments) as (keyof typeof route.segments)[]).map((id) => (
              <LaneSegment key={id} route={route.segments[id]} width={laneWidth} fill={frame.fill[id]} color={colorOf(segmentValues[id][lane])} />
            ))}
            <LaneSegment route={route.updateLeg} width={laneWidth} fill={frame.fill.beltOut} color={colorOf(step.c[lane])} />
          </g>
        ))}

        {/* The + junction where i ⊙ C̃ joins the belt, and the tanh node on the way down. */}
        <g className={styles.node} data-node="plus">
          <circle cx={layout.plus.x} cy={layout.belt.y} r={Math.min(layout.pipeSize / 2 + 9, 24)} />
          <text x={layout.plus.x} y={layout.belt.y} fontSize={26}>+</text>
        </g>
        <g className={styles.node} data-node="tanh">
          <rect
            x={layout.tanhNode.x - layout.tanhPill.across / 2}
            y={layout.tanhNode.y - layout.tanhPill.along / 2}
            width={layout.tanhPill.across}
            height={layout.tanhPill.along}
            rx={15}
          />
          <text transform={uprightAt(layout.tanhNode.x, layout.tanhNode.y, layout.orientation)}>tanh</text>
        </g>

        {valves.map((valve) => (
          <Valve
            key={valve.equation}
            x={valve.at.x}
            y={valve.at.y}
            flow={valve.flow}
            laneOffsets={layout.laneOffsets}
            laneSize={layout.laneSize}
            opening={frame.opening[valve.equation]}
            color={QUANTITY_HEX[valve.equation]}
            equation={valve.equation}
            label={valveLabel(valve.equation, valve.symbol, step[valve.symbol])}
            highlighted={isHighlighted(valve.equation)}
            onHighlight={onHighlight}
            onSelect={onSelectGate}
          />
        ))}

        {kind === 'peephole' && (
          <PeepholeTaps
            layout={layout}
            colors={QUANTITY_HEX}
            weights={params && 'pf' in params ? params : undefined}
            t={t}
            digits={digits}
            highlighted={highlighted}
            onHighlight={onHighlight}
          />
        )}

        {LAYERS.filter((layer) => kind !== 'coupled' || layer.id !== 'input').map((layer) => (
          <LayerBox
            key={layer.id}
            box={boxes[layer.id]}
            squash={layer.squash}
            name={words.boxes[layer.id]}
            color={QUANTITY_HEX[layer.id]}
            glow={frame.glow[layer.id]}
            orientation={layout.orientation}
            equation={layer.id}
            label={fill(words.layerLabel, { name: words.layers[layer.id], formula: formulaOf(kind, layer) })}
            highlighted={isHighlighted(...layer.highlightedBy)}
            onHighlight={onHighlight}
            onSelect={onSelectGate}
          />
        ))}

        {/* Packets: the belt's contents in motion, one chip per lane at the front of the flow. */}
        {routes.map((route, lane) =>
          packetsOf(frame, route, lane, laneWidth, step.cTilde[lane], written[lane], portrait).map((packet) => (
            <g key={`${packet.key}-${lane}`} className={styles.packet} transform={`translate(${packet.at.x} ${packet.at.y})`} opacity={laneOpacity(lane)}>
              <rect x={-laneWidth / 2 - 3} y={-laneWidth / 2 - 3} width={laneWidth + 6} height={laneWidth + 6} rx={layout.lanes > 1 ? 3 : 8} fill={colorOf(packet.value)} />
              {layout.lanes === 1 && (
                <text className={styles.packetText} transform={uprightAt(packet.text.x, packet.text.y, layout.orientation)} textAnchor={packet.text.anchor}>
                  {packet.value.toFixed(digits)}
                </text>
              )}
            </g>
          )),
        )}

        </g>

        <BeltLabels
          layout={layout}
          focus={focus}
          title={fill(kind === 'peephole' ? dictionary.cells.belt.peepholeTitle : kind === 'coupled' ? dictionary.cells.belt.coupledTitle : words.cellTitle, { t })}
          step={step}
          t={t}
          token={token}
          digits={digits}
          kept={kept}
          written={written}
          tanhC={tanhC}
          fill={frame.fill}
          isLast={isLast}
        />

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

/** A layer's formula on its box's label: the peephole LSTM's gates add p ⊙ C (C_{t−1} for f and i, C_t for o). */
function formulaOf(kind: LstmFamilyBeltProps['kind'], layer: (typeof LAYERS)[number]): string {
  if (kind !== 'peephole' || layer.id === 'candidate') return layer.formula;
  const letter = layer.id === 'forget' ? 'f' : layer.id === 'input' ? 'i' : 'o';
  const state = layer.id === 'output' ? 'C_t' : 'C_{t−1}';
  return layer.formula.replace(` + b_${letter}`, ` + p_${letter}⊙${state} + b_${letter}`);
}

interface Packet {
  key: string;
  at: Point;
  value: number;
  text: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

/**
 * The chips in motion on one lane at this frame: the belt's contents, the candidate on its riser and h on
 * its way out. Their value text sits where no fixed label is: below the belt and the h pipe, left of the riser.
 */
function packetsOf(
  frame: BeltFrame,
  route: { forgetLeg: Point[]; updateLeg: Point[]; candidate: Point[]; hidden: Point[] },
  lane: number,
  laneWidth: number,
  candidate: number,
  written: number,
  portrait: boolean,
): Packet[] {
  const packets: Packet[] = [];
  // Offsets in flow coordinates: in portrait "below" the belt is right of it on screen, "left" of the riser above it.
  const below = portrait ? { x: 5, y: laneWidth / 2 + 10, anchor: 'start' as const } : { x: 0, y: laneWidth / 2 + 22, anchor: 'middle' as const };
  const left = portrait ? { x: -laneWidth / 2 - 10, y: 0, anchor: 'middle' as const } : { x: -laneWidth / 2 - 10, y: 5, anchor: 'end' as const };
  if (frame.packets.belt !== null) {
    const leg = frame.stage === 'update' ? route.updateLeg : route.forgetLeg;
    packets.push({ key: 'belt', at: pointAlong(leg, frame.packets.belt), value: frame.beltPacketValue[lane], text: below });
  }
  if (frame.packets.candidate !== null) {
    const value = frame.fill.candidateHigh > 0 ? written : candidate;
    packets.push({ key: 'candidate', at: pointAlong(route.candidate, frame.packets.candidate), value, text: left });
  }
  if (frame.packets.hidden !== null) {
    packets.push({ key: 'hidden', at: pointAlong(route.hidden, frame.packets.hidden), value: frame.hiddenPacketValue[lane], text: below });
  }
  return packets;
}
