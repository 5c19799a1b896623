import { formatNumber } from '../../../tex';
import { fill, useT } from '../../../i18n';
import type { CellEquationId } from '../../../tex';
import { peepholeTaps, type BeltLayout } from '../../../viz/beltLayout';
import { polylinePath } from '../../../viz/polyline';
import { uprightAt } from '../../../viz/beltTurn';
import { subscript } from '../../format';
import { highlightHandlers, type OnHighlight } from '../../common/linkedHighlight';
import styles from './Variants.module.css';

interface PeepholeTapsProps {
  layout: BeltLayout;
  /** the gates' colours */
  colors: { forget: string; input: string; output: string };
  /** the peephole weights (unit 1 is written on the tap), when known */
  weights?: { pf: readonly number[]; pi: readonly number[]; po: readonly number[] };
  t: number;
  digits: number;
  highlighted: CellEquationId | null;
  onHighlight: OnHighlight;
}

/**
 * The peephole connections: dashed taps from the belt into the forget, input and output gates, f and i
 * reading C_{t−1} before the forget valve and o reading C_t after the + junction, each labelled with its
 * weight p. Hovering a tap highlights its gate's equation.
 */
export function PeepholeTaps({ layout, colors, weights, t, digits, highlighted, onHighlight }: PeepholeTapsProps) {
  const words = useT().cells.belt;
  const taps = peepholeTaps(layout);
  const now = subscript(t);
  const before = subscript(t - 1);
  const beltBottom = layout.belt.y + layout.pipeSize / 2;
  // Labels where no other label is: f and i stacked left of their shared trunk, o beside its own tap.
  const trunk = taps.forget[0];
  const gates = [
    { equation: 'forget', symbol: 'f', route: taps.forget, sees: `C${before}`, values: weights?.pf, at: { x: trunk.x - 8, y: beltBottom + 24 }, anchor: 'end' },
    { equation: 'input', symbol: 'i', route: taps.input, sees: `C${before}`, values: weights?.pi, at: { x: trunk.x - 8, y: beltBottom + 44 }, anchor: 'end' },
    { equation: 'output', symbol: 'o', route: taps.output, sees: `C${now}`, values: weights?.po, at: { x: taps.output[0].x + 8, y: beltBottom + 24 }, anchor: 'start' },
  ] as const;
  return (
    <g data-belt-part="peepholes" aria-label={words.peepholes} role="group">
      {gates.map((gate) => {
        const end = gate.route[gate.route.length - 1];
        const label = gate.values
          ? fill(words.peephole, { name: `p${gate.symbol === 'f' ? '_f' : gate.symbol === 'i' ? '_i' : '_o'}`, value: formatNumber(gate.values[0], digits) })
          : `p_${gate.symbol} · ${gate.sees}`;
        return (
          <g key={gate.equation} data-peephole={gate.equation} {...highlightHandlers(gate.equation, onHighlight)}>
            <title>{label}</title>
            <path
              className={`${styles.tap} ${highlighted === gate.equation ? styles.tapHighlighted : ''}`}
              d={polylinePath(gate.route)}
              stroke={colors[gate.equation]}
            />
            <circle className={styles.tapDot} cx={gate.route[0].x} cy={gate.route[0].y} r={5} fill={colors[gate.equation]} />
            <circle className={styles.tapDot} cx={end.x} cy={end.y} r={4} fill={colors[gate.equation]} />
            <text className={styles.tapLabel} transform={uprightAt(gate.at.x, gate.at.y, layout.orientation)} textAnchor={gate.anchor} fill={colors[gate.equation]}>
              <tspan className={styles.tapSymbol}>p</tspan>
              <tspan fontSize="0.75em" dy={4}>
                {gate.symbol}
              </tspan>
              <tspan dy={-4} className={styles.tapValue} data-belt-quantity={`p${gate.symbol}`} data-unit={0}>
                {gate.values ? ` = ${formatNumber(gate.values[0], digits)}` : ` · ${gate.sees}`}
              </tspan>
            </text>
          </g>
        );
      })}
    </g>
  );
}
