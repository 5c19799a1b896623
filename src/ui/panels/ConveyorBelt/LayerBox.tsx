import type { CellEquationId as EquationId } from '../../../tex';
import { highlightHandlers, type OnHighlight } from '../../common/linkedHighlight';
import type { BeltOrientation, LayerBox as Box } from '../../../viz/beltLayout';
import { uprightAt } from '../../../viz/beltTurn';
import styles from './ConveyorBelt.module.css';

interface LayerBoxProps {
  box: Box;
  /** the squashing function written in the box: σ or tanh */
  squash: string;
  /** the word written under the squashing function, e.g. "FORGET" (already in the reader's language) */
  name: string;
  color: string;
  /** 0…1 pulse while the layer's stage plays */
  glow: number;
  /** in a turned (portrait) drawing the box's words are turned back upright */
  orientation?: BeltOrientation;
  equation: EquationId;
  label: string;
  highlighted: boolean;
  onHighlight: OnHighlight;
  /** picks the gate, e.g. to open its weights */
  onSelect?: (equation: EquationId) => void;
}

/** A learned layer (a yellow box in the classic diagram): W·[h_{t-1}, x_t] + b through σ or tanh. */
export function LayerBox({ box, squash, name, color, glow, orientation = 'landscape', equation, label, highlighted, onHighlight, onSelect }: LayerBoxProps) {
  const x = box.cx - box.width / 2;
  const y = box.cy - box.height / 2;
  return (
    <g
      data-layer={equation}
      tabIndex={0}
      role="img"
      aria-label={label}
      {...highlightHandlers(equation, onHighlight, onSelect)}
      style={{ cursor: 'pointer' }}
    >
      <title>{label}</title>
      <rect
        x={x - 6}
        y={y - 6}
        width={box.width + 12}
        height={box.height + 12}
        rx={14}
        fill={color}
        opacity={glow * 0.35}
      />
      <rect
        x={x}
        y={y}
        width={box.width}
        height={box.height}
        rx={9}
        fill="var(--layer-fill)"
        stroke={color}
        strokeWidth={highlighted ? 4 : 2}
      />
      <g transform={uprightAt(box.cx, box.cy, orientation)}>
      <text x={0} y={-4} textAnchor="middle" dominantBaseline="central" fontSize={22} fontStyle="italic" fontFamily="KaTeX_Main, serif" fill="var(--ink)">
        {squash}
      </text>
      <text className={styles.layerName} x={0} y={17} textAnchor="middle" fontSize={11} fontWeight={600} letterSpacing="0.04em" fill="var(--ink-soft)">
        {name}
      </text>
      </g>
    </g>
  );
}
